package io.github.ophysio.fiji.command;

import java.nio.file.Path;

/** Every menu label and macro key of the Fiji layer, in one place. Keys match the command line's. */
public final class Labels {

    /** The menu command, as macros call it: {@code run("Ophys Recording...", "path=[...]")}. */
    public static final String RECORDING_COMMAND = "Ophys Recording...";
    public static final String RECORDING_TITLE = "Ophys Recording";

    /** {@code run("Ophys Segmentation...", "path=[...]")}. */
    public static final String SEGMENTATION_COMMAND = "Ophys Segmentation...";
    public static final String SEGMENTATION_TITLE = "Ophys Segmentation";
    /** {@code Plugins > Ophys IO > Plot Traces}. */
    public static final String PLOT_COMMAND = "Plot Traces";
    /** {@code Plugins > Ophys IO > Extract Traces}: {@code rois=all|selected neuropil=none|ring dff=none|percentile}. */
    public static final String EXTRACT_COMMAND = "Extract Traces";

    public static final String PATH = "path";
    public static final String ROIS = "rois";
    public static final String TRACES = "traces";
    public static final String FOOTPRINTS = "footprints";
    public static final String IMAGES = "images";
    public static final String KIND = "kind";
    /** {@code append=true} adds a segmentation beside the ROIs already loaded (default: replace them). */
    public static final String APPEND = "append";
    /** How weighted footprints are outlined: {@code outline=energy|half-max|all}, {@code fraction=0.9}. */
    public static final String OUTLINE = "outline";
    public static final String FRACTION = "fraction";
    static final String[] OUTLINE_CHOICES = {"energy", "half-max", "all"};
    static final String[] ROIS_CHOICES = {"all", "accepted"};
    static final String[] BOOLEAN_CHOICES = {"true", "false"};
    public static final String VIRTUAL = "virtual";
    /** {@code virtual=true} (default) opens lazily, {@code virtual=false} loads into memory. */
    static final String[] VIRTUAL_CHOICES = {"true", "false"};
    /** Dialog choice meaning "sniff the format from the content". */
    public static final String AUTO = "auto";

    /** The rate field: the macro key {@code fs}, with its unit (ImageJ keys a label by its first word). */
    static final String FS_HZ = "fs (Hz)";
    /** {@code frames=A-B}: 1-based, inclusive (the recording dialog and Summary Images). */
    public static final String FRAMES = "frames";
    /** {@code Plugins > Ophys IO > Summary Images}: {@code images=[mean correlation] frames=1-500}. */
    public static final String SUMMARY_COMMAND = "Summary Images";

    /** {@code File > Save As > NumPy (.npy)...}: {@code path=[...] channel=current|all}. */
    public static final String SAVE_NPY_COMMAND = "NumPy (.npy)...";
    public static final String CHANNEL = "channel";
    static final String[] CHANNEL_CHOICES = {"current", "all"};

    /**
     * {@code File > Save As > Save Ophys Segmentation...}: {@code path=[...] format=suite2p|caiman|npy}. Not
     * "Ophys Segmentation..." as the issue names it: ImageJ keys commands by label, and that one opens.
     */
    public static final String SAVE_SEGMENTATION_COMMAND = "Save Ophys Segmentation...";
    public static final String FORMAT = "format";
    static final String[] SAVE_FORMATS = {"suite2p", "caiman", "npy"};

    private Labels() {
    }

    /** The file a dialog's {@code path} names; a usage error when it names none. */
    static Path chosenPath(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("no file was chosen (path= is empty)");
        }
        return Path.of(text.trim());
    }
}
