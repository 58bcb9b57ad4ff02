package io.github.ophysio.formats.caiman;

import static io.github.ophysio.formats.caiman.CaimanFixtures.D1;
import static io.github.ophysio.formats.caiman.CaimanFixtures.D2;
import static io.github.ophysio.formats.caiman.CaimanFixtures.K;
import static io.github.ophysio.formats.caiman.CaimanFixtures.T;
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
import java.util.Map;
import org.junit.jupiter.api.Nested;

/** The segmentation contract on the generated cnm.save() files, with their position-coded values. */
class CaimanSegmentationContractTest {

    private static final FormatRegistry REGISTRY = FormatRegistry.load();

    /** Bounding boxes and pixel counts of the five ROI shapes the generator draws. */
    private static final int[][] BBOX = {{0, 0, 3, 3}, {5, 3, 11, 10}, {4, 11, 9, 14}, {5, 11, 9, 16}, {9, 13, 13, 17}};
    private static final int[] PIXELS = {9, 8, 7, 20, 7};

    static SegmentationExtractor open(String name) {
        return REGISTRY.openSegmentation(CaimanFixtures.path(name), OpenOptions.none());
    }

    /** What both files share: ids, frame, masks (Fortran-ordered, unsorted in the file) and traces. */
    static void assertCommonValues(SegmentationExtractor x) {
        assertEquals(List.of(0, 1, 2, 3, 4), x.getRoiIds());
        assertArrayEquals(new int[] {D1, D2}, x.getFrameShape());
        assertEquals(T, x.getNumSamples());
        for (int k = 0; k < K; k++) {
            PixelMask mask = x.getPixelMask(k);
            assertArrayEquals(BBOX[k], mask.bbox(), "bbox of ROI " + k);
            assertEquals(PIXELS[k], mask.pixelCount(), "pixels of ROI " + k);
            for (int i = 0; i < mask.size(); i++) {
                assertEquals(CaimanFixtures.weight(k, mask.rows()[i], mask.cols()[i]), mask.weights()[i],
                        "weight of ROI " + k + " at " + mask.rows()[i] + ", " + mask.cols()[i]);
            }
        }
        assertTrue(x.getImageMask(2)[6 * D2 + 12] > 0 && x.getImageMask(3)[6 * D2 + 12] > 0, "ROIs 2 and 3 overlap");
        assertEquals(0f, x.getImageMask(1)[7 * D2 + 6], "ROI 1 is two pieces with a gap");
        TraceBlock raw = x.readTraces(TraceKind.RAW, 2, 9, new int[] {4, 1, 2});
        assertEquals(CaimanFixtures.raw(4, 2), raw.get(0, 0));
        assertEquals(CaimanFixtures.raw(1, 8), raw.get(6, 1));
        assertEquals(CaimanFixtures.coded(10000, 3, 10), x.getTrace(TraceKind.DENOISED, 3)[10]);
        assertEquals(CaimanFixtures.coded(20000, 0, 5), x.getTraces(TraceKind.DECONVOLVED).get(5, 0));
    }

    @Nested
    class Accepted extends SegmentationExtractorContractTest {
        @Override
        protected SegmentationExtractor extractor() {
            return open(CaimanFixtures.ACCEPTED);
        }

        @Override
        protected void assertKnownValues(SegmentationExtractor x) {
            assertCommonValues(x);
            assertEquals(7.5, x.getSamplingFrequency().getAsDouble());
            assertEquals(List.of(TraceKind.RAW, TraceKind.DFF, TraceKind.DECONVOLVED, TraceKind.DENOISED),
                    List.copyOf(x.getTraceKinds()));
            assertEquals(CaimanFixtures.coded(30000, 2, 7), x.getTraces(TraceKind.DFF).get(7, 2));
            assertEquals(List.of(true, false, true, false, true), x.getProperty("is_accepted").orElseThrow().values());
            assertEquals(List.of(0.0, 1.5, 3.0, 4.5, 6.0), x.getProperty("snr").orElseThrow().values());
            assertEquals(List.of(-0.25, -0.125, 0.0, 0.125, 0.25), x.getProperty("r_values").orElseThrow().values());
            assertTrue(x.getProperty("cnn_preds").isEmpty(), "a zero-length cnn_preds is absent");
            assertImages(x);
            assertBackground(x);
            assertEquals("1.11.3", x.getMetadata().get("caiman_version"));
            assertEquals("/data/mouse1/movie.tif", x.getMetadata().get("fnames"));
        }

