package io.github.ophysio.formats.isxd;

import io.github.ophysio.io.StridedPlanes;
import io.github.ophysio.model.ImagingExtractor;
import io.github.ophysio.model.PixelType;
import io.github.ophysio.model.PlaneSource;
import io.github.ophysio.model.SampleShape;
import java.util.Arrays;

/**
 * An Inscopix movie as a recording. Reads go through the shared strided reader over the stored
 * frames; a (sample, plane) is first turned into its time index (frame cycle) and then into its
 * stored frame. Dropped, cropped and blank time indices have no stored frame and read as zeros,
 * so that sample i stays at time i / fs. Only the planes: the reader attaches rate, pixel size,
 * channel name and metadata with {@link io.github.ophysio.model.DescribedImaging}.
 */
final class IsxdMovie extends PlaneSource {

    private final StridedPlanes stored;
    private final IsxdTiming timing;
    private final IsxdCycle cycle;
    private final int samples;

    IsxdMovie(StridedPlanes stored, IsxdTiming timing, IsxdCycle cycle, int samples) {
        this.stored = stored;
        this.timing = timing;
        this.cycle = cycle;
        this.samples = samples;
    }

    @Override
    public int getNumSamples() {
        return samples;
    }

    @Override
    public SampleShape getSampleShape() {
        int[] image = stored.getImageShape();
        return new SampleShape(image[0], image[1], cycle.planes());
    }

    @Override
    public PixelType getPixelType() {
        return stored.getPixelType();
    }

    @Override
    public void readPlane(int sample, int plane, Object dest) {
        checkSample(sample);
        checkPlane(plane);
        long frame = timing.storedIndex(cycle.timeIndex(sample, plane));
        if (frame < 0) {
            zero(dest, getSampleShape().planePixels());
        } else {
            stored.readPlane((int) frame, 0, dest);
        }
    }

    /** A time index with no stored frame reads as an all-zero plane (isxcore returns the same). */
    private static void zero(Object dest, int count) {
        if (dest instanceof short[] a) {
            Arrays.fill(a, 0, count, (short) 0);
        } else if (dest instanceof byte[] a) {
            Arrays.fill(a, 0, count, (byte) 0);
        } else if (dest instanceof float[] a) {
            Arrays.fill(a, 0, count, 0f);
        } else {
            throw new IllegalArgumentException("not a plane of an isxd movie: " + dest);
        }
    }
}
