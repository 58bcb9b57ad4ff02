package io.github.ophysio.model;

import java.util.Arrays;
import java.util.Objects;

/**
 * Checks that two segmentations are the same (roiextractors' {@code check_segmentations_equal}):
 * ids, frame, samples, rate, masks, every trace kind, properties and images. Throws
 * {@link AssertionError} naming the first difference.
 */
public final class SegmentationComparison {

    private SegmentationComparison() {
    }

    public static void assertSameSegmentation(SegmentationExtractor expected, SegmentationExtractor actual) {
        same("ROI ids", expected.getRoiIds(), actual.getRoiIds());
        same("frame shape", Arrays.toString(expected.getFrameShape()), Arrays.toString(actual.getFrameShape()));
        same("number of samples", expected.getNumSamples(), actual.getNumSamples());
        same("sampling frequency", expected.getSamplingFrequency(), actual.getSamplingFrequency());
        same("trace kinds", expected.getTraceKinds(), actual.getTraceKinds());
        same("properties", expected.getProperties(), actual.getProperties());
        same("image names", expected.getImageNames(), actual.getImageNames());
        for (int i = 0; i < expected.getNumRois(); i++) {
            sameArrays("mask of ROI " + i, expected.getImageMask(i), actual.getImageMask(i));
        }
        for (TraceKind kind : expected.getTraceKinds()) {
            sameArrays(kind.key() + " traces", expected.getTraces(kind).values(), actual.getTraces(kind).values());
        }
        for (String image : expected.getImageNames()) {
            sameArrays("image " + image, expected.getImage(image), actual.getImage(image));
        }
    }

    private static void sameArrays(String what, float[] expected, float[] actual) {
        if (!Arrays.equals(expected, actual)) {
            throw new AssertionError(what + " differ");
        }
    }

    private static void sameArrays(String what, double[] expected, double[] actual) {
        if (!Arrays.equals(expected, actual)) {
            throw new AssertionError(what + " differ");
        }
    }

    private static void same(String what, Object expected, Object actual) {
        if (!Objects.equals(expected, actual)) {
            throw new AssertionError(what + ": expected " + expected + ", found " + actual);
        }
    }
}
