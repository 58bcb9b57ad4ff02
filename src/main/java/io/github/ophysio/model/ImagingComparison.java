package io.github.ophysio.model;

import java.util.Arrays;
import java.util.Objects;

/**
 * Checks that two recordings are the same (roiextractors' {@code check_imaging_equal}): samples,
 * shape, pixel type, rate, time base and every plane. Throws {@link AssertionError} naming the
 * first difference.
 */
public final class ImagingComparison {

    private ImagingComparison() {
    }

    public static void assertSameImaging(ImagingExtractor expected, ImagingExtractor actual) {
        same("number of samples", expected.getNumSamples(), actual.getNumSamples());
        same("sample shape", expected.getSampleShape(), actual.getSampleShape());
        same("pixel type", expected.getPixelType(), actual.getPixelType());
        same("sampling frequency", expected.getSamplingFrequency(), actual.getSamplingFrequency());
        if (!Arrays.equals(expected.getTimestamps(), actual.getTimestamps())) {
            throw new AssertionError("timestamps differ");
        }
        for (int t = 0; t < expected.getNumSamples(); t++) {
            for (int p = 0; p < expected.getNumPlanes(); p++) {
                samePlane(expected, actual, t, p);
            }
        }
    }

    private static void samePlane(ImagingExtractor expected, ImagingExtractor actual, int t, int p) {
        Object a = expected.getPlane(t, p);
        Object b = actual.getPlane(t, p);
        if (!Arrays.deepEquals(new Object[] {a}, new Object[] {b})) {
            throw new AssertionError("sample " + t + " plane " + p + " differs");
        }
    }

    private static void same(String what, Object expected, Object actual) {
        if (!Objects.equals(expected, actual)) {
            throw new AssertionError(what + ": expected " + expected + ", found " + actual);
        }
    }
}
