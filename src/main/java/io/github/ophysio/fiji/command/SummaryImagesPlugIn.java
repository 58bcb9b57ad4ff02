package io.github.ophysio.fiji.command;

import io.github.ophysio.fiji.stack.ImagePlusRecording;
import io.github.ophysio.fiji.stack.SummaryImagePlus;
import io.github.ophysio.model.ImagingExtractor;
import io.github.ophysio.stream.PassCancelledException;
import io.github.ophysio.stream.RecordingPass;
import io.github.ophysio.summary.SummaryImage;
import io.github.ophysio.summary.SummaryImages;
import ij.IJ;
import ij.ImagePlus;
import ij.WindowManager;
import ij.gui.GenericDialog;
import ij.plugin.PlugIn;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code Plugins > Ophys IO > Summary Images}: mean, max, min, std and local-correlation images of the
 * current image (an Ophys recording or any ImageJ stack or hyperstack), every channel read in one
 * streaming pass on every core. Macro: {@code run("Summary Images", "images=[mean correlation] frames=1-500")}.
 * The images are shown only when every one is made: Esc (or an error) leaves nothing half-made open.
 */
public class SummaryImagesPlugIn implements PlugIn {

    @Override
    public void run(String arg) {
        ErrorReport.guard(Labels.SUMMARY_COMMAND, SummaryImagesPlugIn::summarise);
    }

    private static void summarise() {
        ImagePlus image = WindowManager.getCurrentImage();
        if (image == null) {
            throw new IllegalArgumentException("no image is open: open a recording first");
        }
        List<ImagingExtractor> channels = ImagePlusRecording.channelsOf(image);
        int samples = channels.stream().mapToInt(ImagingExtractor::getNumSamples).max().orElse(0);
        SummaryRequest request = ask(samples);
        if (request == null) {
            return;
        }
        List<SummaryImages> made = compute(channels, request);
        if (made == null) {
            return;
        }
        for (SummaryImage kind : request.images()) {
            SummaryImagePlus.of(image, kind, made).show();
        }
    }

    private static SummaryRequest ask(int samples) {
        GenericDialog dialog = new GenericDialog(Labels.SUMMARY_COMMAND);
        dialog.addStringField(Labels.IMAGES, SummaryRequest.DEFAULT_IMAGES, 30);
        dialog.addStringField(Labels.FRAMES, "1-" + samples, 12);
        dialog.addMessage("images: " + SummaryImage.keys() + "\nframes: first-last, 1-based (or all)");
        dialog.showDialog();
        if (dialog.wasCanceled()) {
            return null;
        }
        return SummaryRequest.parse(dialog.getNextString(), dialog.getNextString(), samples);
    }

    /** Each channel's summaries, one pass per channel (its own planes only); null when Esc was pressed. */
    private static List<SummaryImages> compute(List<ImagingExtractor> channels, SummaryRequest request) {
        IJ.resetEscape();
        List<SummaryImages> made = new ArrayList<>();
        try {
            for (ImagingExtractor channel : channels) {
                int done = made.size();
                RecordingPass pass = RecordingPass.over(channel).samples(request.first() - 1, end(channel, request))
                        .progress(f -> IJ.showProgress((done + f) / channels.size()))
                        .cancelledWhen(IJ::escapePressed);
                made.add(SummaryImages.compute(pass, request.images()));
            }
            return made;
        } catch (PassCancelledException e) {
            IJ.showStatus(Labels.SUMMARY_COMMAND + ": cancelled");
            return null;
        } finally {
            IJ.showProgress(1.0);
        }
    }

    /** The last frame, for a channel shorter than the others (unequal multiplexing) its own last. */
    private static int end(ImagingExtractor channel, SummaryRequest request) {
        int end = Math.min(request.last(), channel.getNumSamples());
        if (end < request.first()) {
            throw new IllegalArgumentException("channel " + channel.getChannelName() + " has only "
                    + channel.getNumSamples() + " frames, none in " + request.framesText());
        }
        return end;
    }
}
