package io.github.ophysio.formats.cnmfe;

import io.github.ophysio.io.mat.MatValue;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * CNMF-E's frame rate: the user's {@code fs=} first (files often carry a wrong one), then for CIAtah's
 * output {@code inputOptions.Fs}, the rate CNMF-E ran with, then roiextractors' T / {@code time.totalTime}
 * (known to be wrong when totalTime is not the recording's duration, roiextractors #153); for a saved
 * neuron struct, its {@code Fs}, then {@code options.Fs}. The metadata says which was used.
 */
final class CnmfeRate {

    static final String SOURCE = "samplingFrequencySource";

    private CnmfeRate() {
    }

    static OptionalDouble of(MatValue s, int samples, OptionalDouble userFs, Map<String, Object> metadata) {
        OptionalDouble totalTime = positive(s, "time", "totalTime");
        totalTime.ifPresent(t -> metadata.put("totalTime", t));
        if (userFs.isPresent()) {
            metadata.put(SOURCE, "fs option");
            return userFs;
        }
        OptionalDouble fs = positive(s, "inputOptions", "Fs");
        if (fs.isPresent()) {
            metadata.put(SOURCE, "inputOptions.Fs");
            return fs;
        }
        if (totalTime.isPresent() && samples > 0) {
            metadata.put(SOURCE, "T / time.totalTime");
            return OptionalDouble.of(samples / totalTime.getAsDouble());
        }
        metadata.put(SOURCE, "none");
        return OptionalDouble.empty();
    }

    /**
     * A saved neuron's rate: the user's, then the struct's {@code Fs} (Sources2D's frame rate, NaN
     * until set), then {@code options.Fs}.
     */
    static OptionalDouble ofNeuron(MatValue s, OptionalDouble userFs, Map<String, Object> metadata) {
        if (userFs.isPresent()) {
            metadata.put(SOURCE, "fs option");
            return userFs;
        }
        for (String[] path : new String[][] {{"Fs"}, {"options", "Fs"}}) {
            OptionalDouble fs = positive(s, path);
            if (fs.isPresent()) {
                metadata.put(SOURCE, String.join(".", path));
                return fs;
            }
        }
        metadata.put(SOURCE, "none");
        return OptionalDouble.empty();
    }

    /** A positive, finite numeric scalar at {@code s.path}, if there is one. */
    static OptionalDouble positive(MatValue s, String... path) {
        return s.path(path).filter(v -> v.isNumeric() && v.numel() == 1).map(v -> v.doubles()[0])
                .filter(d -> d > 0 && !Double.isInfinite(d)).map(OptionalDouble::of).orElse(OptionalDouble.empty());
    }
}
