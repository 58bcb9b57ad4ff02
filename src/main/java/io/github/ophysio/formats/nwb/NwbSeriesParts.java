package io.github.ophysio.formats.nwb;

import io.github.ophysio.error.CorruptFileException;
import io.github.ophysio.error.UnsupportedFormatException;
import io.github.ophysio.formats.OpenOptions;
import io.github.ophysio.io.AxisMap;
import io.github.ophysio.io.hdf5.Hdf5Array;
import io.github.ophysio.io.hdf5.Hdf5Flat;
import io.github.ophysio.io.hdf5.Hdf5Nodes;
import io.github.ophysio.model.ImagingExtractor;
import io.jhdf.HdfFile;
import io.jhdf.api.Attribute;
import io.jhdf.api.Dataset;
import io.jhdf.api.Group;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;

/**
 * Reads, while the file is open, everything needed to open a series later without it: how to get
 * its frames (an array, external files, or another object through an IndexSeries), its channels,
 * its time base and its facts.
 */
final class NwbSeriesParts {

    static final List<String> GREY = List.of("0");
    private static final List<String> RGB = List.of("red", "green", "blue");
    private static final List<String> RGBA = List.of("red", "green", "blue", "alpha");

    /**
     * What was found: {@code frames} opens one channel (holding no open file), optionally shown
     * through {@code indexing} (an IndexSeries).
     */
    record Found(IntFunction<ImagingExtractor> frames, List<String> channels, NwbIndexed.Indexing indexing,
            NwbTime time, double[] pixelSize, Map<String, Object> metadata) {

        Found indexed(NwbIndexed.Indexing by) {
            return new Found(frames, channels, by, time, pixelSize, metadata);
        }
    }

    private NwbSeriesParts() {
    }

    static Found find(Path path, HdfFile file, OpenOptions options, boolean xIsRow) {
        Optional<String> wanted = options.get(OpenOptions.SERIES).or(() -> options.get(OpenOptions.DATASET));
        NwbSeries.Found series = NwbSeries.choose(path, file, wanted);
        Map<String, Object> metadata = new LinkedHashMap<>(NwbFacts.metadata(path, file, series, xIsRow));
        metadata.put("imageObjects", NwbObjects.list(path, file, xIsRow));
        if (series.still()) {
            return still(path, (Dataset) series.node(), series.type(), options, xIsRow, metadata);
        }
        NwbTime time = NwbTime.of(path, series.group());
        time.describe(metadata);
        NwbLabels.describe(path, series.group(), metadata);
        if (!series.type().equals(NwbSeries.INDEX_SERIES)) {
            return frames(path, series, options, xIsRow, time, metadata);
        }
        return NwbIndexed.find(path, series, options, xIsRow, time, metadata);
    }

    /** The frames of an imaging series: its data array, or the external files it names (opened lazily). */
    static Found frames(Path path, NwbSeries.Found series, OpenOptions options, boolean xIsRow, NwbTime time,
            Map<String, Object> metadata) {
        Group group = series.group();
        if (isExternal(path, group)) {
            List<String> files = externalFiles(path, group, series.path());
            int[] starts = startingFrames(path, group);
            metadata.put("externalFiles", files);
            return new Found(channel -> NwbExternal.open(path, files, starts, options), GREY, null, time,
                    NwbFacts.pixelSize(path, group, null, xIsRow), metadata);
        }
        Hdf5Array array = Hdf5Array.of(path, data(path, series));
        List<String> channels = channels(path, series, array);
        String axes = options.get(OpenOptions.AXES).orElse(defaultAxes(path, array, xIsRow, channels.size() > 1));
        AxisMap map = AxisMap.of(axes, array.shape());
        metadata.put("layout", array.layout());
        metadata.put("dataShape", array.shape());
        metadata.put(OpenOptions.AXES, map.axes());
        return new Found(channel -> array.open(map, channel), channels, null, time,
                NwbFacts.pixelSize(path, group, array.shape(), xIsRow), metadata);
    }

    /** A GrayscaleImage (x, y) or RGB(A)Image (x, y, 3|4): one frame, no rate. */
    private static Found still(Path path, Dataset image, String type, OpenOptions options, boolean xIsRow,
            Map<String, Object> metadata) {
        Hdf5Array array = Hdf5Array.of(path, image);
        AxisMap map = stillAxes(path, array, type, options, xIsRow);
        metadata.put("layout", array.layout());
        metadata.put("dataShape", array.shape());
        metadata.put(OpenOptions.AXES, map.axes());
        return new Found(channel -> array.open(map, channel), stillChannels(array.shape()), null, NwbTime.NONE,
                NwbFacts.imagePixelSize(image), metadata);
    }

