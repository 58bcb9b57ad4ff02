package io.github.ophysio.model;

/** Samples [start, end) of a parent recording, renumbered from 0. */
final class ImagingSampleSlice extends ImagingView {

    private final int start;
    private final int end;

    ImagingSampleSlice(ImagingExtractor parent, int start, int end) {
        super(parent);
        this.start = start;
        this.end = end;
    }

    @Override
    public int getNumSamples() {
        return end - start;
    }

    @Override
    public void readPlane(int sample, int plane, Object dest) {
        checkSample(sample);
        parent.readPlane(start + sample, plane, dest);
    }

    @Override
    public double[] getNativeTimestamps(int from, int to) {
        return super.getNativeTimestamps(start + from, start + to);
    }
}
