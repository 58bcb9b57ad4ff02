package io.github.ophysio.model;

/** Traces of some ROIs over some samples, shaped (samples, rois) in C order, as roiextractors returns them. */
public record TraceBlock(int samples, int rois, float[] values) {

    public TraceBlock {
        if ((long) samples * rois != values.length) {
            throw new IllegalArgumentException(samples + " x " + rois + " traces need " + (long) samples * rois
                    + " values, not " + values.length);
        }
    }

    public float get(int sample, int roi) {
        return values[sample * rois + roi];
    }

    /** One ROI's column. */
    public float[] column(int roi) {
        float[] column = new float[samples];
        for (int t = 0; t < samples; t++) {
            column[t] = values[t * rois + roi];
        }
        return column;
    }
}
