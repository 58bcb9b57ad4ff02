package io.github.ophysio.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The segmentation contract on synthetic data and on every view. */
class SyntheticSegmentationContractTest {

    @Nested
    class Standard extends SegmentationExtractorContractTest {
        @Override
        protected SegmentationExtractor extractor() {
            return SyntheticSegmentation.standard();
        }

        @Override
        protected void assertKnownValues(SegmentationExtractor x) {
            assertEquals(List.of(10, 11, 12, 13, 14, 15), x.getRoiIds());
            assertEquals(SyntheticSegmentation.expectedTrace(TraceKind.DFF, 4, 3), x.getTraces(TraceKind.DFF).get(4, 3));
            assertArrayEquals(new int[] {0, 0, 3, 3}, x.getPixelMask(0).bbox());
            assertArrayEquals(new int[] {6, 2, 8, 11}, x.getPixelMask(1).bbox(), "two pieces, one ROI");
        }
    }

    @Nested
    class Selection extends SegmentationExtractorContractTest {
        @Override
        protected SegmentationExtractor extractor() {
            return SyntheticSegmentation.standard().selectRois(4, 1, 5);
        }

        @Override
        protected void assertKnownValues(SegmentationExtractor x) {
            assertEquals(List.of(14, 11, 15), x.getRoiIds());
            assertEquals(List.of(true, true, false), x.getProperty("is_accepted").orElseThrow().values());
            assertEquals(SyntheticSegmentation.expectedTrace(TraceKind.RAW, 2, 5), x.getTraces(TraceKind.RAW).get(2, 2));
        }
    }

    @Nested
    class SampleSlice extends SegmentationExtractorContractTest {
        @Override
        protected SegmentationExtractor extractor() {
            return SyntheticSegmentation.standard().sliceSamples(3, 9);
        }

        @Override
        protected void assertKnownValues(SegmentationExtractor x) {
            assertEquals(6, x.getNumSamples());
            assertEquals(SyntheticSegmentation.expectedTrace(TraceKind.RAW, 3, 0), x.getTraces(TraceKind.RAW).get(0, 0));
            assertEquals(-4f, x.readBackgroundTraces(0, 1, new int[] {0}).get(0, 0));
        }
    }

    @Nested
    class TwoPlanes extends SegmentationExtractorContractTest {
        @Override
        protected SegmentationExtractor extractor() {
            Map<String, SegmentationExtractor> planes = new LinkedHashMap<>();
            planes.put("plane0", SyntheticSegmentation.standard());
            planes.put("plane1", SyntheticSegmentation.of(3, 12, 30, 7));
            return SegmentationExtractor.combinePlanes(planes);
        }

        @Override
        protected void assertKnownValues(SegmentationExtractor x) {
            assertEquals(9, x.getNumRois());
            assertEquals("plane1/10", x.getRoiIds().get(6));
            assertArrayEquals(new int[] {20, 30}, x.getFrameShape());
            assertEquals(9, x.getNumSamples());
            assertEquals(Float.NaN, x.getTraces(TraceKind.RAW).get(8, 6), "shorter plane padded with NaN");
            assertEquals(SyntheticSegmentation.expectedTrace(TraceKind.RAW, 6, 0), x.getTraces(TraceKind.RAW).get(6, 6));
            assertEquals("plane1", x.getProperty("plane").orElseThrow().values().get(7));
        }
    }

    @Test
    void comparisonFindsDifferences() {
        SegmentationComparison.assertSameSegmentation(SyntheticSegmentation.standard(), SyntheticSegmentation.standard());
        org.junit.jupiter.api.Assertions.assertThrows(AssertionError.class, () -> SegmentationComparison
                .assertSameSegmentation(SyntheticSegmentation.standard(), SyntheticSegmentation.standard().selectRois(0)));
    }
}
