package io.github.ophysio.formats;

import static io.github.ophysio.formats.OptionSpec.Use.RAW;
import static io.github.ophysio.formats.OptionSpec.Use.RECORDING;
import static io.github.ophysio.formats.OptionSpec.Use.SEGMENTATION;

import io.github.ophysio.formats.OptionSpec.Use;
import java.util.List;
import java.util.Optional;

/**
 * The open options, written once: the command line's {@code --key} options, the dialogs' fields
 * (and so the macro keys) and the SciJava commands' inputs are all built from this table, so a
 * script reaches every option a macro or the command line has.
 */
public final class OptionTable {

    /** The value of {@link OpenOptions#NWB_X} that leaves the axis to the format's rule. */
    public static final String NWB_X_DEFAULT = "default";

    private static final List<OptionSpec> ALL = List.of(
            OptionSpec.text(OpenOptions.FORMAT, "force a reader (default: sniffed from content)", RECORDING,
                    SEGMENTATION),
            OptionSpec.text(OpenOptions.FS, "sampling frequency in Hz (where the file states none, or to replace"
                    + " a wrong one)", RECORDING, SEGMENTATION),
            OptionSpec.text(OpenOptions.FRAMES, "frames A-B to open, 1-based and inclusive (default: all)", RECORDING),
            OptionSpec.text(OpenOptions.DATASET, "HDF5 dataset or NWB series by path or name", RECORDING),
            OptionSpec.text(OpenOptions.SERIES, "NWB series or image by path or name (same as dataset)", RECORDING),
            OptionSpec.text(OpenOptions.PLANE, "plane by name or index (a volume's plane, a segmentation's plane)",
                    RECORDING, SEGMENTATION),
            OptionSpec.text(OpenOptions.CHANNEL, "channel by name or index", RECORDING, SEGMENTATION),
            OptionSpec.text(OpenOptions.SLICE_SAMPLE, "ScanImage: keep frame K (0-based) of every slice where a volume"
                    + " has several frames per slice (default: every frame is a sample)", RECORDING),
            OptionSpec.choice(OpenOptions.FOURTH_AXIS, "4-D .npy/raw: the fourth axis holds channels or planes",
                    List.of(OpenOptions.FOURTH_AXIS_CHANNELS, OpenOptions.FOURTH_AXIS_PLANES), RECORDING),
            OptionSpec.choice(OpenOptions.NWB_X, "NWB: which stored axis x is (default: as the schema says)",
                    List.of(NWB_X_DEFAULT, "cols", "rows"), RECORDING, SEGMENTATION),
            OptionSpec.text(OpenOptions.ROWS, "raw: rows per frame (required)", RAW),
            OptionSpec.text(OpenOptions.COLS, "raw: columns per frame (required)", RAW),
            OptionSpec.choice(OpenOptions.DTYPE, "raw: numpy dtype name", List.of("uint16", "int16", "uint8", "int8",
                    "uint32", "int32", "uint64", "int64", "float32", "float64", "bool"), RAW),
            OptionSpec.text(OpenOptions.OFFSET, "raw: header bytes to skip (default 0)", RAW),
            OptionSpec.choice(OpenOptions.BYTE_ORDER, "raw: byte order", List.of("little", "big"), RAW),
            OptionSpec.text(OpenOptions.CHANNELS, "raw: channels per frame (default 1)", RAW),
            OptionSpec.text(OpenOptions.AXES, "raw: storage order of t, y, x, c (default tyxc); HDF5: the stored"
                    + " dimensions (tzyx, ctyx...)", RAW));

    private OptionTable() {
    }

    /** Every open option, in the order the dialogs show them. */
    public static List<OptionSpec> all() {
        return ALL;
    }

    /**
     * The options every subcommand of the command line takes as {@code --KEY}: all but {@code frames},
     * which the CLI's {@code export} and {@code summary} spell their own way ({@code --frames A:B},
     * numpy's 0-based half-open slice, cli.md) and which means nothing to {@code info} or {@code rois}.
     */
    public static List<OptionSpec> commandLine() {
        return ALL.stream().filter(spec -> !spec.key().equals(OpenOptions.FRAMES)).toList();
    }

    /** The options offered when opening {@code use}. */
    public static List<OptionSpec> of(Use use) {
        return ALL.stream().filter(spec -> spec.appliesTo(use)).toList();
    }

    public static Optional<OptionSpec> find(String key) {
        return ALL.stream().filter(spec -> spec.key().equals(key)).findFirst();
    }

    /**
     * The option value a front end passes on: blank, or a choice's "default", leaves the option to the
     * format (so {@code nwb-x=default} means "not given").
     */
    public static String given(String key, String value) {
        return key.equals(OpenOptions.NWB_X) && NWB_X_DEFAULT.equals(value) ? null : value;
    }
}
