package io.github.ophysio.formats.caiman;

import io.github.ophysio.io.hdf5.Hdf5Flat;
import io.github.ophysio.error.CorruptFileException;
import io.github.ophysio.model.TraceBlock;
import io.github.ophysio.model.TraceKind;
import io.jhdf.api.Dataset;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where each trace kind lives in {@code estimates/} (stored (components, samples)) and how to read a
 * window of some components as (samples, components): raw = C + YrA, denoised = C, deconvolved = S,
 * dff = F_dff, background = f. Only the asked rows and samples are read (jhdf slices), one slice per
 * run of consecutive indices.
 */
final class CaimanTraces {

    static final String C = "estimates/C";
    static final String YRA = "estimates/YrA";
    static final String S = "estimates/S";
    static final String F_DFF = "estimates/F_dff";
    static final String F = "estimates/f";

    private final Path path;
    private final int samples;
    private final Map<TraceKind, List<String>> sources;

    private CaimanTraces(Path path, int samples, Map<TraceKind, List<String>> sources) {
        this.path = path;
        this.samples = samples;
        this.sources = sources;
    }

    /** The kinds present, with every trace dataset checked to be (components, T). */
    static CaimanTraces of(CaimanHdf5 h5, int components, int backgrounds) {
        Map<String, long[]> shapes = new LinkedHashMap<>();
        for (String name : List.of(C, S, F_DFF, YRA, F)) {
            h5.dataset(name).ifPresent(d -> shapes.put(name, CaimanHdf5.shape(d)));
        }
        int samples = samples(shapes);
        shapes.forEach((name, shape) -> check(h5.path(), name, shape, name.equals(F) ? backgrounds : components, samples));
        Map<TraceKind, List<String>> sources = new LinkedHashMap<>();
        Set<String> present = shapes.keySet();
        putIf(sources, TraceKind.RAW, present.contains(C) && present.contains(YRA), List.of(C, YRA));
        putIf(sources, TraceKind.DFF, present.contains(F_DFF), List.of(F_DFF));
        putIf(sources, TraceKind.DECONVOLVED, present.contains(S), List.of(S));
        putIf(sources, TraceKind.DENOISED, present.contains(C), List.of(C));
        putIf(sources, TraceKind.BACKGROUND, present.contains(F) && backgrounds > 0, List.of(F));
        return new CaimanTraces(h5.path(), samples, sources);
    }

    int samples() {
        return samples;
    }

    /** The kinds of per-ROI traces (background traces are asked for separately). */
    Set<TraceKind> roiKinds() {
        Set<TraceKind> kinds = new java.util.LinkedHashSet<>(sources.keySet());
        kinds.remove(TraceKind.BACKGROUND);
        return kinds;
    }

    boolean has(TraceKind kind) {
        return sources.containsKey(kind);
    }

    /**
     * Samples [start, end) of the components at {@code indices}, summed over the kind's datasets in
     * float64 (raw = C + YrA: float32 storage summed in float32 loses up to half an ulp of the sum).
     */
    TraceBlock read(TraceKind kind, int start, int end, int[] indices) {
        List<String> names = sources.get(kind);
        double[] values = new double[(end - start) * indices.length];
        if (values.length > 0) {
            CaimanHdf5.read(path, h5 -> {
                names.forEach(name -> addRuns(h5, name, start, end, indices, values));
                return values;
            });
        }
        return new TraceBlock(end - start, indices.length, values);
    }

    private static void addRuns(CaimanHdf5 h5, String name, int start, int end, int[] indices, double[] out) {
        Dataset dataset = h5.require(name);
        int n = end - start;
        for (int first = 0; first < indices.length;) {
            int last = first;
            while (last + 1 < indices.length && indices[last + 1] == indices[last] + 1) {
                last++;
            }
            int count = last - first + 1;
            Object block = dataset.getData(new long[] {indices[first], start}, new int[] {count, n});
            double[] rows = Hdf5Flat.doubles(h5.path(), name, block);
            for (int j = 0; j < count; j++) {
                for (int t = 0; t < n; t++) {
                    out[t * indices.length + first + j] += rows[j * n + t];
                }
            }
            first = last + 1;
        }
    }

    /** T from the first trace present (C, S, F_dff, YrA, f), 0 when the file holds none. */
    private static int samples(Map<String, long[]> shapes) {
        Optional<long[]> first = shapes.values().stream().filter(s -> s.length == 2).findFirst();
        return first.map(s -> (int) Math.min(s[1], Integer.MAX_VALUE)).orElse(0);
    }

    private static void check(Path path, String name, long[] shape, int rows, int samples) {
        if (shape.length != 2 || shape[0] != rows || shape[1] != samples) {
            throw CorruptFileException.expected(path, name, "shape (" + rows + ", " + samples + ") (components of "
                    + "estimates/A or b, samples of the other traces)", "(" + join(shape) + ")");
        }
    }

    private static String join(long[] shape) {
        return String.join(", ", Arrays.stream(shape).mapToObj(Long::toString).toList());
    }

    private static void putIf(Map<TraceKind, List<String>> sources, TraceKind kind, boolean present, List<String> names) {
        if (present) {
            sources.put(kind, names);
        }
    }
}
