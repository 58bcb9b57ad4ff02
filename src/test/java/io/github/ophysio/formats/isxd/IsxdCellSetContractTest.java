package io.github.ophysio.formats.isxd;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ophysio.formats.FormatRegistry;
import io.github.ophysio.formats.OpenOptions;
import io.github.ophysio.model.PixelMask;
import io.github.ophysio.model.SegmentationExtractor;
import io.github.ophysio.model.SegmentationExtractorContractTest;
import io.github.ophysio.model.TraceBlock;
import io.github.ophysio.model.TraceKind;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;

/** The {@link SegmentationExtractor} contract on the cell-set fixtures and on the real cell sets (20 cells, none). */
class IsxdCellSetContractTest {

    private static final FormatRegistry REGISTRY = FormatRegistry.load();

    /** The contract on one fixture: every footprint weight and trace value from the position coding. */
    abstract static class OnFixture extends SegmentationExtractorContractTest {
        private final IsxdCellSetFixture fixture;

        OnFixture(String name) {
            this.fixture = IsxdCellSetFixture.named(name);
        }

        @Override
        protected SegmentationExtractor extractor() {
            return REGISTRY.openSegmentation(fixture.path(), OpenOptions.none());
        }

        @Override
        protected void assertKnownValues(SegmentationExtractor x) {
            assertEquals(fixture.ids(), x.getRoiIds());
            assertArrayEquals(new int[] {fixture.rows(), fixture.cols()}, x.getFrameShape());
            assertEquals(fixture.samples(), x.getNumSamples());
            assertEquals(fixture.samplingFrequency(), x.getSamplingFrequency().getAsDouble());
            assertEquals(Set.of(TraceKind.RAW), x.getTraceKinds());
            for (int i = 0; i < x.getNumRois(); i++) {
                assertMask(i, x.getPixelMask(i));
            }
            TraceBlock all = x.getTraces(TraceKind.RAW);
            for (int t = 0; t < all.samples(); t++) {
                for (int i = 0; i < all.rois(); i++) {
                    assertEquals(fixture.trace(i, t), all.get(t, i), fixture + " trace of cell " + i + " at " + t);
                }
            }
        }

        /** Exactly the listed pixels, in row-major order, with their coded weights. */
        private void assertMask(int i, PixelMask mask) {
            List<int[]> pixels = fixture.pixels(i).stream()
                    .sorted((a, b) -> a[0] != b[0] ? a[0] - b[0] : a[1] - b[1]).toList();
            assertEquals(pixels.size(), mask.size(), fixture + " cell " + i + " pixels");
            for (int k = 0; k < pixels.size(); k++) {
                int r = pixels.get(k)[0];
                int c = pixels.get(k)[1];
                assertEquals(r, mask.rows()[k]);
                assertEquals(c, mask.cols()[k]);
                assertEquals(fixture.weight(i, r, c), mask.weights()[k], fixture + " cell " + i + " (" + r + ", " + c + ")");
            }
        }
    }

    @Nested
    class FiveCellsAllStatuses extends OnFixture {
        FiveCellsAllStatuses() {
            super("cellset_5cells_12x7x10.isxd");
        }
    }

    @Nested
    class UnnamedCellsWithInvalidTimes extends OnFixture {
        UnnamedCellsWithInvalidTimes() {
            super("cellset_unnamed_11cells_6x4x5.isxd");
        }
    }

    @Nested
    class EmptyFixture extends OnFixture {
        EmptyFixture() {
            super("cellset_empty_9x3x6.isxd");
        }
    }

    /** The real 20-cell set: README values (ids C00-C19, frame 52 x 50, cell 0's peak and first trace values). */
    @Nested
    class RealCellSet extends SegmentationExtractorContractTest {
        @Override
        protected SegmentationExtractor extractor() {
            return REGISTRY.openSegmentation(RealIsxd.path(RealIsxd.CELL_SET), OpenOptions.none());
        }

        @Override
        protected void assertKnownValues(SegmentationExtractor x) {
            assertEquals(20, x.getNumRois());
            assertEquals("C00", x.getRoiIds().get(0));
            assertEquals("C19", x.getRoiIds().get(19));
            assertArrayEquals(new int[] {52, 50}, x.getFrameShape());
            assertEquals(2047, x.getNumSamples());
            assertEquals(10.0, x.getSamplingFrequency().getAsDouble());
            double[] trace = x.getTrace(TraceKind.RAW, 0);
            assertEquals(126.17, trace[0], 0.005);
            assertEquals(160.14, trace[1], 0.005);
            assertEquals(185.55, trace[2], 0.005);
            assertTrue(x.getPixelMask(0).size() > 0);
        }
    }

    /** The real empty cell set: 0 ROIs over a 4 x 5 frame and 7 samples at 40 Hz. */
    @Nested
    class RealEmptyCellSet extends SegmentationExtractorContractTest {
        @Override
        protected SegmentationExtractor extractor() {
            return REGISTRY.openSegmentation(RealIsxd.path(RealIsxd.EMPTY_CELL_SET), OpenOptions.none());
        }

        @Override
        protected void assertKnownValues(SegmentationExtractor x) {
            assertEquals(0, x.getNumRois());
            assertArrayEquals(new int[] {4, 5}, x.getFrameShape());
            assertEquals(7, x.getNumSamples());
            assertEquals(40.0, x.getSamplingFrequency().getAsDouble());
            assertEquals(0, x.getTraces(TraceKind.RAW).values().length);
            assertEquals(true, x.getMetadata().get("emptyCellSet"));
        }
    }
}
