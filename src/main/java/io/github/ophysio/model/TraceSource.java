package io.github.ophysio.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/** Where a segmentation's traces come from: kinds, and (samples, columns) blocks read on request. */
public interface TraceSource {

    /** Reads samples [start, end) of the given columns, shaped (samples, columns). */
    @FunctionalInterface
    interface Reader {
        TraceBlock read(TraceKind kind, int start, int end, int[] columns);
    }

    Set<TraceKind> kinds();

    TraceBlock read(TraceKind kind, int start, int end, int[] columns);

    /** A source of the given kinds read by {@code reader}. */
    static TraceSource of(Set<TraceKind> kinds, Reader reader) {
        Set<TraceKind> fixed = Collections.unmodifiableSet(new LinkedHashSet<>(kinds));
        return new TraceSource() {
            @Override
            public Set<TraceKind> kinds() {
                return fixed;
            }

            @Override
            public TraceBlock read(TraceKind kind, int start, int end, int[] columns) {
                return reader.read(kind, start, end, columns);
            }
        };
    }

    /** Traces held in memory, each kind (samples, columns) in C order. */
    static TraceSource inMemory(int columns, Map<TraceKind, double[]> values) {
        Map<TraceKind, double[]> copy = new LinkedHashMap<>(values);
        return of(copy.keySet(), (kind, start, end, picked) -> {
            double[] all = copy.get(kind);
            double[] out = new double[(end - start) * picked.length];
            for (int t = start; t < end; t++) {
                for (int j = 0; j < picked.length; j++) {
                    out[(t - start) * picked.length + j] = all[t * columns + picked[j]];
                }
            }
            return new TraceBlock(end - start, picked.length, out);
        });
    }

    /** No traces at all. */
    static TraceSource none() {
        return of(Set.of(), (kind, start, end, columns) -> {
            throw new IllegalArgumentException("no traces");
        });
    }
}
