package io.github.ophysio.formats.minian;

import io.github.ophysio.error.MissingFileException;
import io.github.ophysio.formats.MiniscopeTimestamps;
import io.github.ophysio.formats.OpenOptions;
import io.github.ophysio.model.PixelMask;
import io.github.ophysio.model.SegmentationExtractor;
import io.github.ophysio.model.StoredSegmentation;
import io.github.ophysio.model.StoredSegmentationBuilder;
import io.github.ophysio.model.TraceBlock;
import io.github.ophysio.model.TraceKind;
import io.github.ophysio.model.TraceSource;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Builds a Minian segmentation as roiextractors' {@code MinianSegmentationExtractor} reads it: masks
 * from A (weights kept; read per ROI), ids from {@code unit_id}, traces from C, S and b0, the background
 * b with its trace f, the image {@code maximum_projection} from {@code max_proj}, and times from the
 * Miniscope {@code timeStamps.csv} for C's {@code frame} coordinate.
 */
final class MinianOpener {

    static final String IMAGE = "maximum_projection";

    private MinianOpener() {
    }

    static SegmentationExtractor open(Path folder, OpenOptions options) {
        MinianVariable a = MinianVariable.find(folder, "A").orElseThrow(() -> new MissingFileException(
                folder.resolve("A.zarr"), "expected Minian's spatial footprints A.zarr in the output folder"))
                .requireDims(MinianVariable.UNIT, MinianVariable.HEIGHT, MinianVariable.WIDTH);
        int units = (int) a.size(MinianVariable.UNIT);
        int[] frame = {(int) a.size(MinianVariable.HEIGHT), (int) a.size(MinianVariable.WIDTH)};
        MinianTraces traces = MinianTraces.read(folder, units);
        double[] times = times(folder, traces).orElse(null);
        OptionalDouble fs = options.samplingFrequency().isPresent() ? options.samplingFrequency()
                : times == null ? OptionalDouble.empty() : MiniscopeTimestamps.regularRate(times);
        StoredSegmentationBuilder builder = StoredSegmentation.builder(folder).frame(frame).samples(traces.samples())
                .samplingFrequency(fs).nativeTimes(times).masks(units, k -> mask(a, k, frame[1]))
                .traces(traces.source()).metadata(metadata(folder, a, times));
        a.coordinate(MinianVariable.UNIT).ifPresent(ids -> builder.ids(Arrays.stream(ids).boxed()
                .map(MinianOpener::id).toList()));
        MinianVariable.find(folder, "max_proj").ifPresent(m -> builder.images(List.of(IMAGE), name -> floats(
                m.requireDims(MinianVariable.HEIGHT, MinianVariable.WIDTH).image(null, 0), frame, m)));
        background(folder, frame, traces.samples(), builder);
        return builder.build();
    }

    /** Ids as Integer when they fit (as other formats give them), else Long. */
    private static Object id(Long value) {
        return value == value.intValue() ? (Object) value.intValue() : value;
    }

    private static PixelMask mask(MinianVariable a, int unit, int cols) {
        double[] image = a.image(MinianVariable.UNIT, unit);
        float[] weights = new float[image.length];
        for (int i = 0; i < image.length; i++) {
            weights[i] = (float) image[i];
        }
        return PixelMask.fromImage(weights, cols);
    }

    /** b (height, width) with its trace f (frame), as one background component. */
    private static void background(Path folder, int[] frame, int samples, StoredSegmentationBuilder builder) {
        Optional<MinianVariable> b = MinianVariable.find(folder, "b");
        if (b.isEmpty()) {
            return;
        }
        float[] image = floats(b.get().requireDims(MinianVariable.HEIGHT, MinianVariable.WIDTH).image(null, 0), frame,
                b.get());
        Optional<MinianVariable> f = MinianVariable.find(folder, "f").map(v -> v.requireDims(MinianVariable.FRAME));
        TraceSource traces = f.filter(v -> v.size(MinianVariable.FRAME) == samples).map(v -> TraceSource.of(
                Set.of(TraceKind.BACKGROUND), (kind, start, end, columns) -> backgroundBlock(v, start, end, columns)))
                .orElse(null);
        builder.background(List.of(PixelMask.fromImage(image, frame[1])), traces);
    }

    private static TraceBlock backgroundBlock(MinianVariable f, int start, int end, int[] columns) {
        double[] trace = f.trace(0, start, end);
        double[] out = new double[trace.length * columns.length];
        for (int t = 0; t < trace.length; t++) {
            Arrays.fill(out, t * columns.length, (t + 1) * columns.length, trace[t]);
        }
        return new TraceBlock(end - start, columns.length, out);
    }

    private static float[] floats(double[] image, int[] frame, MinianVariable v) {
        if (image.length != frame[0] * frame[1]) {
            throw io.github.ophysio.error.CorruptFileException.expected(v.array().path(), v.name() + "'s shape",
                    frame[0] + " x " + frame[1] + " (the frame of A)", Arrays.toString(v.array().shape()));
        }
        float[] out = new float[image.length];
        for (int i = 0; i < image.length; i++) {
            out[i] = (float) image[i];
        }
        return out;
    }

    /** The times of C's frames from the folder's {@code timeStamps.csv}, when there is one. */
    private static Optional<double[]> times(Path folder, MinianTraces traces) {
        Optional<MiniscopeTimestamps> csv = MiniscopeTimestamps.find(List.of(folder));
        if (csv.isEmpty() || traces.samples() == 0) {
            return Optional.empty();
        }
        long[] frames = traces.first().flatMap(v -> v.coordinate(MinianVariable.FRAME))
                .orElse(MiniscopeTimestamps.firstFrames(traces.samples()));
        return Optional.of(csv.get().times(frames));
    }

    private static Map<String, Object> metadata(Path folder, MinianVariable a, double[] times) {
        Map<String, Object> metadata = new LinkedHashMap<>();
        List<String> saved = new ArrayList<>();
        for (String name : List.of("A", "C", "S", "b0", "c0", "b", "f", "max_proj")) {
            MinianVariable.find(folder, name).ifPresent(v -> saved.add(name + " " + v.array().describe() + " "
                    + v.array().dimensions()));
        }
        metadata.put("variables", String.join("; ", saved));
        metadata.put("A dimensions", String.join(", ", a.array().dimensions()));
        if (times != null) {
            metadata.put("timestamps", MiniscopeTimestamps.FILE);
        }
        return metadata;
    }
}
