package io.github.ophysio.formats.minian;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ophysio.formats.FormatRegistry;
import io.github.ophysio.formats.OpenOptions;
import io.github.ophysio.model.PixelMask;
import io.github.ophysio.model.SegmentationExtractor;
import io.github.ophysio.model.SegmentationExtractorContractTest;
import io.github.ophysio.model.TraceKind;
import io.github.ophysio.testing.Fixtures;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The segmentation contract on the Minian folders zarr-python wrote (values from the generator's
 * docstring): today's layout with times, background and max_proj, and the 2019 layout with A stored
 * (height, width, unit_id) and traces (frame, unit_id), read the same by dimension names.
 */
class MinianSegmentationContractTest {

    private static final FormatRegistry REGISTRY = FormatRegistry.load();
    static final int ROWS = 13;
    static final int COLS = 17;
    static final int T = 11;
    /** Unit boxes (row0, col0, row1, col1), as the generator draws them. */
    private static final int[][] BOXES = {{0, 0, 3, 3}, {5, 3, 11, 10}, {4, 11, 9, 14}, {9, 13, 13, 17}};

    static SegmentationExtractor open(String name, Map<String, String> options) {
        return REGISTRY.openSegmentation(Fixtures.path("minian", name), OpenOptions.of(options));
    }

    /** What both layouts hold alike: ids, frame, masks with their weights, C and S. */
    static void assertCommon(SegmentationExtractor x) {
        assertEquals(List.of(3, 5, 8, 13), x.getRoiIds());
        assertArrayEquals(new int[] {ROWS, COLS}, x.getFrameShape());
        assertEquals(T, x.getNumSamples());
        for (int k = 0; k < 4; k++) {
            PixelMask mask = x.getPixelMask(k);
            int[] box = BOXES[k];
            assertArrayEquals(box, mask.bbox(), "box of unit " + k);
            assertEquals((box[2] - box[0]) * (box[3] - box[1]), mask.pixelCount());
            for (int i = 0; i < mask.size(); i++) {
                float expected = (float) ((k + 1) + (mask.rows()[i] * 32 + mask.cols()[i]) / 1024.0);
                assertEquals(expected, mask.weights()[i], "weight of unit " + k);
            }
        }
        assertEquals(100.0 * 2 + 7, x.getTrace(TraceKind.DENOISED, 2)[7]);
        assertEquals(1000.0 + 100 * 3 + 10, x.readTraces(TraceKind.DECONVOLVED, 9, 11, new int[] {1, 3}).get(1, 1));
        assertEquals(1000.0 + 100 + 9, x.readTraces(TraceKind.DECONVOLVED, 9, 11, new int[] {1, 3}).get(0, 0));
    }

    @Nested
    class Current extends SegmentationExtractorContractTest {
        @Override
        protected SegmentationExtractor extractor() {
            return open("current", Map.of());
        }

        @Override
        protected void assertKnownValues(SegmentationExtractor x) {
            assertCommon(x);
            assertEquals(List.of(TraceKind.DENOISED, TraceKind.DECONVOLVED, TraceKind.BASELINE),
                    List.copyOf(x.getTraceKinds()));
            assertEquals(-(100.0 * 3 + 4), x.getTrace(TraceKind.BASELINE, 3)[4]);
            assertEquals(1, x.getNumBackground());
            assertEquals((float) ((5 * 32 + 6) / 4096.0), x.getBackgroundMask(0).toImage(ROWS, COLS)[5 * COLS + 6]);
            assertEquals(2 * 6 + 0.5, x.readBackgroundTraces(6, 7, new int[] {0}).get(0, 0));
            assertEquals(List.of(MinianOpener.IMAGE), x.getImageNames());
            assertEquals(12 * 100f + 16, x.getImage(MinianOpener.IMAGE)[12 * COLS + 16]);
            double[] times = x.getNativeTimestamps(0, T);
            // C keeps frames 2 .. 12: the CSV's rows of those frames, ms -> s
            for (int i = 0; i < T; i++) {
                int frame = i + 2;
                assertEquals((33 * frame + frame % 3 - 6) / 1000.0, times[i], 1e-12, "time of sample " + i);
            }
            assertTrue(x.getSamplingFrequency().isEmpty(), "irregular times give no rate");
        }
    }

    @Nested
    class Layout2019 extends SegmentationExtractorContractTest {
        @Override
        protected SegmentationExtractor extractor() {
            return open("layout2019", Map.of());
        }

        @Override
        protected void assertKnownValues(SegmentationExtractor x) {
            assertCommon(x);
            assertEquals(List.of(TraceKind.DENOISED, TraceKind.DECONVOLVED), List.copyOf(x.getTraceKinds()));
            assertEquals(0, x.getNumBackground());
            assertEquals(List.of(), x.getImageNames());
            assertNull(x.getNativeTimestamps(0, T));
            assertTrue(x.getSamplingFrequency().isEmpty());
        }
    }

    @Test
    void fsGivenIsTheRate() {
        assertEquals(15.0, open("current", Map.of(OpenOptions.FS, "15")).getSamplingFrequency().getAsDouble());
    }

    @Test
    void bothLayoutsGiveTheSameMasksAndTraces() {
        SegmentationExtractor now = open("current", Map.of());
        SegmentationExtractor old = open("layout2019", Map.of());
        for (int k = 0; k < 4; k++) {
            assertArrayEquals(now.getImageMask(k), old.getImageMask(k));
            assertArrayEquals(now.getTrace(TraceKind.DENOISED, k), old.getTrace(TraceKind.DENOISED, k));
        }
    }

    @Test
    void aMinianFolderIsNotARecording() {
        var path = Fixtures.path("minian", "current");
        Fixtures.assertError(path, io.github.ophysio.error.UnsupportedFormatException.class,
                () -> REGISTRY.openImaging(path, OpenOptions.none()), "Minian segmentation", "not a recording");
    }
}
