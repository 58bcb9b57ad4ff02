package io.github.ophysio.fiji.stack;

import io.github.ophysio.error.CorruptFileException;
import io.github.ophysio.model.ImagingExtractor;
import io.github.ophysio.model.PixelType;
import io.github.ophysio.model.SampleShape;
import io.github.ophysio.model.SyntheticImaging;
import java.nio.file.Path;
import java.util.OptionalDouble;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A position-coded uint16 recording ({@link SyntheticImaging}) that counts its plane reads, adds
 * {@code offset} to every value (to tell channels apart) and fails like a truncated file from
 * sample {@code failFrom} on.
 */
final class ProbeRecording extends ImagingExtractor {

    static final Path FILE = Path.of("probe.npy");

    final AtomicInteger reads = new AtomicInteger();
    private final SyntheticImaging source;
    private final int offset;
    private final int failFrom;

    ProbeRecording(int samples, int planes, int offset, int failFrom) {
        this.source = SyntheticImaging.builder().samples(samples).shape(6, 8, planes).build();
        this.offset = offset;
        this.failFrom = failFrom;
    }

    static ProbeRecording of(int samples) {
        return new ProbeRecording(samples, 1, 0, Integer.MAX_VALUE);
    }

    /** The value slice pixel (r, c) must have. */
    double expected(int sample, int plane, int r, int c) {
        return (SyntheticImaging.expected(PixelType.UINT16, getSampleShape(), sample, r, c, plane) + offset) % 65536;
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
        return PixelType.UINT16;
    }

    @Override
    public OptionalDouble getSamplingFrequency() {
        return source.getSamplingFrequency();
    }

    @Override
    public void readPlane(int sample, int plane, Object dest) {
        reads.incrementAndGet();
        if (sample >= failFrom) {
            throw new CorruptFileException(FILE, "truncated: sample " + sample + " is past the end of the file");
        }
        source.readPlane(sample, plane, dest);
        short[] values = (short[]) dest;
        for (int i = 0; i < values.length; i++) {
            values[i] = (short) (values[i] + offset);
        }
    }
}