    /** The axes of a still image, after checking its shape: (x, y) or (x, y, 3|4). */
    static AxisMap stillAxes(Path path, Hdf5Array array, String type, OpenOptions options, boolean xIsRow) {
        long[] shape = array.shape();
        boolean colour = stillChannels(shape).size() > 1;
        if (shape.length == 3 && !colour && type.startsWith("RGB")) {
            throw new CorruptFileException(path, type + " " + array.path() + " of shape " + Hdf5Array.tuple(shape)
                    + ": expected (x, y, 3) or (x, y, 4) (a colour axis of 3 or 4), found a last axis of " + shape[2]);
        }
        if (shape.length != 2 && !colour) {
            throw new UnsupportedFormatException(path, "image " + array.path() + " of shape " + Hdf5Array.tuple(shape)
                    + "; images are (x, y), (x, y, 3) or (x, y, 4)");
        }
        return AxisMap.still(options.get(OpenOptions.AXES).orElse((xIsRow ? "yx" : "xy") + (colour ? "c" : "")),
                shape);
    }

    static List<String> stillChannels(long[] shape) {
        return shape.length == 3 && (shape[2] == 3 || shape[2] == 4) ? colours(shape[2]) : GREY;
    }

    /**
     * Red/green/blue[/alpha] for a colour series (t, x, y, 3|4); an OpticalSeries' fourth axis is
     * colour only (schema), so any other size there is corrupt, where other series read it as z.
     */
    private static List<String> channels(Path path, NwbSeries.Found series, Hdf5Array array) {
        long[] shape = array.shape();
        if (shape.length != 4 || !NwbSeries.COLOUR_TYPES.contains(series.type())) {
            return GREY;
        }
        if (shape[3] == 3 || shape[3] == 4) {
            return colours(shape[3]);
        }
        if (series.type().equals("OpticalSeries")) {
            throw new CorruptFileException(path, "OpticalSeries " + series.path() + " data of shape "
                    + Hdf5Array.tuple(shape) + ": expected (t, x, y) or (t, x, y, 3 or 4) (a colour axis of 3 or 4),"
                    + " found a last axis of " + shape[3]);
        }
        return GREY;
    }

    private static List<String> colours(long size) {
        return size == 3 ? RGB : RGBA;
    }

    /** (t, x, y[, z|c]) with x the column (schema) or the row ({@code nwb-x=rows}). */
    private static String defaultAxes(Path path, Hdf5Array array, boolean xIsRow, boolean colour) {
        int rank = array.shape().length;
        if (rank != 3 && rank != 4) {
            throw new UnsupportedFormatException(path, "series data " + array.path() + " of shape "
                    + Hdf5Array.tuple(array.shape()) + "; imaging series are (t, x, y) or (t, x, y, z)");
        }
        String axes = xIsRow ? "tyx" : "txy";
        return rank == 3 ? axes : axes + (colour ? "c" : "z");
    }

    static Dataset data(Path path, NwbSeries.Found series) {
        return Hdf5Nodes.dataset(path, series.group(), "data").orElseThrow(() -> new CorruptFileException(path,
                "series " + series.path() + " has no data dataset"));
    }

    private static boolean isExternal(Path path, Group series) {
        Optional<Dataset> format = Hdf5Nodes.dataset(path, series, "format");
        return format.isPresent() && "external".equals(Hdf5Nodes.value(format.get()));
    }

    /** Every entry of external_file, read whole (metadata values are summarised past 64 entries). */
    private static List<String> externalFiles(Path path, Group series, String where) {
        List<Object> list = Hdf5Nodes.dataset(path, series, "external_file").filter(d -> !d.isEmpty())
                .map(d -> flat(d.getData())).orElse(List.of());
        if (list.isEmpty()) {
            throw new CorruptFileException(path, "series " + where + " has format 'external' but no external_file");
        }
        return list.stream().map(String::valueOf).toList();
    }

    /** starting_frame of external_file, one per file, or null when absent or not integers. */
    private static int[] startingFrames(Path path, Group series) {
        Optional<Attribute> starts = Hdf5Nodes.dataset(path, series, "external_file")
                .map(d -> d.getAttribute("starting_frame")).filter(a -> !a.isEmpty());
        List<Object> values = starts.map(a -> flat(a.getData())).orElse(List.of());
        if (values.isEmpty() || !values.stream().allMatch(Number.class::isInstance)) {
            return null;
        }
        return values.stream().mapToInt(x -> ((Number) x).intValue()).toArray();
    }

    /** A scalar or 1-D value as a list. */
    private static List<Object> flat(Object data) {
        return data == null ? List.of() : Hdf5Flat.leaves(data);
    }
}
