package io.github.ophysio.model;

import java.util.Map;
import java.util.OptionalDouble;

/** A lazy view over another recording: by default it passes every fact through unchanged. */
abstract class ImagingView extends ImagingExtractor {

    protected final ImagingExtractor parent;

    ImagingView(ImagingExtractor parent) {
        this.parent = parent;
    }

    @Override
    public int getNumSamples() {
        return parent.getNumSamples();
    }

    @Override
    public SampleShape getSampleShape() {
        return parent.getSampleShape();
    }

    @Override
    public PixelType getPixelType() {
        return parent.getPixelType();
    }

    @Override
    public OptionalDouble getSamplingFrequency() {
        return parent.getSamplingFrequency();
    }

    @Override
    public void readPlane(int sample, int plane, Object dest) {
        parent.readPlane(sample, plane, dest);
    }

    /** A view keeps the parent's time vector (user-set or native) for the samples it shows. */
    @Override
    public double[] getNativeTimestamps(int start, int end) {
        return parent.hasTimeVector() ? parent.getTimestamps(start, end) : null;
    }

    @Override
    public Map<String, Object> getMetadata() {
        return parent.getMetadata();
    }

    @Override
    public double[] getPixelSize() {
        return parent.getPixelSize();
    }

    @Override
    public String getChannelName() {
        return parent.getChannelName();
    }
}
