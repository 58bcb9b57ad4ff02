package io.github.ophysio.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ophysio.lazy.LazyRecording;
import io.github.ophysio.lazy.PlaneCache;
import io.github.ophysio.model.ImagingComparison;
import java.util.List;
import net.imglib2.RandomAccess;
import net.imglib2.type.numeric.RealType;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link ImagingExtractor} keeps, subclassed once per format. A subclass gives
 * a fresh recording and the value expected at each position; documented opt-outs are protected
 * methods a subclass may override.
 */
public abstract class ImagingExtractorContractTest {

    /** A fresh recording with at least 2 samples (each test may change its time base). */
    protected abstract ImagingExtractor extractor();

    /** The value expected at sample t, row r, column c, plane p. */
    protected abstract double expectedValue(int t, int r, int c, int p);

    private double actual(NdArray series, int t, int r, int c, int p, boolean volumetric) {
        return volumetric ? series.getDouble(t, r, c, p) : series.getDouble(t, r, c);
    }

    @Test
    void shapeIsConsistent() {
        ImagingExtractor x = extractor();
        assertTrue(x.getNumSamples() >= 2, "contract fixtures need 2+ samples");
        SampleShape shape = x.getSampleShape();
        assertArrayEquals(new int[] {shape.rows(), shape.cols()}, x.getImageShape());
        assertEquals(shape.planes() > 1, x.isVolumetric());
    }

    @Test
    void seriesIsInMatrixOrderWithEveryValueWhereExpected() {
        ImagingExtractor x = extractor();
        SampleShape s = x.getSampleShape();
        NdArray series = x.getSeries(0, x.getNumSamples());
        int[] expectedShape = x.isVolumetric() ? new int[] {x.getNumSamples(), s.rows(), s.cols(), s.planes()}
                : new int[] {x.getNumSamples(), s.rows(), s.cols()};
        assertArrayEquals(expectedShape, series.shape());
        for (int t = 0; t < x.getNumSamples(); t++) {
            for (int r = 0; r < s.rows(); r++) {
                for (int c = 0; c < s.cols(); c++) {
                    for (int p = 0; p < s.planes(); p++) {
                        assertEquals(expectedValue(t, r, c, p), actual(series, t, r, c, p, x.isVolumetric()), 1e-6,
                                "value at t=" + t + " r=" + r + " c=" + c + " p=" + p);
                    }
                }
            }
        }
    }

    @Test
    void seriesIsHalfOpenAndAgreesWithPlanes() {
        ImagingExtractor x = extractor();
        int last = x.getNumSamples() - 1;
        NdArray tail = x.getSeries(last, last + 1);
        assertEquals(1, tail.shape()[0]);
        Object plane = x.getPlane(last, 0);
        SampleShape s = x.getSampleShape();
        double corner = PlaneValues.get(x.getPixelType(), plane, s.planePixels() - 1);
        assertEquals(expectedValue(last, s.rows() - 1, s.cols() - 1, 0), corner, 1e-6);
        assertEquals(0, x.getSeries(1, 1).shape()[0]);
    }

    @Test
    void outOfRangeReadsFailClearly() {
        ImagingExtractor x = extractor();
        assertThrows(IndexOutOfBoundsException.class, () -> x.getPlane(x.getNumSamples(), 0));
        assertThrows(IndexOutOfBoundsException.class, () -> x.getPlane(0, x.getNumPlanes()));
        assertThrows(IndexOutOfBoundsException.class, () -> x.getSeries(0, x.getNumSamples() + 1));
    }

    @Test
    void timestampsFollowUserThenNativeThenRate() {
        ImagingExtractor x = extractor();
        double[] times = x.getTimestamps();
        if (x.hasNativeTimestamps()) {
            assertArrayEquals(x.getNativeTimestamps(0, x.getNumSamples()), times);
        } else if (x.getSamplingFrequency().isPresent()) {
            assertEquals(1 / x.getSamplingFrequency().getAsDouble(), times[1], 1e-12);
        } else {
            assertNull(times);
        }
        double[] mine = new double[x.getNumSamples()];
        for (int i = 0; i < mine.length; i++) {
            mine[i] = 100 + 2 * i;
        }
        x.setTimes(mine);
        assertTrue(x.hasTimeVector());
        assertArrayEquals(mine, x.getTimestamps());
        assertEquals(1, x.timeToSampleIndex(103.0));
        assertThrows(IllegalArgumentException.class, () -> x.setTimes(new double[1]));
    }

    @Test
    void viewsMatchTheirSource() {
        ImagingExtractor x = extractor();
        int n = x.getNumSamples();
        ImagingExtractor slice = x.sliceSamples(1, n);
        assertEquals(n - 1, slice.getNumSamples());
        assertArrayEquals(toDoubles(x, x.getPlane(1, 0)), toDoubles(slice, slice.getPlane(0, 0)));
        ImagingComparison.assertSameImaging(x.sliceSamples(0, n),
                ImagingExtractor.concatenate(List.of(x.sliceSamples(0, 1), x.sliceSamples(1, n))));
    }

    @Test
    void fieldOfViewSliceKeepsPositions() {
        ImagingExtractor x = extractor();
        SampleShape s = x.getSampleShape();
        ImagingExtractor fov = x.sliceFieldOfView(1, s.rows(), 1, s.cols());
        assertArrayEquals(new int[] {s.rows() - 1, s.cols() - 1}, fov.getImageShape());
        NdArray series = fov.getSeries(0, 1);
        assertEquals(expectedValue(0, 1, 1, 0), actual(series, 0, 0, 0, 0, fov.isVolumetric()), 1e-6);
    }

    @Test
    void planeSelectionPicksPlanes() {
        ImagingExtractor x = extractor();
        int lastPlane = x.getNumPlanes() - 1;
        ImagingExtractor one = x.selectPlanes(lastPlane);
        assertEquals(1, one.getNumPlanes());
        assertEquals(expectedValue(0, 0, 1, lastPlane), one.getSeries(0, 1).getDouble(0, 0, 1), 1e-6);
    }

    @Test
    void lazyImageReadsTheSameValues() {
        ImagingExtractor x = extractor();
        LazyRecording lazy = LazyRecording.of(x, new PlaneCache(1 << 20));
        SampleShape s = x.getSampleShape();
        assertArrayEquals(new long[] {s.cols(), s.rows(), s.planes(), x.getNumSamples()}, lazy.img().dimensionsAsLongArray());
        RandomAccess<?> access = lazy.img().randomAccess();
        int t = x.getNumSamples() - 1;
        access.setPosition(new long[] {s.cols() - 1, s.rows() - 1, s.planes() - 1, t});
        double value = ((RealType<?>) access.get()).getRealDouble();
        assertEquals(expectedValue(t, s.rows() - 1, s.cols() - 1, s.planes() - 1), value, 1e-6);
    }

    private static double[] toDoubles(ImagingExtractor x, Object plane) {
        double[] out = new double[x.getSampleShape().planePixels()];
        for (int i = 0; i < out.length; i++) {
            out[i] = PlaneValues.get(x.getPixelType(), plane, i);
        }
        return out;
    }
}
