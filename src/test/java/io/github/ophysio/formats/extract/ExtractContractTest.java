package io.github.ophysio.formats.extract;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ophysio.formats.FormatRegistry;
import io.github.ophysio.formats.OpenOptions;
import io.github.ophysio.io.mat.MatFixtures;
import io.github.ophysio.model.PixelMask;
import io.github.ophysio.model.SegmentationExtractor;
import io.github.ophysio.model.SegmentationExtractorContractTest;
import io.github.ophysio.model.TraceKind;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;

/**
 * The segmentation contract on each EXTRACT fixture (≥ 1.0 in v7.3 and v5, preprocess 1 and 0; legacy)
 * and on the real public output file of ../shared, opened through the registry.
 */
class ExtractContractTest {

    private static final FormatRegistry REGISTRY = FormatRegistry.load();

    /** EXTRACT ≥ 1.0 fixtures: no rate in the file, images and cell check present. */
    abstract static class Current extends SegmentationExtractorContractTest {
        private final String name;
        private final TraceKind kind;

        Current(String name, TraceKind kind) {
            this.name = name;
            this.kind = kind;
        }

        @Override
        protected SegmentationExtractor extractor() {
            return REGISTRY.openSegmentation(MatFixtures.path(name), OpenOptions.none());
        }

        @Override
        protected void assertKnownValues(SegmentationExtractor x) {
            MatFixtures.assertMasks(x);
            MatFixtures.assertTraces(x, kind, 20000);
            assertTrue(x.getSamplingFrequency().isEmpty(), "EXTRACT stores no rate");
            assertEquals(List.of("summary_image", "max_image", "f_per_pixel"), x.getImageNames());
            MatFixtures.assertImage(x, "summary_image", 1);
            MatFixtures.assertImage(x, "max_image", 2);
            MatFixtures.assertImage(x, "f_per_pixel", 3);
            assertEquals(List.of(false, true, false, true), x.getProperty("is_bad").orElseThrow().values());
            assertEquals(List.of(false, true, false), x.getProperty("is_attr_bad").orElseThrow().values().get(0));
            assertEquals(List.of(3.0, 13.0), x.getProperty("metrics").orElseThrow().values().get(3));
            Map<String, Object> metadata = x.getMetadata();
            assertEquals("1.1.0", metadata.get("version"));
            assertEquals("EXTRACT >= 1.0", metadata.get("layout"));
            assertEquals(10.0, metadata.get("config.thresholds.T_min_snr"));
            assertEquals(List.of("first", "second"), metadata.get("config.notes"));
        }
    }

    @Nested
    class V73Dff extends Current {
        V73Dff() {
            super("extract_v73_dff.mat", TraceKind.DFF);
        }
    }

    @Nested
    class V73Raw extends Current {
        V73Raw() {
            super("extract_v73_raw.mat", TraceKind.RAW);
        }
    }

    @Nested
    class V5Dff extends Current {
        V5Dff() {
            super("extract_v5.mat", TraceKind.DFF);
        }
    }

    @Nested
    class Legacy extends SegmentationExtractorContractTest {
        @Override
        protected SegmentationExtractor extractor() {
            return REGISTRY.openSegmentation(MatFixtures.path("extract_legacy_v73.mat"), OpenOptions.none());
        }

        @Override
        protected void assertKnownValues(SegmentationExtractor x) {
            MatFixtures.assertMasks(x);
            MatFixtures.assertTraces(x, TraceKind.RAW, 30000);
            assertEquals(5.0, x.getSamplingFrequency().getAsDouble(), 1e-12);
            assertEquals("T / time.totalTime", x.getMetadata().get("samplingFrequencySource"));
            assertEquals(List.of("correlation"), x.getImageNames());
            MatFixtures.assertImage(x, "correlation", 1);
            assertEquals("0.6.1", x.getMetadata().get("version"));
            assertEquals("legacy EXTRACT", x.getMetadata().get("layout"));
            assertEquals("/data/legacy_movie.h5", x.getMetadata().get("file"));
            assertTrue(x.getProperties().isEmpty());
        }
    }

    /** ../shared/fixtures/real/matlab/extract_public_output (values read with h5py, MATLAB order). */
    @Nested
    class RealPublicOutput extends SegmentationExtractorContractTest {
        @Override
        protected SegmentationExtractor extractor() {
            return REGISTRY.openSegmentation(MatFixtures.realExtract(), OpenOptions.none());
        }

        @Override
        protected void assertKnownValues(SegmentationExtractor x) {
            assertArrayEquals(new int[] {50, 50}, x.getFrameShape());
            assertEquals(20, x.getNumRois());
            assertEquals(2000, x.getNumSamples());
            assertEquals(List.of(TraceKind.DFF), List.copyOf(x.getTraceKinds()), "config.preprocess is 1");
            assertTrue(x.getSamplingFrequency().isEmpty());
            PixelMask first = x.getPixelMask(0);
            assertEquals(257, first.pixelCount());
            assertEquals(81.85997, first.weightSum(), 1e-3);
            assertEquals(1.0, x.getImageMask(0)[29 * 50 + 12], 1e-6, "ROI 0 peaks at row 29, col 12");
            for (int k = 0; k < 20; k++) {
                assertTrue(x.getPixelMask(k).pixelCount() > 0, "every mask is non-zero");
            }
            assertEquals(-0.01405001f, x.getTraces(TraceKind.DFF).get(0, 0), 1e-7);
            assertEquals(-0.01072358f, x.getTraces(TraceKind.DFF).get(1, 0), 1e-7);
            assertEquals(-0.0047868383f, x.getTraces(TraceKind.DFF).get(1999, 19), 1e-9);
            assertEquals(0.06053319200873375, x.getImage("summary_image")[1], 1e-7, "row 0, col 1");
            assertEquals(0.04497271403670311, x.getImage("summary_image")[50], 1e-7, "row 1, col 0");
            assertEquals(Collections.nCopies(20, false), x.getProperty("is_bad").orElseThrow().values());
            assertEquals(9, ((List<?>) x.getProperty("is_attr_bad").orElseThrow().values().get(0)).size());
            assertEquals("1.1.0", x.getMetadata().get("version"));
            assertEquals(true, x.getMetadata().get("config.preprocess"));
            assertEquals("raw", x.getMetadata().get("config.trace_output_option"));
        }
    }
}
