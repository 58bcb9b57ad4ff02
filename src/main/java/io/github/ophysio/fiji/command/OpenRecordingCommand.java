package io.github.ophysio.fiji.command;

import io.github.ophysio.fiji.stack.Progress;
import io.github.ophysio.formats.FormatRegistry;
import io.github.ophysio.formats.OptionSpec;
import io.github.ophysio.formats.OptionTable;
import io.github.ophysio.lazy.LazyRecording;
import ij.ImagePlus;
import java.io.File;
import java.util.List;
import java.util.stream.Stream;
import net.imglib2.img.Img;
import org.scijava.ItemIO;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

/**
 * The recording opener as a SciJava command, for scripts and headless use through
 * {@code CommandService}. Its inputs are {@code path}, {@code virtual} and every open option of
 * {@link OptionTable} (camel-cased: {@code nwbX} for {@code nwb-x}); its outputs the {@code image} and the lazy ImgLib2
 * {@code img} (X, Y, Z, T of the first channel opened; {@code channel} picks it), which reads planes
 * only when touched, so a script hands a 50 GB recording to ImgLib2 algorithms without a copy.
 * It has no menu path: the menu entry is the ImageJ 1.x shim ({@link OpenRecordingPlugIn}), so the
 * command appears once. Failures propagate as {@link io.github.ophysio.error.OphysException}s.
 */
@Plugin(type = Command.class, name = "Ophys Recording", headless = true)
public class OpenRecordingCommand implements Command {

    static final List<OptionSpec> OPTIONS = Stream.concat(OptionTable.of(OptionSpec.Use.RECORDING).stream(),
            OptionTable.of(OptionSpec.Use.RAW).stream()).toList();

    @Parameter(label = Labels.PATH, persist = false)
    private File path;

    @Parameter(label = Labels.VIRTUAL, required = false, persist = false)
    private boolean virtual = true;

    // One input per OptionTable entry of this command's kind (TableInputs; a test checks they match).
    @Parameter(label = "format", required = false, persist = false)
    private String format = "";

    @Parameter(label = "fs", required = false, persist = false)
    private String fs = "";

    @Parameter(label = "frames", required = false, persist = false)
    private String frames = "";

    @Parameter(label = "dataset", required = false, persist = false)
    private String dataset = "";

    @Parameter(label = "series", required = false, persist = false)
    private String series = "";

    @Parameter(label = "plane", required = false, persist = false)
    private String plane = "";

    @Parameter(label = "channel", required = false, persist = false)
    private String channel = "";

    @Parameter(label = "slice-sample", required = false, persist = false)
    private String sliceSample = "";

    @Parameter(label = "fourth-axis", required = false, persist = false)
    private String fourthAxis = "";

    @Parameter(label = "nwb-x", required = false, persist = false)
    private String nwbX = "";

    @Parameter(label = "rows", required = false, persist = false)
    private String rows = "";

    @Parameter(label = "cols", required = false, persist = false)
    private String cols = "";

    @Parameter(label = "dtype", required = false, persist = false)
    private String dtype = "";

    @Parameter(label = "offset", required = false, persist = false)
    private String offset = "";

    @Parameter(label = "byte-order", required = false, persist = false)
    private String byteOrder = "";

    @Parameter(label = "channels", required = false, persist = false)
    private String channels = "";

    @Parameter(label = "axes", required = false, persist = false)
    private String axes = "";

    @Parameter(type = ItemIO.OUTPUT)
    private ImagePlus image;

    @Parameter(type = ItemIO.OUTPUT)
    private Img<?> img;


    @Override
    public void run() {
        RecordingOpener.ImageAndChannels opened = new RecordingOpener(FormatRegistry.load()).openWithChannels(path.toPath(),
                TableInputs.read(this, OPTIONS), virtual, Progress.NONE);
        image = opened.image();
        img = opened.image() == null ? null : LazyRecording.of(opened.channels().get(0)).img();
    }

    public ImagePlus getImage() {
        return image;
    }

    public Img<?> getImg() {
        return img;
    }
}
