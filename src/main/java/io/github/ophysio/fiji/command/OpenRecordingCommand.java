package io.github.ophysio.fiji.command;

import io.github.ophysio.fiji.stack.Progress;
import io.github.ophysio.formats.FormatRegistry;
import io.github.ophysio.formats.OpenOptions;
import ij.ImagePlus;
import java.io.File;
import java.util.LinkedHashMap;
import java.util.Map;
import org.scijava.ItemIO;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

/**
 * The recording opener as a SciJava command, for scripts and headless use through
 * {@code CommandService}. It has no menu path: the menu entry is the ImageJ 1.x shim
 * ({@link OpenRecordingPlugIn}), so the command appears once. Failures propagate as
 * {@link io.github.ophysio.error.OphysException}s.
 */
@Plugin(type = Command.class, name = "Ophys Recording", headless = true)
public class OpenRecordingCommand implements Command {

    @Parameter(label = Labels.PATH)
    private File path;

    @Parameter(label = OpenOptions.FORMAT, required = false)
    private String format = "";

    @Parameter(label = OpenOptions.FS, required = false)
    private String fs = "";

    @Parameter(label = OpenOptions.CHANNEL, required = false)
    private String channel = "";

    @Parameter(label = OpenOptions.FOURTH_AXIS, required = false)
    private String fourthAxis = OpenOptions.FOURTH_AXIS_CHANNELS;

    @Parameter(label = Labels.VIRTUAL, required = false)
    private boolean virtual = true;

    /** Raw-binary options, as on the command line ("rows=64 cols=80 dtype=uint16 ..."). */
    @Parameter(label = "raw options", required = false)
    private String rawOptions = "";

    @Parameter(type = ItemIO.OUTPUT)
    private ImagePlus image;

    @Override
    public void run() {
        Map<String, String> values = new LinkedHashMap<>(RawOptionText.parse(rawOptions));
        values.put(OpenOptions.FORMAT, format);
        values.put(OpenOptions.FS, fs);
        values.put(OpenOptions.CHANNEL, channel);
        values.put(OpenOptions.FOURTH_AXIS, fourthAxis);
        image = new RecordingOpener(FormatRegistry.load()).open(path.toPath(), OpenOptions.of(values), virtual,
                Progress.NONE);
    }

    public ImagePlus getImage() {
        return image;
    }
}
