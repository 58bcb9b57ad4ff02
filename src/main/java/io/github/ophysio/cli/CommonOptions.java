package io.github.ophysio.cli;

import io.github.ophysio.formats.OpenOptions;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/** The options every command shares (cli.md "Common options"); names match the macro keys. */
final class CommonOptions {

    @Option(names = "--format", description = "force a reader: npy, raw, ...")
    String format;

    @Option(names = "--dataset", description = "HDF5 dataset or NWB series path")
    String dataset;

    @Option(names = "--series", description = "NWB series or image by path or name")
    String series;

    @Option(names = "--nwb-x", description = "NWB: which stored axis x is, rows or cols (default: as the schema says)")
    String nwbX;

    @Option(names = "--plane", description = "plane by name or index")
    String plane;

    @Option(names = "--channel", description = "channel by name or index")
    String channel;

    @Option(names = "--fourth-axis", description = "channels (default) or planes")
    String fourthAxis;

    @Option(names = "--fs", description = "sampling frequency in Hz")
    String fs;

    @Option(names = "--rows", description = "raw: rows per frame")
    String rows;

    @Option(names = "--cols", description = "raw: columns per frame")
    String cols;

    @Option(names = "--dtype", description = "raw: numpy dtype name (default uint16)")
    String dtype;

    @Option(names = "--offset", description = "raw: header bytes to skip (default 0)")
    String offset;

    @Option(names = "--byte-order", description = "raw: little (default) or big")
    String byteOrder;

    @Option(names = "--channels", description = "raw: channels per frame (default 1)")
    String channels;

    @Option(names = "--axes", description = "raw: storage order of t, y, x, c (default tyxc)")
    String axes;

    @Option(names = "--debug", description = "print stack traces")
    boolean debug;

    OpenOptions toOpenOptions() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put(OpenOptions.FORMAT, format);
        values.put(OpenOptions.DATASET, dataset);
        values.put(OpenOptions.PLANE, plane);
        values.put(OpenOptions.SERIES, series);
        values.put(OpenOptions.NWB_X, nwbX);
        values.put(OpenOptions.CHANNEL, channel);
        values.put(OpenOptions.FOURTH_AXIS, fourthAxis);
        values.put(OpenOptions.FS, fs);
        values.put(OpenOptions.ROWS, rows);
        values.put(OpenOptions.COLS, cols);
        values.put(OpenOptions.DTYPE, dtype);
        values.put(OpenOptions.OFFSET, offset);
        values.put(OpenOptions.BYTE_ORDER, byteOrder);
        values.put(OpenOptions.CHANNELS, channels);
        values.put(OpenOptions.AXES, axes);
        return OpenOptions.of(values);
    }
}