        private void assertImages(SegmentationExtractor x) {
            assertEquals(List.of("correlation", "mean"), x.getImageNames());
            float[] cn = x.getImage("correlation");
            assertEquals(CaimanFixtures.correlation(12, 3), cn[12 * D2 + 3], "Cn is (d1, d2): not transposed");
            assertEquals(CaimanFixtures.correlation(0, 16), cn[16]);
            float[] mean = x.getImage("mean");
            assertEquals(CaimanFixtures.background(0, 4, 9) + CaimanFixtures.background(1, 4, 9), mean[4 * D2 + 9], 1e-5);
        }

        private void assertBackground(SegmentationExtractor x) {
            assertEquals(List.of("background0", "background1"), x.getBackgroundIds());
            float[] b1 = x.getBackgroundMask(1).toImage(D1, D2);
            assertEquals(CaimanFixtures.background(1, 7, 15), b1[7 * D2 + 15], "b is Fortran-ordered");
            TraceBlock f = x.readBackgroundTraces(3, 6, new int[] {1, 0});
            assertEquals(CaimanFixtures.backgroundTrace(1, 3), f.get(0, 0));
            assertEquals(CaimanFixtures.backgroundTrace(0, 5), f.get(2, 1));
        }
    }

    @Nested
    class NoneStored extends SegmentationExtractorContractTest {
        @Override
        protected SegmentationExtractor extractor() {
            return open(CaimanFixtures.NONE);
        }

        @Override
        protected void assertKnownValues(SegmentationExtractor x) {
            assertCommonValues(x);
            assertEquals(30.0, x.getSamplingFrequency().getAsDouble());
            assertEquals(List.of(TraceKind.RAW, TraceKind.DECONVOLVED, TraceKind.DENOISED), List.copyOf(x.getTraceKinds()));
            assertEquals(List.of(true, true, true, true, true), x.getProperty("is_accepted").orElseThrow().values());
            assertEquals(List.of("is_accepted"), x.getProperties().stream().map(p -> p.name()).toList());
            assertEquals(List.of(), x.getImageNames());
            assertEquals(0, x.getNumBackground());
            assertEquals("1.8.5", x.getMetadata().get("caiman_version"));
            assertEquals(30L, x.getMetadata().get("fr"), "an int32 rate stays a whole number");
        }
    }

    @Nested
    class SparseBackground extends SegmentationExtractorContractTest {
        @Override
        protected SegmentationExtractor extractor() {
            return open(CaimanFixtures.SPARSE_B);
        }

        @Override
        protected void assertKnownValues(SegmentationExtractor x) {
            assertCommonValues(x);
            assertEquals(20.0, x.getSamplingFrequency().getAsDouble());
            assertEquals(List.of(false, false, false, false, false), x.getProperty("is_accepted").orElseThrow().values(),
                    "a zero-length idx_components accepts nothing");
            List<Object> cnn = x.getProperty("cnn_preds").orElseThrow().values();
            assertEquals(0.5 + 3 / 16.0, (double) cnn.get(3), 1e-7);
            assertEquals(List.of("background0"), x.getBackgroundIds());
            PixelMask b = x.getBackgroundMask(0);
            assertEquals(D1 * D2 - 1, b.pixelCount(), "pixel 0 is not stored");
            float[] image = b.toImage(D1, D2);
            assertEquals((5 + 11 * D1) / 1024f, image[5 * D2 + 11], 1e-7, "CSC b is Fortran-ordered");
            assertEquals((5 + 11 * D1) / 1024f, x.getImage("mean")[5 * D2 + 11], 1e-7);
            assertEquals(CaimanFixtures.backgroundTrace(0, 10), x.readBackgroundTraces(0, T, new int[] {0}).get(10, 0));
        }
    }

    @Nested
    class RateFromOptions extends SegmentationExtractorContractTest {
        @Override
        protected SegmentationExtractor extractor() {
            return REGISTRY.openSegmentation(CaimanFixtures.path(CaimanFixtures.ACCEPTED),
                    OpenOptions.of(Map.of(OpenOptions.FS, "20")));
        }

        @Override
        protected void assertKnownValues(SegmentationExtractor x) {
            assertEquals(20.0, x.getSamplingFrequency().getAsDouble(), "fs= replaces the file's rate");
            assertEquals(7.5, x.getMetadata().get("fr"), "the file's rate stays in the metadata");
        }
    }
}
