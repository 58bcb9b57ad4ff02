package io.github.ophysio.fiji.command;

import io.github.ophysio.fiji.stack.ImagePlusRecording;
import io.github.ophysio.fiji.stack.RgbComponents;
import io.github.ophysio.io.NpyWriter;
import io.github.ophysio.io.StagedOutput;
import io.github.ophysio.model.ImagingExtractor;
import ij.IJ;
import ij.ImagePlus;
import ij.WindowManager;
import ij.gui.GenericDialog;
import ij.plugin.PlugIn;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * {@code File > Save As > NumPy (.npy)...}: the current image — virtual or not, 8-bit, 16-bit or float —
 * as the command line's {@code export} writes it: {@code (T, rows, cols)} or {@code (T, rows, cols, Z)}
 * of the current channel, or with {@code channel=all} a planar image's channels as the last axis
 * {@code (T, rows, cols, C)}; an RGB image as {@code (T, rows, cols, 3)} uint8. Streamed sample by sample with progress; Esc cancels and leaves no file.
 * Macro: {@code run("NumPy (.npy)...", "path=[/data/out.npy] channel=current")}.
 */
public class SaveNpyPlugIn implements PlugIn {

    /** Thrown from the progress callback when Esc was pressed; the staged file is then deleted. */
    static final class Cancelled extends RuntimeException {
        Cancelled() {
            super("cancelled", null, false, false);
        }
    }

    @Override
    public void run(String arg) {
        ErrorReport.guard(Labels.SAVE_NPY_COMMAND, SaveNpyPlugIn::save);
    }

    private static void save() {
        ImagePlus image = WindowManager.getCurrentImage();
        if (image == null) {
            throw new IllegalArgumentException("no image is open");
        }
        boolean rgb = RgbComponents.isImageJRgb(image);
        List<ImagingExtractor> channels = rgb ? RgbComponents.of(image) : ImagePlusRecording.channelsOf(image);
        GenericDialog dialog = new GenericDialog("Save as NumPy");
        dialog.addFileField(Labels.PATH, suggestedPath(image));
        if (channels.size() > 1 && !rgb) {
            dialog.addChoice(Labels.CHANNEL, Labels.CHANNEL_CHOICES, Labels.CHANNEL_CHOICES[0]);
            dialog.addMessage("current: (T, rows, cols[, Z]) of the channel shown\nall: (T, rows, cols, C), planar images");
        }
        dialog.showDialog();
        if (dialog.wasCanceled()) {
            return;
        }
        Path out = Labels.chosenPath(dialog.getNextString());
        boolean all = rgb || channels.size() > 1 && "all".equals(dialog.getNextChoice());
        List<ImagingExtractor> chosen = all ? channels : List.of(channels.get(currentChannel(image, channels)));
        write(chosen, out);
    }

    /** The current channel's index among {@code channels} (an Ophys colour image has its own count). */
    private static int currentChannel(ImagePlus image, List<ImagingExtractor> channels) {
        return Math.min(image.getChannel() - 1, channels.size() - 1);
    }

    private static String suggestedPath(ImagePlus image) {
        String dir = image.getOriginalFileInfo() == null ? null : image.getOriginalFileInfo().directory;
        String name = image.getTitle().replaceAll("\\.[A-Za-z0-9]+$", "") + ".npy";
        return dir == null || dir.isEmpty() ? name : Path.of(dir).resolve(name).toString();
    }

    /** Writes the channels (one: its own shape; several: channels last), or nothing when cancelled. */
    static void write(List<ImagingExtractor> channels, Path out) {
        if (channels.size() > 1 && channels.get(0).isVolumetric()) {
            throw new IllegalArgumentException("channel=all of a volume (Z > 1) would be 5-D: save one channel at a time");
        }
        int samples = channels.get(0).getNumSamples();
        IJ.resetEscape();
        IntConsumer progress = done -> {
            IJ.showProgress(done, samples);
            if (IJ.escapePressed()) {
                throw new Cancelled();
            }
        };
        try {
            StagedOutput.write(null, out, false, staged -> {
                try (OutputStream stream = new BufferedOutputStream(Files.newOutputStream(staged), 1 << 20)) {
                    if (channels.size() == 1) {
                        NpyWriter.write(channels.get(0), 0, samples, stream, progress);
                    } else {
                        NpyWriter.writeChannels(channels, stream, progress);
                    }
                }
            });
            IJ.showStatus("Saved " + out);
        } catch (Cancelled e) {
            IJ.showStatus(Labels.SAVE_NPY_COMMAND + " cancelled: no file written");
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot write " + out + ": " + e, e);
        } finally {
            IJ.showProgress(1.0);
        }
    }
}
