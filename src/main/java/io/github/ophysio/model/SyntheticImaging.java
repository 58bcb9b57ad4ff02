package io.github.ophysio.model;

import java.util.OptionalDouble;

/**
 * A recording made up in memory whose every value encodes its position:
 * {@code code(t, r, c, p) = ((t·rows + r)·cols + c)·planes + p}, the C-order index in
 * (samples, rows, cols, planes), wrapped into the pixel type. Axis mix-ups therefore fail loudly.
 */
public final class SyntheticImaging extends ImagingExtractor {

    private final int samples;
    private final SampleShape shape;
    private final PixelType type;
    private final OptionalDouble fs;
    private final double[] nativeTimes;

    private SyntheticImaging(Builder b) {
        this.samples = b.samples;
        this.shape = new SampleShape(b.rows, b.cols, b.planes);
        this.type = b.type;
        this.fs = b.fs;
        this.nativeTimes = b.nativeTimes ? irregularTimes(b.samples) : null;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The value at (t, r, c, p) of a recording of {@code shape}, as {@code type} reads it back. */
    public static double expected(PixelType type, SampleShape shape, int t, int r, int c, int p) {
        long code = (((long) t * shape.rows() + r) * shape.cols() + c) * shape.planes() + p;
        return SyntheticValues.toType(type, code);
    }

    /** Irregular but increasing native times: 0.1·i plus a small position-dependent jitter. */
    static double[] irregularTimes(int samples) {
        double[] times = new double[samples];
        for (int i = 0; i < samples; i++) {
            times[i] = 0.1 * i + 0.01 * (i % 3);
        }
        return times;
    }

    @Override
    public int getNumSamples() {
        return samples;
    }

    @Override
    public SampleShape getSampleShape() {
        return shape;
    }

    @Override
    public PixelType getPixelType() {
        return type;
    }

    @Override
    public OptionalDouble getSamplingFrequency() {
        return fs;
    }

    @Override
    public double[] getNativeTimestamps(int start, int end) {
        return nativeTimes == null ? null : java.util.Arrays.copyOfRange(nativeTimes, start, end);
    }

    @Override
    public void readPlane(int sample, int plane, Object dest) {
        checkSample(sample);
        checkPlane(plane);
        for (int r = 0; r < shape.rows(); r++) {
            for (int c = 0; c < shape.cols(); c++) {
                SyntheticValues.store(type, dest, r * shape.cols() + c, expected(type, shape, sample, r, c, plane));
            }
        }
    }

    /** Builds synthetic recordings; defaults: 5 samples of 7 × 9, uint16, 30 Hz, planar. */
    public static final class Builder {
        private int samples = 5;
        private int rows = 7;
        private int cols = 9;
        private int planes = 1;
        private PixelType type = PixelType.UINT16;
        private OptionalDouble fs = OptionalDouble.of(30);
        private boolean nativeTimes;

        public Builder samples(int value) {
            samples = value;
            return this;
        }

        public Builder shape(int rowCount, int colCount, int planeCount) {
            rows = rowCount;
            cols = colCount;
            planes = planeCount;
            return this;
        }

        public Builder type(PixelType value) {
            type = value;
            return this;
        }

        /** The sampling frequency; {@code null} for none. */
        public Builder fs(Double value) {
            fs = value == null ? OptionalDouble.empty() : OptionalDouble.of(value);
            return this;
        }

        public Builder nativeTimestamps(boolean value) {
            nativeTimes = value;
            return this;
        }

        public SyntheticImaging build() {
            return new SyntheticImaging(this);
        }
    }
}
