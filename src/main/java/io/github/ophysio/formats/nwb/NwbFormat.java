package io.github.ophysio.formats.nwb;

import io.github.ophysio.error.CorruptFileException;
import io.github.ophysio.formats.FileProbe;
import io.github.ophysio.formats.FormatReader;
import io.github.ophysio.formats.OpenOptions;
import io.github.ophysio.io.hdf5.AxisMap;
import io.github.ophysio.io.hdf5.DescribedImaging;
import io.github.ophysio.io.hdf5.Hdf5Array;
import io.github.ophysio.io.hdf5.Hdf5Attributes;
import io.github.ophysio.io.hdf5.Hdf5Files;
import io.github.ophysio.io.hdf5.Hdf5Nodes;
import io.github.ophysio.io.hdf5.Hdf5Signature;
import io.github.ophysio.model.ImagingExtractor;
import io.jhdf.HdfFile;
import io.jhdf.api.Dataset;
import io.jhdf.api.Group;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Reads NWB imaging series as roiextractors' {@code NwbImagingExtractor} does, with the data in
 * matrix order: NWB stores (t, x, y[, z]) with x the column (the schema), read through a
 * transposed layout, never copied; {@code nwb-x=rows} reads x as the row instead.
 */
public final class NwbFormat implements FormatReader {

    /** A .nwb-named HDF5 file without the nwb_version attribute: still NWB before plain HDF5. */
    private static final int NAMED_HDF5 = 70;

    /** What opening found while the file was open: an array or external files, and the facts. */
    private record Found(Hdf5Array array, AxisMap axes, List<String> external, int[] startingFrames, NwbTime time,
            double[] pixelSize, Map<String, Object> metadata) {
    }

    @Override
    public String id() {
        return "nwb";
    }

    @Override
    public String description() {
        return "NWB imaging series (HDF5)";
    }

    @Override
    public int sniff(FileProbe probe) {
        if (probe.isDirectory()) {
            return NO;
        }
        boolean named = probe.extension().equals("nwb");
        if (Hdf5Signature.offset(probe.path()) < 0) {
            return named ? BY_NAME : NO;
        }
        if (Hdf5Files.test(probe.path(), file -> file.getAttribute("nwb_version") != null)) {
            return CERTAIN;
        }
        return named ? NAMED_HDF5 : NO;
    }

    @Override
    public List<String> candidates(Path path, OpenOptions options) {
        return Hdf5Files.read(path, file -> NwbSeries.all(file).stream().map(NwbSeries.Found::describe).toList());
    }

    @Override
    public ImagingExtractor openImaging(Path path, OpenOptions options) {
        boolean xIsRow = xIsRow(options);
        Found found = Hdf5Files.read(path, file -> find(path, file, options, xIsRow));
        ImagingExtractor source = found.array() != null ? found.array().open(found.axes(), 0)
                : NwbExternal.open(path, found.external(), found.startingFrames(), options);
        String series = (String) found.metadata().get("dataset");
        double[] times = found.time().times(path, series, source.getNumSamples());
        OptionalDouble fs = options.samplingFrequency().isPresent() ? options.samplingFrequency()
                : found.time().samplingFrequency();
        return new DescribedImaging(source, new DescribedImaging.Facts(fs, times, found.pixelSize(), "0",
                found.metadata()));
    }

    private static Found find(Path path, HdfFile file, OpenOptions options, boolean xIsRow) {
        Optional<String> wanted = options.get(OpenOptions.SERIES).or(() -> options.get(OpenOptions.DATASET));
        NwbSeries.Found series = NwbSeries.choose(path, file, wanted);
        Group group = series.group();
        Map<String, Object> metadata = new LinkedHashMap<>(NwbFacts.metadata(path, file, series, xIsRow));
        NwbTime time = NwbTime.of(path, group);
        time.describe(metadata);
        double[] pixelSize = NwbFacts.pixelSize(path, group, xIsRow);
        if (isExternal(path, group)) {
            List<String> files = externalFiles(path, group, series.path());
            metadata.put("externalFiles", files);
            return new Found(null, null, files, startingFrames(path, group), time, pixelSize, metadata);
        }
        Dataset data = Hdf5Nodes.dataset(path, group, "data").orElseThrow(() -> new CorruptFileException(path,
                "series " + series.path() + " has no data dataset"));
        Hdf5Array array = Hdf5Array.of(path, data);
        AxisMap axes = AxisMap.of(options.get(OpenOptions.AXES).orElse(defaultAxes(path, array, xIsRow)), array.shape());
        metadata.put("layout", array.layout());
        metadata.put("dataShape", array.shape());
        metadata.put(OpenOptions.AXES, axes.axes());
        return new Found(array, axes, null, null, time, pixelSize, metadata);
    }

    /** (t, x, y[, z]) with x the column (schema) or the row ({@code nwb-x=rows}). */
    private static String defaultAxes(Path path, Hdf5Array array, boolean xIsRow) {
        int rank = array.shape().length;
        if (rank != 3 && rank != 4) {
            throw new io.github.ophysio.error.UnsupportedFormatException(path, "series data " + array.path() + " of shape "
                    + Hdf5Array.tuple(array.shape()) + "; imaging series are (t, x, y) or (t, x, y, z)");
        }
        String axes = xIsRow ? "tyx" : "txy";
        return rank == 4 ? axes + "z" : axes;
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

    private static boolean xIsRow(OpenOptions options) {
        String value = options.get(OpenOptions.NWB_X).orElse("cols");
        if (!value.equals("rows") && !value.equals("cols")) {
            throw new IllegalArgumentException(OpenOptions.NWB_X + " must be rows or cols, not " + value);
        }
        return value.equals("rows");
    }
}
