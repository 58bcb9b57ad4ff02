package io.github.ophysio.formats.nwb;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.ophysio.formats.DataKind;
import io.github.ophysio.formats.FormatRegistry;
import io.github.ophysio.formats.OpenOptions;
import io.github.ophysio.model.PixelMask;
import io.github.ophysio.model.SegmentationExtractor;
import io.github.ophysio.model.TraceBlock;
import io.github.ophysio.model.TraceKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * nwb_test.nwb (NWB 2.2.5, roiextractors-era) with the values its README and h5py give. It stores
 * image_mask and images as (rows, cols), not the schema's (x, y): read by default they come out
 * transposed, and {@code nwb-x=rows} reads them as written (then each mask's centroid is RoiCentroid).
 */
class NwbRealSegmentationTest {

    private static final Path FILE = NwbSegmentationFixtures.realFile();
    private static final OpenOptions AS_WRITTEN = OpenOptions.of(Map.of(OpenOptions.NWB_X, "rows"));

    private final FormatRegistry registry = FormatRegistry.load();

    @BeforeEach
    void needsTheRealFile() {
        assumeTrue(Files.isRegularFile(FILE), "../shared real fixtures are not present (set -Dophys.shared=)");
    }

    @Test
    void isASegmentationWithTheReadmeShapes() {
        assertEquals(DataKind.SEGMENTATION, registry.readerFor(FILE, OpenOptions.none()).kind(FILE, OpenOptions.none()));
        SegmentationExtractor x = registry.openSegmentation(FILE, OpenOptions.none());
        assertEquals(List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14), x.getRoiIds());
        assertEquals(List.of(1, 1, 1, 0, 0, 1, 0, 1, 0, 1, 1, 0, 0, 0, 0), x.getProperty("Accepted").orElseThrow().values());
        assertEquals(List.of(86, 58), x.getProperty("RoiCentroid").orElseThrow().values().get(0));
        assertTrue(x.getProperty("Rejected").orElseThrow().description().startsWith("1 if ROi was rejected"));
        assertEquals("2.2.5", x.getMetadata().get("nwbVersion"));
    }

    @Test
    void tracesAreTheStoredColumnsAtTenHertz() {
        SegmentationExtractor x = registry.openSegmentation(FILE, OpenOptions.none());
        TraceBlock raw = x.readTraces(TraceKind.RAW, 0, 2, new int[] {0, 1, 2});
        assertArrayEquals(new double[] {489.09222f, 452.93854f, 479.8213f}, new double[] {raw.get(0, 0), raw.get(0, 1),
            raw.get(0, 2)});
        assertEquals(490.00748f, raw.get(1, 0));
        assertEquals(460.08264f, x.getTraces(TraceKind.NEUROPIL).get(0, 1));
        assertEquals(0f, x.getTraces(TraceKind.DECONVOLVED).get(0, 0));
        assertEquals(0.1, x.getTimestamps()[1], 1e-12);
    }

    @Test
    void defaultReadsTheSchemaOrientationAndNwbXRowsReadsItAsWritten() {
        PixelMask transposed = registry.openSegmentation(FILE, OpenOptions.none()).getPixelMask(0);
        assertArrayEquals(new int[] {54, 82, 64, 92}, transposed.bbox());
        SegmentationExtractor x = registry.openSegmentation(FILE, AS_WRITTEN);
        PixelMask mask = x.getPixelMask(0);
        assertEquals(74, mask.pixelCount());
        assertEquals(1.0, mask.weightSum(), 1e-6);
        assertArrayEquals(new int[] {82, 54, 92, 64}, mask.bbox());
        List<Object> centroids = x.getProperty("RoiCentroid").orElseThrow().values();
        for (int i = 0; i < x.getNumRois(); i++) {
            double[] centroid = x.getPixelMask(i).centroid();
            List<?> stated = (List<?>) centroids.get(i);
            // RoiCentroid is suite2p's med (a median pixel), within 2.5 pixels of the mean here
            assertEquals(((Number) stated.get(0)).doubleValue(), centroid[0], 2.5, "row of ROI " + i);
            assertEquals(((Number) stated.get(1)).doubleValue(), centroid[1], 2.5, "col of ROI " + i);
        }
    }

    @Test
    void summaryImagesFollowTheSameSwitch() {
        float[] transposed = registry.openSegmentation(FILE, OpenOptions.none()).getImage("mean");
        float[] asWritten = registry.openSegmentation(FILE, AS_WRITTEN).getImage("mean");
        assertEquals(428.39333f, asWritten[1], 1e-4f);
        assertEquals(428.39333f, transposed[128], 1e-4f);
        assertEquals(0.8238092f, registry.openSegmentation(FILE, AS_WRITTEN).getImage("correlation")[0]);
    }
}
