package io.github.ophysio.formats.nwb;

import static io.github.ophysio.formats.nwb.NwbSegmentationFixtures.IDS;
import static io.github.ophysio.formats.nwb.NwbSegmentationFixtures.SAMPLES;
import static io.github.ophysio.formats.nwb.NwbSegmentationFixtures.assertDrawings;
import static io.github.ophysio.formats.nwb.NwbSegmentationFixtures.open;
import static io.github.ophysio.formats.nwb.NwbSegmentationFixtures.trace;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.ophysio.formats.FormatRegistry;
import io.github.ophysio.formats.OpenOptions;
import io.github.ophysio.model.SegmentationExtractor;
import io.github.ophysio.model.SegmentationExtractorContractTest;
import io.github.ophysio.model.TraceBlock;
import io.github.ophysio.model.TraceKind;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;

/** The segmentation contract on every NWB PlaneSegmentation fixture and on the real nwb_test.nwb. */
class NwbSegmentationContractTest {

    @Nested
    class ImageMasks extends SegmentationExtractorContractTest {
        @Override
        protected SegmentationExtractor extractor() {
            return open("image_masks.nwb", Map.of());
        }

        @Override
        protected void assertKnownValues(SegmentationExtractor x) {
            assertEquals(IDS, x.getRoiIds());
            assertDrawings(x, 0, 1, 2, 3);
            assertEquals(List.of(TraceKind.RAW, TraceKind.DFF, TraceKind.NEUROPIL), List.copyOf(x.getTraceKinds()));
            assertEquals(10.0, x.getSamplingFrequency().getAsDouble());
            assertEquals(trace("raw", 4, 2), x.getTraces(TraceKind.RAW).get(4, 2), "conversion and offset applied");
            assertEquals(trace("neuropil", 9, 3), x.getTrace(TraceKind.NEUROPIL, 3)[9]);
            assertEquals(List.of("correlation", "mean"), x.getImageNames());
            assertEquals(3 * 9 + 5, x.getImage("mean")[3 * 9 + 5], "images transposed into (rows, cols)");
            assertEquals(100 + 6 * 9 + 8, x.getImage("correlation")[6 * 9 + 8]);
        }
    }

    @Nested
    class PixelMasksBesideAMovie extends SegmentationExtractorContractTest {
        @Override
        protected SegmentationExtractor extractor() {
            return open("pixel_masks.nwb", Map.of());
        }

        @Override
        protected void assertKnownValues(SegmentationExtractor x) {
            assertEquals(IDS, x.getRoiIds());
            assertDrawings(x, 0, 1, 2, 3);
            assertEquals(List.of(TraceKind.RAW, TraceKind.DECONVOLVED, TraceKind.DENOISED, TraceKind.BASELINE),
                    List.copyOf(x.getTraceKinds()));
            assertTrue(x.hasNativeTimestamps());
            assertEquals(0.25, x.getTimestamps()[2], 1e-12);
            TraceBlock baseline = x.readTraces(TraceKind.BASELINE, 3, 5, new int[] {1, 3});
            assertEquals(trace("baseline", 3, 1), baseline.get(0, 0), "region [3, 2, 1, 0] matched to ROIs");
            assertEquals(trace("baseline", 4, 3), baseline.get(1, 1));
            assertEquals(trace("denoised", 7, 0), x.getTrace(TraceKind.DENOISED, 0)[7]);
            assertEquals("/acquisition/TwoPhotonSeries", x.getMetadata().get("frameShapeFrom"));
        }
    }

    @Nested
    class VoxelMasksProjected extends SegmentationExtractorContractTest {
        @Override
        protected SegmentationExtractor extractor() {
            return open("voxel_masks.nwb", Map.of());
        }

        @Override
        protected void assertKnownValues(SegmentationExtractor x) {
            assertDrawings(x, 0, 1, 2, 3);
            assertEquals(List.of(List.of(0), List.of(1), List.of(0, 2), List.of(1)),
                    x.getProperty("z").orElseThrow().values());
            assertEquals(5.0, x.getSamplingFrequency().getAsDouble());
            assertEquals(2.2, x.getTimestamps()[1], 1e-12, "starting_time 2.0 at 5 Hz");
            assertEquals(trace("raw", SAMPLES - 1, 2), x.getTrace(TraceKind.RAW, 2)[SAMPLES - 1]);
            assertEquals(List.of("correlation", "mean"), x.getImageNames());
        }
    }

    @Nested
    class SecondOfTwoPlanes extends SegmentationExtractorContractTest {
        @Override
        protected SegmentationExtractor extractor() {
            return open("two_planes.nwb", Map.of(OpenOptions.PLANE, "PlaneSegmentation2"));
        }

        @Override
        protected void assertKnownValues(SegmentationExtractor x) {
            assertEquals(List.of(0, 1), x.getRoiIds());
            assertDrawings(x, 1, 3);
            assertEquals(20.0, x.getSamplingFrequency().getAsDouble());
            assertEquals(trace("raw", 2, 1), x.getTraces(TraceKind.RAW).get(2, 1), "region [1, 0]: ROI 1 is column 0");
            assertEquals(trace("raw", 2, 0), x.getTraces(TraceKind.RAW).get(2, 0));
        }
    }

    @Nested
    class FirstOfTwoPlanesByPath extends SegmentationExtractorContractTest {
        @Override
        protected SegmentationExtractor extractor() {
            return open("two_planes.nwb", Map.of(OpenOptions.PLANE, "/processing/ophys/ImageSegmentation/PlaneSegmentation"));
        }

        @Override
        protected void assertKnownValues(SegmentationExtractor x) {
            assertEquals(IDS, x.getRoiIds());
            assertDrawings(x, 0, 1, 2, 3);
            assertEquals(trace("raw", 5, 3), x.getTraces(TraceKind.RAW).get(5, 3));
        }
    }

    /** nwb_test.nwb as its README describes it; image masks read the default way (schema: transposed). */
    @Nested
    class RealNwbTest extends SegmentationExtractorContractTest {
        @Override
        protected SegmentationExtractor extractor() {
            assumeTrue(Files.isRegularFile(NwbSegmentationFixtures.realFile()),
                    "../shared real fixtures are not present (set -Dophys.shared=)");
            return FormatRegistry.load().openSegmentation(NwbSegmentationFixtures.realFile(), OpenOptions.none());
        }

        @Override
        protected void assertKnownValues(SegmentationExtractor x) {
            assertEquals(15, x.getNumRois());
            assertArrayEquals(new int[] {128, 128}, x.getFrameShape());
            assertEquals(250, x.getNumSamples());
            assertEquals(10.0, x.getSamplingFrequency().getAsDouble());
            assertEquals(List.of(TraceKind.RAW, TraceKind.NEUROPIL, TraceKind.DECONVOLVED),
                    List.copyOf(x.getTraceKinds()));
            assertEquals(List.of("RoiCentroid", "Accepted", "Rejected"),
                    x.getProperties().stream().map(p -> p.name()).toList());
            assertEquals(List.of("correlation", "mean"), x.getImageNames());
        }
    }
}
