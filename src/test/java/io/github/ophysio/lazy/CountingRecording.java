package io.github.ophysio.lazy;

import io.github.ophysio.model.ImagingExtractor;
import io.github.ophysio.model.PixelType;
import io.github.ophysio.model.SampleShape;
import java.util.OptionalDouble;
import java.util.concurrent.atomic.AtomicInteger;

/** A recording that counts the planes read from it. */
final class CountingRecording extends ImagingExtractor {

    private final ImagingExtractor source;
    private final AtomicInteger reads;

    CountingRecording(ImagingExtractor source, AtomicInteger reads) {
        this.source = source;
        this.reads = reads;
    }

    @Override
    public int getNumSamples() {
        return source.getNumSamples();
    }

    @Override
    public SampleShape getSampleShape() {
        return source.getSampleShape();
    }

    @Override
    public PixelType getPixelType() {
        return source.getPixelType();
    }

    @Override
    public OptionalDouble getSamplingFrequency() {
        return source.getSamplingFrequency();
    }

    @Override
    public void readPlane(int sample, int plane, Object dest) {
        reads.incrementAndGet();
        source.readPlane(sample, plane, dest);
    }
}
