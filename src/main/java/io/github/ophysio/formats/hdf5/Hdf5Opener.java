package io.github.ophysio.formats.hdf5;

import io.github.ophysio.formats.OpenOptions;
import io.github.ophysio.io.AxisMap;
import io.github.ophysio.io.hdf5.Hdf5Array;
import io.github.ophysio.io.hdf5.Hdf5Attributes;
import io.github.ophysio.io.hdf5.Hdf5Candidates;
import io.github.ophysio.io.hdf5.Hdf5Files;
import io.github.ophysio.io.hdf5.Hdf5Signature;
import io.github.ophysio.model.DescribedImaging;
import io.github.ophysio.model.ImagingExtractor;
import io.jhdf.api.Dataset;
import io.jhdf.api.Node;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Reads, while the file is open, the dataset to open (picked by {@link DatasetChoice}), its axes, rate
 * and metadata, and opens one channel of it as a plane source with those facts; the file is closed after.
 */
final class Hdf5Opener {

    /** Attributes that state the frame rate, in the order they are looked for. */
    private static final List<String> RATE_ATTRIBUTES = List.of("fr", "rate", "fps", "frame_rate", "sampling_rate");

    /** What opening found, gathered while the file is open. */
    private record Found(Hdf5Array array, AxisMap axes, OptionalDouble rate, Map<String, Object> metadata) {
    }

    private Hdf5Opener() {
    }

    static List<String> channelNames(Path path, OpenOptions options) {
        Found found = find(path, options);
        List<String> names = new ArrayList<>();
        for (int i = 0; i < found.axes().channels(); i++) {
            names.add(Integer.toString(i));
        }
        return names;
    }

    /** The numeric datasets of rank 3 to 5, described for {@code dataset=}. */
    static List<String> candidates(Path path) {
        return Hdf5Files.read(path, file -> Hdf5Candidates.recordings(Hdf5Candidates.all(file),
                DatasetChoice.MIN_RANK, DatasetChoice.MAX_RANK).stream().map(Hdf5Candidates.Candidate::describe).toList());
    }

    static ImagingExtractor open(Path path, OpenOptions options) {
        Found found = find(path, options);
        int channel = options.channelIndex(path, found.axes().channels());
        OptionalDouble fs = options.samplingFrequency().isPresent() ? options.samplingFrequency() : found.rate();
        DescribedImaging.Facts facts = new DescribedImaging.Facts(fs, null, null, Integer.toString(channel),
                found.metadata());
        return new DescribedImaging(found.array().open(found.axes(), channel), facts);
    }

    private static Found find(Path path, OpenOptions options) {
        boolean matlab = Hdf5Signature.isMatlab73(path);
        return Hdf5Files.read(path, file -> {
            Dataset dataset = DatasetChoice.choose(path, file, options.get(OpenOptions.DATASET));
            Hdf5Array array = Hdf5Array.of(path, dataset);
            String axes = options.get(OpenOptions.AXES).orElse(defaultAxes(dataset, matlab));
            AxisMap map = AxisMap.of(axes, array.shape());
            Map<String, Object> metadata = metadata(array, map, dataset, matlab, file.getUserBlockSize());
            return new Found(array, map, rate(dataset), metadata);
        });
    }

    /**
     * Matrix order (t, rows, cols[, planes]); roiextractors' {@code mov} is (channels, t, rows,
     * cols); rank 5 is (c, t, z, y, x). MATLAB stores dimensions reversed: MATLAB [rows cols T]
     * is HDF5 (T, cols, rows).
     */
    private static String defaultAxes(Dataset dataset, boolean matlab) {
        int rank = dataset.getDimensions().length;
        boolean mov = dataset.getPath().equals(DatasetChoice.MOV);
        String axes = switch (rank) {
            case 3 -> "tyx";
            case 4 -> mov ? "ctyx" : matlab ? "tzyx" : "tyxz";
            default -> "ctzyx";
        };
        return matlab ? axes.replace('y', '_').replace('x', 'y').replace('_', 'x') : axes;
    }

    /** The first rate attribute of the dataset, its group, or the root. */
    private static OptionalDouble rate(Dataset dataset) {
        for (Node node = dataset; node != null; node = node == node.getParent() ? null : node.getParent()) {
            for (String name : RATE_ATTRIBUTES) {
                OptionalDouble value = Hdf5Attributes.number(node, name);
                if (value.isPresent() && value.getAsDouble() > 0) {
                    return value;
                }
            }
        }
        return OptionalDouble.empty();
    }

    private static Map<String, Object> metadata(Hdf5Array array, AxisMap axes, Dataset dataset, boolean matlab,
            long userBlock) {
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put(OpenOptions.DATASET, array.path());
        metadata.put("hdf5Shape", array.shape());
        metadata.put("layout", array.layout());
        metadata.put(OpenOptions.AXES, axes.axes());
        if (userBlock > 0) {
            metadata.put("userBlock", userBlock);
        }
        if (matlab) {
            metadata.put("matlab", "7.3");
        }
        metadata.put("attributes", Hdf5Attributes.all(dataset));
        return metadata;
    }
}
