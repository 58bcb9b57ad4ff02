package io.github.ophysio.traces;

import io.github.ophysio.stream.PlaneWorker;

/**
 * One block's worker: sums each sample's planes into every column, then writes the sample's means
 * {@code Σ w·x / Σ w} (NaN where {@code Σ w} is 0) as a row of the raw and neuropil files.
 */
final class SampleSums implements PlaneWorker {

    private final ExtractionPlan plan;
    private final TraceFile raw;
    private final TraceFile neuropil;
    private final int planesPerSample;
    private final double[] sums;
    private int planesSeen;

    SampleSums(ExtractionPlan plan, TraceFile raw, TraceFile neuropil) {
        this.plan = plan;
        this.raw = raw;
        this.neuropil = neuropil;
        this.planesPerSample = plan.planes.size();
        this.sums = new double[plan.columns];
    }

    @Override
    public void accept(int sample, int plane, float[] pixels) {
        plan.planes.get(plane).accumulate(pixels, sums);
        if (++planesSeen == planesPerSample) {
            finishSample(sample);
        }
    }

    private void finishSample(int sample) {
        for (int c = 0; c < sums.length; c++) {
            sums[c] = sums[c] / plan.weightSums[c];
        }
        raw.putRow(sample, sums, 0);
        if (neuropil != null) {
            neuropil.putRow(sample, sums, plan.rois);
        }
        java.util.Arrays.fill(sums, 0);
        planesSeen = 0;
    }
}
