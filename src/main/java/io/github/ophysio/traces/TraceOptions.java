package io.github.ophysio.traces;

/**
 * How traces are derived. Defaults are suite2p's: a ring of neuropil from 2 pixels outside the ROI
 * ({@code inner_neuropil_radius}) grown until it holds more than 350 pixels ({@code
 * min_neuropil_pixels}), corrected {@code F − 0.7·Fneu} ({@code neucoeff}), and a baseline that is the
 * 8th percentile ({@code prctile_baseline}) in a 60 s window ({@code win_baseline}).
 *
 * @param ring              whether neuropil traces are computed (and subtracted before dF/F)
 * @param neuropilFactor    c in {@code F − c·Fneu}
 * @param innerRadius       pixels of 4-connected growth around a ROI left out of its ring
 * @param minNeuropilPixels the ring grows until it holds more than this many pixels
 * @param dff               whether dF/F traces are computed
 * @param percentile        the baseline's percentile (0 to 100)
 * @param windowSeconds     the baseline's sliding window, in seconds
 */
public record TraceOptions(boolean ring, double neuropilFactor, int innerRadius, int minNeuropilPixels,
        boolean dff, double percentile, double windowSeconds) {

    public static final double NEUROPIL_FACTOR = 0.7;
    public static final int INNER_RADIUS = 2;
    public static final int MIN_NEUROPIL_PIXELS = 350;
    public static final double PERCENTILE = 8;
    public static final double WINDOW_SECONDS = 60;

    public TraceOptions {
        check(neuropilFactor >= 0 && Double.isFinite(neuropilFactor), "neuropil factor", neuropilFactor);
        check(innerRadius >= 0, "inner neuropil radius", innerRadius);
        check(minNeuropilPixels >= 0, "minimum neuropil pixels", minNeuropilPixels);
        check(percentile >= 0 && percentile <= 100, "baseline percentile", percentile);
        check(windowSeconds > 0 && Double.isFinite(windowSeconds), "baseline window (s)", windowSeconds);
    }

    /** Raw traces only. */
    public static TraceOptions rawOnly() {
        return new TraceOptions(false, NEUROPIL_FACTOR, INNER_RADIUS, MIN_NEUROPIL_PIXELS, false, PERCENTILE,
                WINDOW_SECONDS);
    }

    public TraceOptions withRing(boolean on) {
        return new TraceOptions(on, neuropilFactor, innerRadius, minNeuropilPixels, dff, percentile, windowSeconds);
    }

    public TraceOptions withDff(boolean on) {
        return new TraceOptions(ring, neuropilFactor, innerRadius, minNeuropilPixels, on, percentile, windowSeconds);
    }

    public TraceOptions withNeuropilFactor(double c) {
        return new TraceOptions(ring, c, innerRadius, minNeuropilPixels, dff, percentile, windowSeconds);
    }

    public TraceOptions withBaseline(double pct, double seconds) {
        return new TraceOptions(ring, neuropilFactor, innerRadius, minNeuropilPixels, dff, pct, seconds);
    }

    private static void check(boolean ok, String what, Object value) {
        if (!ok) {
            throw new IllegalArgumentException(what + " out of range: " + value);
        }
    }
}
