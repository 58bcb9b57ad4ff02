package io.github.ophysio.model;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;

/** A lazy view over another segmentation: by default it passes everything through. */
abstract class SegmentationView extends SegmentationExtractor {

    protected final SegmentationExtractor parent;

    SegmentationView(SegmentationExtractor parent) {
        this.parent = parent;
    }

    @Override
    public List<Object> getRoiIds() {
        return parent.getRoiIds();
    }

    @Override
    public int[] getFrameShape() {
        return parent.getFrameShape();
    }

    @Override
    public int getNumSamples() {
        return parent.getNumSamples();
    }

    @Override
    public OptionalDouble getSamplingFrequency() {
        return parent.getSamplingFrequency();
    }

    @Override
    public double[] getNativeTimestamps(int start, int end) {
        return parent.hasTimeVector() ? parent.getTimestamps(start, end) : null;
    }

    @Override
    public PixelMask getPixelMask(int roiIndex) {
        return parent.getPixelMask(roiIndex);
    }

    @Override
    public MaskKind getMaskKind() {
        return parent.getMaskKind();
    }

    @Override
    public Set<TraceKind> getTraceKinds() {
        return parent.getTraceKinds();
    }

    @Override
    public TraceBlock readTraces(TraceKind kind, int start, int end, int[] roiIndices) {
        return parent.readTraces(kind, start, end, roiIndices);
    }

    @Override
    public List<RoiProperty> getProperties() {
        return parent.getProperties();
    }

    @Override
    public List<String> getImageNames() {
        return parent.getImageNames();
    }

    @Override
    public float[] getImage(String name) {
        return parent.getImage(name);
    }

    @Override
    public List<Object> getBackgroundIds() {
        return parent.getBackgroundIds();
    }

    @Override
    public PixelMask getBackgroundMask(int index) {
        return parent.getBackgroundMask(index);
    }

    @Override
    public TraceBlock readBackgroundTraces(int start, int end, int[] indices) {
        return parent.readBackgroundTraces(start, end, indices);
    }

    @Override
    public Map<String, Object> getMetadata() {
        return parent.getMetadata();
    }
}
