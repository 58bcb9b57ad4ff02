package io.github.ophysio.model;

/** Samples [start, end) of a segmentation's traces, renumbered from 0. */
final class SegmentationSampleSlice extends SegmentationView {

    private final int start;
    private final int end;

    SegmentationSampleSlice(SegmentationExtractor parent, int start, int end) {
        super(parent);
        this.start = start;
        this.end = end;
    }

    @Override
    public int getNumSamples() {
        return end - start;
    }

    @Override
    public double[] getNativeTimestamps(int from, int to) {
        return super.getNativeTimestamps(start + from, start + to);
    }

    @Override
    public TraceBlock readTraces(TraceKind kind, int from, int to, int[] roiIndices) {
        checkRange(from, to);
        return parent.readTraces(kind, start + from, start + to, roiIndices);
    }

    @Override
    public TraceBlock readBackgroundTraces(int from, int to, int[] indices) {
        checkRange(from, to);
        return parent.readBackgroundTraces(start + from, start + to, indices);
    }
}
