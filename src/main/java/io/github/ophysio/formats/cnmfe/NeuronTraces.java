package io.github.ophysio.formats.cnmfe;

import io.github.ophysio.error.CorruptFileException;
import io.github.ophysio.io.mat.MatArrays;
import io.github.ophysio.io.mat.MatValue;
import io.github.ophysio.model.TraceKind;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The K × T traces of a saved neuron, as (samples, rois): {@code C_raw} raw, {@code C} denoised,
 * {@code S} deconvolved (often sparse). C is required; an empty C_raw or S (never computed) is left out.
 * All must have C's number of samples.
 */
record NeuronTraces(int samples, Map<TraceKind, double[]> values) {

    static NeuronTraces read(Path path, MatValue neuron, int rois) {
        MatValue c = neuron.field("C").orElseThrow();
        MatArrays.Traces denoised = MatArrays.traces(path, c, rois, true);
        Map<TraceKind, double[]> values = new LinkedHashMap<>();
        optional(path, neuron, "C_raw", c, denoised).ifPresent(v -> values.put(TraceKind.RAW, v));
        values.put(TraceKind.DENOISED, denoised.values());
        optional(path, neuron, "S", c, denoised).ifPresent(v -> values.put(TraceKind.DECONVOLVED, v));
        return new NeuronTraces(denoised.samples(), values);
    }

    private static Optional<double[]> optional(Path path, MatValue neuron, String field, MatValue c,
            MatArrays.Traces denoised) {
        int rois = denoised.rois();
        int samples = denoised.samples();
        Optional<MatValue> matrix = neuron.field(field).filter(m -> m.numel() > 0);
        if (matrix.isEmpty()) {
            return Optional.empty();
        }
        MatArrays.Traces traces = MatArrays.traces(path, matrix.get(), rois, true);
        if (traces.samples() != samples) {
            throw CorruptFileException.expected(path, matrix.get().name(), rois + " x " + samples + " (K x T, like "
                    + c.name() + ")", matrix.get().size());
        }
        return Optional.of(traces.values());
    }
}
