package io.github.ophysio.traces;

import java.util.Arrays;

/**
 * The baseline of dF/F: at each sample t, the {@code percentile} of the trace over samples
 * [t − h, t + h] (cut at both ends of the trace), interpolated linearly as numpy's default does
 * ({@code s[⌊k⌋] + (s[⌊k⌋+1] − s[⌊k⌋])·frac(k)}, k = p/100·(n − 1) in the sorted window s). The window
 * is kept sorted and moved one sample at a time, so a trace of T samples costs T·(log h + h) rather
 * than a sort per sample.
 */
final class SlidingPercentile {

    private SlidingPercentile() {
    }

    /** The baseline of {@code trace}; all NaN when the trace holds a NaN (an empty ROI). */
    static double[] of(double[] trace, int halfWidth, double percentile) {
        double[] baseline = new double[trace.length];
        if (Arrays.stream(trace).anyMatch(Double::isNaN)) {
            Arrays.fill(baseline, Double.NaN);
            return baseline;
        }
        double[] window = new double[Math.min(trace.length, 2 * halfWidth + 1)];
        int size = 0;
        int in = 0;
        for (int t = 0; t < trace.length; t++) {
            if (t - halfWidth - 1 >= 0) {
                size = remove(window, size, trace[t - halfWidth - 1]);
            }
            for (; in < trace.length && in <= t + halfWidth; in++) {
                size = insert(window, size, trace[in]);
            }
            baseline[t] = interpolate(window, size, percentile);
        }
        return baseline;
    }

    static double interpolate(double[] sorted, int n, double percentile) {
        double k = percentile / 100 * (n - 1);
        int lo = (int) Math.floor(k);
        if (lo >= n - 1) {
            return sorted[n - 1];
        }
        return sorted[lo] + (sorted[lo + 1] - sorted[lo]) * (k - lo);
    }

    private static int insert(double[] window, int size, double value) {
        int at = position(window, size, value);
        System.arraycopy(window, at, window, at + 1, size - at);
        window[at] = value;
        return size + 1;
    }

    private static int remove(double[] window, int size, double value) {
        int at = position(window, size, value);
        System.arraycopy(window, at + 1, window, at, size - at - 1);
        return size - 1;
    }

    /** Where {@code value} is, or would go, in the sorted first {@code size} elements. */
    private static int position(double[] window, int size, double value) {
        int at = Arrays.binarySearch(window, 0, size, value);
        return at >= 0 ? at : -at - 1;
    }
}
