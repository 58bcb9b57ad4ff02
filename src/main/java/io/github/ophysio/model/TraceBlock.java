package io.github.ophysio.model;

/**
 * Traces of some ROIs over some samples, shaped (samples, rois) in C order, as roiextractors returns them.
 * Values are doubles: a stored float32 trace widens exactly, and a trace a format derives from two stored
 * arrays (CaImAn's raw = C + YrA) or scales (NWB conversion) keeps its float64 value on its way to a float64
 * output, with no float32 rounding in between.
 */
public record TraceBlock(int samples, int rois, double[] values) {

    public TraceBlock {
        if ((long) samples * rois != values.length) {
            throw new IllegalArgumentException(samples + " x " + rois + " traces need " + (long) samples * rois
                    + " values, not " + values.length);
        }
    }

    public double get(int sample, int roi) {
        return values[sample * rois + roi];
    }

    /** One ROI's column. */
    public double[] column(int roi) {
        double[] column = new double[samples];
        for (int t = 0; t < samples; t++) {
            column[t] = values[t * rois + roi];
        }
        return column;
    }
}
