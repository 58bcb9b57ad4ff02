package io.github.ophysio.fiji.command;

import io.github.ophysio.formats.OpenOptions;

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

    public static final String PATH = "path";
    public static final String ROIS = "rois";
    public static final String TRACES = "traces";
    public static final String FOOTPRINTS = "footprints";
    public static final String IMAGES = "images";
    public static final String KIND = "kind";
    static final String[] ROIS_CHOICES = {"all", "accepted"};
    static final String[] BOOLEAN_CHOICES = {"true", "false"};
    public static final String VIRTUAL = "virtual";
    /** {@code virtual=true} (default) opens lazily, {@code virtual=false} loads into memory. */
    static final String[] VIRTUAL_CHOICES = {"true", "false"};
    /** Dialog choice meaning "sniff the format from the content". */
    public static final String AUTO = "auto";

    /** Option keys the dialog offers, in dialog order (raw-binary keys last). */
    static final String[] TEXT_KEYS = {OpenOptions.FS, OpenOptions.CHANNEL, OpenOptions.DATASET, OpenOptions.SERIES};
    /** NWB x axis: "default" follows cli.md (series, image masks: x is the column; pixel masks: the row). */
    static final String[] NWB_X_CHOICES = {"default", "cols", "rows"};
    /** Title of the chooser shown when a file holds several recordings and none was named. */
    static final String CHOOSE_TITLE = "Ophys Recording: choose a dataset";
    static final String[] RAW_NUMBER_KEYS = {OpenOptions.ROWS, OpenOptions.COLS, OpenOptions.OFFSET,
        OpenOptions.CHANNELS};

    static final String[] FOURTH_AXIS_CHOICES = {OpenOptions.FOURTH_AXIS_CHANNELS, OpenOptions.FOURTH_AXIS_PLANES};
    static final String[] BYTE_ORDER_CHOICES = {"little", "big"};
    static final String[] DTYPE_CHOICES = {"uint16", "int16", "uint8", "int8", "uint32", "int32", "uint64", "int64",
        "float32", "float64", "bool"};

    private Labels() {
    }

    /** The {@code nwb-x} option for a dialog choice: null ("default") leaves it to the format's rule. */
    static String nwbX(String choice) {
        return choice.equals(NWB_X_CHOICES[0]) ? null : choice;
    }
}
