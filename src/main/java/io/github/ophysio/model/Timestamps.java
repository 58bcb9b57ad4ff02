package io.github.ophysio.model;

import java.util.Arrays;
import java.util.OptionalDouble;

/** The time-base rule, written once: user-set times, else native times, else i / fs. */
final class Timestamps {

    private Timestamps() {
    }

    static double[] of(SampledExtractor source, double[] userTimes, int start, int end) {
        if (userTimes != null) {
            return Arrays.copyOfRange(userTimes, start, end);
        }
        double[] nativeTimes = source.getNativeTimestamps(start, end);
        if (nativeTimes != null) {
            return nativeTimes;
        }
        OptionalDouble fs = source.getSamplingFrequency();
        return fs.isPresent() ? regular(start, end, fs.getAsDouble()) : null;
    }

    static double[] regular(int start, int end, double fs) {
        double[] times = new double[end - start];
        for (int i = 0; i < times.length; i++) {
            times[i] = (start + i) / fs;
        }
        return times;
    }

    static int sampleAt(SampledExtractor source, double[] userTimes, double time) {
        int last = source.getNumSamples() - 1;
        if (userTimes == null && !source.hasNativeTimestamps()) {
            double fs = source.getSamplingFrequency().orElseThrow(
                    () -> new IllegalStateException("the recording has no time base: set times or a sampling frequency"));
            // A tiny tolerance so that t = i / fs maps back to i despite rounding.
            return clamp((long) Math.floor(time * fs + 1e-9), last);
        }
        double[] times = of(source, userTimes, 0, source.getNumSamples());
        int found = Arrays.binarySearch(times, time);
        return clamp(found >= 0 ? found : -found - 2, last);
    }

    private static int clamp(long index, int last) {
        return (int) Math.max(0, Math.min(index, last));
    }
}
