package io.github.ophysio.formats.nwb;

import io.github.ophysio.error.CorruptFileException;
import io.github.ophysio.error.UnsupportedFormatException;
import io.github.ophysio.formats.OpenOptions;
import io.github.ophysio.io.hdf5.AxisMap;
import io.github.ophysio.io.hdf5.Hdf5Array;
import io.github.ophysio.io.hdf5.Hdf5Attributes;
import io.github.ophysio.io.hdf5.Hdf5Nodes;
import io.jhdf.HdfFile;
import io.jhdf.api.Dataset;
import io.jhdf.api.Group;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads, while the file is open, everything needed to open a series later without it: where its
 * frames are (an array, external files, or another series through an IndexSeries), its axes and
 * channels, its time base and its facts.
 */
final class NwbOpener {

    private static final List<String> RGB = List.of("red", "green", "blue");
    private static final List<String> RGBA = List.of("red", "green", "blue", "alpha");

    /** What was found: {@code array} or {@code external} frames, optionally re-ordered by {@code indices}. */
    record Found(Hdf5Array array, AxisMap axes, List<String> channels, List<String> external, int[] startingFrames,
            long[] indices, NwbTime time, double[] pixelSize, Map<String, Object> metadata) {
    }

    private NwbOpener() {
    }

    static Found find(Path path, HdfFile file, OpenOptions options, boolean xIsRow) {
        Optional<String> wanted = options.get(OpenOptions.SERIES).or(() -> options.get(OpenOptions.DATASET));
        NwbSeries.Found series = NwbSeries.choose(path, file, wanted);
        Map<String, Object> metadata = new LinkedHashMap<>(NwbFacts.metadata(path, file, series, xIsRow));
        if (series.still()) {
            return still(path, (Dataset) series.node(), options, xIsRow, metadata);
        }
        NwbTime time = NwbTime.of(path, series.group());
        time.describe(metadata);
        if (!series.type().equals(NwbSeries.INDEX_SERIES)) {
            return frames(path, series, options, xIsRow, time, metadata);
        }
        NwbSeries.Found target = indexed(path, series);
        metadata.put("indexedSeries", target.path());
        Found frames = frames(path, target, options, xIsRow, time, metadata);
        long[] indices = Arrays.stream(Hdf5Nodes.doubles(data(path, series))).mapToLong(v -> (long) v).toArray();
        return new Found(frames.array(), frames.axes(), frames.channels(), frames.external(), frames.startingFrames(),
                indices, time, frames.pixelSize(), frames.metadata());
    }

    /** The frames of an imaging series: its data array, or the external files it names. */
    private static Found frames(Path path, NwbSeries.Found series, OpenOptions options, boolean xIsRow, NwbTime time,
            Map<String, Object> metadata) {
        Group group = series.group();
        double[] pixelSize = NwbFacts.pixelSize(path, group, xIsRow);
        if (isExternal(path, group)) {
            List<String> files = externalFiles(path, group, series.path());
            metadata.put("externalFiles", files);
            return new Found(null, null, List.of("0"), files, startingFrames(path, group), null, time, pixelSize,
                    metadata);
        }
        Hdf5Array array = Hdf5Array.of(path, data(path, series));
        List<String> channels = colour(series, array) ? (array.shape()[3] == 3 ? RGB : RGBA) : List.of("0");
        String axes = options.get(OpenOptions.AXES).orElse(defaultAxes(path, array, xIsRow, channels.size() > 1));
        AxisMap map = AxisMap.of(axes, array.shape());
        metadata.put("layout", array.layout());
        metadata.put("dataShape", array.shape());
        metadata.put(OpenOptions.AXES, map.axes());
        return new Found(array, map, channels, null, null, null, time, pixelSize, metadata);
    }

    /** A GrayscaleImage (x, y) or RGB(A)Image (x, y, 3|4): one frame, no rate. */
    private static Found still(Path path, Dataset image, OpenOptions options, boolean xIsRow,
            Map<String, Object> metadata) {
        Hdf5Array array = Hdf5Array.of(path, image);
        long[] shape = array.shape();
        boolean colour = shape.length == 3 && (shape[2] == 3 || shape[2] == 4);
        if (shape.length != 2 && !colour) {
            throw new UnsupportedFormatException(path, "image " + array.path() + " of shape " + Hdf5Array.tuple(shape)
                    + "; images are (x, y), (x, y, 3) or (x, y, 4)");
        }
        String axes = options.get(OpenOptions.AXES).orElse((xIsRow ? "yx" : "xy") + (colour ? "c" : ""));
        AxisMap map = AxisMap.still(axes, shape);
        metadata.put("layout", array.layout());
        metadata.put("dataShape", shape);
        metadata.put(OpenOptions.AXES, map.axes());
        List<String> channels = !colour ? List.of("0") : shape[2] == 3 ? RGB : RGBA;
        return new Found(array, map, channels, null, null, null, NwbTime.NONE, null, metadata);
    }

    /** An ImageSeries of (t, x, y, 3|4) is a colour movie (cli.md), not a volume of 3 or 4 planes. */
    private static boolean colour(NwbSeries.Found series, Hdf5Array array) {
        long[] shape = array.shape();
        return series.type().equals("ImageSeries") && shape.length == 4 && (shape[3] == 3 || shape[3] == 4);
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

    private static NwbSeries.Found indexed(Path path, NwbSeries.Found series) {
        Optional<Group> target = Hdf5Nodes.group(path, series.group(), "indexed_timeseries");
        if (target.isEmpty()) {
            throw new UnsupportedFormatException(path, "IndexSeries " + series.path() + " indexes no image series"
                    + " (indexed_images are not read yet)");
        }
        String type = Hdf5Attributes.text(target.get(), "neurodata_type").orElse("");
        if (!NwbSeries.IMAGING_TYPES.contains(type)) {
            throw new UnsupportedFormatException(path, "IndexSeries " + series.path() + " indexes a " + type
                    + ", not an image series");
        }
        return new NwbSeries.Found(target.get(), type);
    }

    private static Dataset data(Path path, NwbSeries.Found series) {
        return Hdf5Nodes.dataset(path, series.group(), "data").orElseThrow(() -> new CorruptFileException(path,
                "series " + series.path() + " has no data dataset"));
    }

    private static boolean isExternal(Path path, Group series) {
        Optional<Dataset> format = Hdf5Nodes.dataset(path, series, "format");
        return format.isPresent() && "external".equals(Hdf5Nodes.value(format.get()));
    }

    private static List<String> externalFiles(Path path, Group series, String where) {
        Object value = Hdf5Nodes.dataset(path, series, "external_file").map(Hdf5Nodes::value).orElse(null);
        List<?> list = value instanceof List<?> l ? l : value == null ? List.of() : List.of(value);
        if (list.isEmpty()) {
            throw new CorruptFileException(path, "series " + where + " has format 'external' but no external_file");
        }
        return list.stream().map(String::valueOf).toList();
    }

    private static int[] startingFrames(Path path, Group series) {
        return Hdf5Nodes.dataset(path, series, "external_file")
                .map(d -> Hdf5Attributes.value(d, "starting_frame"))
                .filter(List.class::isInstance)
                .map(v -> ((List<?>) v).stream().mapToInt(x -> ((Number) x).intValue()).toArray())
                .orElse(null);
    }
}
