package io.github.ophysio.formats.zarr;

import io.github.ophysio.formats.MiniscopeTimestamps;
import io.github.ophysio.formats.OpenOptions;
import io.github.ophysio.io.AxisMap;
import io.github.ophysio.io.zarr.ZarrArray;
import io.github.ophysio.io.zarr.ZarrStore;
import io.github.ophysio.model.DescribedImaging;
import io.github.ophysio.model.ImagingExtractor;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Opens one array of a zarr store as a recording: axes from {@code axes=}, else the dimension names,
 * else matrix order; times from a Miniscope {@code timeStamps.csv} in the store's folder or the two
 * above it (Minian keeps its movies in {@code minian_ds/} inside the session), matched to the array's
 * {@code frame} coordinate; the rate from {@code fs=}, else from those times when they are regular.
 */
final class ZarrOpener {

    private record Found(ZarrArray array, AxisMap axes, String store) {
    }

    private ZarrOpener() {
    }

    static List<String> channelNames(Path path, OpenOptions options) {
        Found found = find(path, options);
        List<String> names = new ArrayList<>();
        for (int i = 0; i < found.axes().channels(); i++) {
            names.add(Integer.toString(i));
        }
        return names;
    }

    static ImagingExtractor open(Path path, OpenOptions options) {
        Found found = find(path, options);
        int channel = options.channelIndex(path, found.axes().channels());
        double[] times = times(path, found).orElse(null);
        OptionalDouble fs = options.samplingFrequency().isPresent() ? options.samplingFrequency()
                : times == null ? OptionalDouble.empty() : MiniscopeTimestamps.regularRate(times);
        DescribedImaging.Facts facts = new DescribedImaging.Facts(fs, times, null, Integer.toString(channel),
                metadata(found));
        return new DescribedImaging(found.array().planes(found.axes(), channel), facts);
    }

    private static Found find(Path path, OpenOptions options) {
        ZarrArray array = ZarrChoice.choose(path, options.get(OpenOptions.DATASET));
        String axes = options.get(OpenOptions.AXES).or(() -> ZarrAxes.fromNames(array.dimensions()))
                .orElse(ZarrAxes.byRank(array.rank()));
        return new Found(array, AxisMap.of(axes, array.shape()), ZarrStore.name(path, array.path()));
    }

    /** The Miniscope times of the array's frames, when a {@code timeStamps.csv} near the store covers them. */
    private static Optional<double[]> times(Path store, Found found) {
        Path dir = store.toAbsolutePath();
        Optional<MiniscopeTimestamps> csv = MiniscopeTimestamps.find(Arrays.asList(dir, dir.getParent(),
                dir.getParent() == null ? null : dir.getParent().getParent()));
        if (csv.isEmpty()) {
            return Optional.empty();
        }
        Optional<long[]> coordinate = frameCoordinate(found);
        long[] frames = coordinate.orElse(MiniscopeTimestamps.firstFrames((int) found.axes().samples()));
        // a coordinate the file does not cover is its error; frames 0 … n-1 are only a guess
        return coordinate.isPresent() || csv.get().covers(frames) ? Optional.of(csv.get().times(frames))
                : Optional.empty();
    }

    /** xarray's coordinate of the time dimension: a 1-d array beside the movie, named like that dimension. */
    private static Optional<long[]> frameCoordinate(Found found) {
        List<String> names = found.array().dimensions();
        if (names.isEmpty() || found.axes().t() < 0) {
            return Optional.empty();
        }
        Path beside = found.array().path().resolveSibling(names.get(found.axes().t()));
        if (!ZarrArray.isArray(beside)) {
            return Optional.empty();
        }
        ZarrArray coordinate = ZarrArray.open(beside);
        if (coordinate.rank() != 1 || coordinate.shape()[0] != found.axes().samples()) {
            return Optional.empty();
        }
        return Optional.of(Arrays.stream(coordinate.readAll()).mapToLong(v -> (long) v).toArray());
    }

    private static Map<String, Object> metadata(Found found) {
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put(OpenOptions.DATASET, found.store());
        metadata.put("zarrShape", found.array().shape());
        metadata.put("layout", found.array().describe());
        metadata.put(OpenOptions.AXES, found.axes().axes());
        if (!found.array().dimensions().isEmpty()) {
            metadata.put("dimensions", String.join(", ", found.array().dimensions()));
        }
        metadata.put("attributes", found.array().attributes());
        return metadata;
    }
}
