package io.github.ophysio.formats.minian;

import io.github.ophysio.error.CorruptFileException;
import io.github.ophysio.model.TraceBlock;
import io.github.ophysio.model.TraceKind;
import io.github.ophysio.model.TraceSource;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Minian's per-unit traces as roiextractors names them: denoised = C, deconvolved = S, baseline = b0,
 * each (unit_id, frame) in the store and read per window and unit as (samples, rois).
 */
final class MinianTraces {

    private final Map<TraceKind, MinianVariable> variables;

    private MinianTraces(Map<TraceKind, MinianVariable> variables) {
        this.variables = variables;
    }

    /** The traces saved, each checked to have {@code units} units and the same frames as the first. */
    static MinianTraces read(java.nio.file.Path folder, int units) {
        Map<TraceKind, MinianVariable> found = new LinkedHashMap<>();
        MinianVariable.find(folder, "C").ifPresent(v -> found.put(TraceKind.DENOISED, v));
        MinianVariable.find(folder, "S").ifPresent(v -> found.put(TraceKind.DECONVOLVED, v));
        MinianVariable.find(folder, "b0").ifPresent(v -> found.put(TraceKind.BASELINE, v));
        long frames = -1;
        for (MinianVariable v : found.values()) {
            v.requireDims(MinianVariable.UNIT, MinianVariable.FRAME);
            frames = frames < 0 ? v.size(MinianVariable.FRAME) : frames;
            check(v, MinianVariable.UNIT, units, "units of A");
            check(v, MinianVariable.FRAME, frames, "frames of " + found.values().iterator().next().name());
        }
        return new MinianTraces(found);
    }

    /** Frames of the first trace saved (C, S, b0), 0 when none is. */
    int samples() {
        return variables.isEmpty() ? 0 : (int) variables.values().iterator().next().size(MinianVariable.FRAME);
    }

    /** The variable whose {@code frame} coordinate dates the samples (C first, as roiextractors). */
    java.util.Optional<MinianVariable> first() {
        return variables.values().stream().findFirst();
    }

    TraceSource source() {
        return TraceSource.of(variables.keySet(), this::read);
    }

    private TraceBlock read(TraceKind kind, int start, int end, int[] columns) {
        MinianVariable v = variables.get(kind);
        double[] out = new double[(end - start) * columns.length];
        for (int j = 0; j < columns.length; j++) {
            double[] trace = v.trace(columns[j], start, end);
            for (int t = 0; t < trace.length; t++) {
                out[t * columns.length + j] = trace[t];
            }
        }
        return new TraceBlock(end - start, columns.length, out);
    }

    private static void check(MinianVariable v, String dim, long expected, String what) {
        if (v.size(dim) != expected) {
            throw CorruptFileException.expected(v.array().path(), v.name() + "'s " + dim, expected + " (the " + what
                    + ")", v.size(dim));
        }
    }
}
