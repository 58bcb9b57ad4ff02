package io.github.ophysio.formats.caiman;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ophysio.formats.DataKind;
import io.github.ophysio.formats.FormatRegistry;
import io.github.ophysio.formats.OpenOptions;
import io.github.ophysio.model.ImagingExtractor;
import io.github.ophysio.model.ImagingExtractorContractTest;
import io.github.ophysio.model.PixelMask;
import io.github.ophysio.model.PixelType;
import io.github.ophysio.model.SampleShape;
import io.github.ophysio.model.SegmentationExtractor;
import io.github.ophysio.model.SegmentationExtractorContractTest;
import io.github.ophysio.model.TraceKind;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The real CaImAn files of {@code ../shared/fixtures/real/caiman} load with the values their README
 * gives (checked with numpy/scipy: A scattered in Fortran order, raw = C + YrA).
 */
class RealCaimanTest {

    private static final FormatRegistry REGISTRY = FormatRegistry.load();

    @Nested
    class Analysis extends SegmentationExtractorContractTest {
        @Override
        protected SegmentationExtractor extractor() {
            return REGISTRY.openSegmentation(CaimanFixtures.real(CaimanFixtures.REAL_ANALYSIS), OpenOptions.none());
        }

        @Override
        protected void assertKnownValues(SegmentationExtractor x) {
            assertArrayEquals(new int[] {128, 128}, x.getFrameShape());
            assertEquals(72, x.getNumRois());
            assertEquals(1000, x.getNumSamples());
            assertEquals(30.0, x.getSamplingFrequency().getAsDouble());
            int nnz = 0;
            for (int k = 0; k < 72; k++) {
                nnz += x.getPixelMask(k).size();
            }
            assertEquals(25527, nnz, "nnz of estimates/A");
            assertEquals(List.of(TraceKind.RAW, TraceKind.DFF, TraceKind.DECONVOLVED, TraceKind.DENOISED),
                    List.copyOf(x.getTraceKinds()));
            assertEquals(Collections.nCopies(72, true), x.getProperty("is_accepted").orElseThrow().values());
            assertEquals(List.of("is_accepted"), x.getProperties().stream().map(p -> p.name()).toList());
            assertEquals(List.of("background0", "background1"), x.getBackgroundIds());
            assertEquals("1.8.5", x.getMetadata().get("caiman_version"));
            assertTraceValues(x);
            assertMasks(x);
        }

        private void assertTraceValues(SegmentationExtractor x) {
            assertEquals(109.16332027813213, x.readTraces(TraceKind.RAW, 0, 1, new int[] {0}).get(0, 0), 1e-4);
            assertEquals(-25.791228602153424, x.readTraces(TraceKind.RAW, 999, 1000, new int[] {71}).get(0, 0), 1e-4);
            assertEquals(0.004683714359998703, x.getTraces(TraceKind.DECONVOLVED).get(10, 5), 1e-9);
            assertEquals(0.014618483870766972, x.getTraces(TraceKind.DFF).get(2, 3), 1e-9);
            assertEquals(11501.098259142089, x.readBackgroundTraces(7, 8, new int[] {1}).get(0, 0), 1e-2);
        }

        /** Where each footprint peaks, found with scipy reshaping A's columns in Fortran order. */
        private void assertMasks(SegmentationExtractor x) {
            PixelMask first = x.getPixelMask(0);
            assertEquals(312, first.pixelCount());
            assertEquals(15.708490798410116, first.weightSum(), 1e-4);
            assertEquals(0.0914333440725058, x.getImageMask(0)[13 * 128 + 17], 1e-7);
            assertEquals(0.11842099047243977, x.getImageMask(71)[13 * 128 + 1], 1e-7);
            assertEquals(16384, x.getBackgroundMask(0).pixelCount());
            assertEquals(15683, x.getBackgroundMask(1).pixelCount());
            assertEquals(0.02236653518436564, x.getImage("mean")[3 * 128 + 100], 1e-6);
        }
    }

    @Nested
    class Memmap extends ImagingExtractorContractTest {
        @Override
        protected ImagingExtractor extractor() {
            return REGISTRY.openImaging(CaimanFixtures.real(CaimanFixtures.REAL_MMAP), OpenOptions.none());
        }

        /** Every value of this file is 0: it tests name parsing and size only. */
        @Override
        protected double expectedValue(int t, int r, int c, int p) {
            return 0;
        }

        @Test
        void shapeComesFromTheName() {
            Path path = CaimanFixtures.real(CaimanFixtures.REAL_MMAP);
            ImagingExtractor x = extractor();
            assertEquals(12, x.getNumSamples());
            assertEquals(new SampleShape(10, 11, 1), x.getSampleShape());
            assertEquals(PixelType.FLOAT32, x.getPixelType());
            assertEquals("F", x.getMetadata().get("order"));
            assertEquals(DataKind.IMAGING, REGISTRY.readerFor(path, OpenOptions.none()).kind(path, OpenOptions.none()));
            assertTrue(x.getSamplingFrequency().isEmpty(), "a memmap states no rate");
        }
    }
}
