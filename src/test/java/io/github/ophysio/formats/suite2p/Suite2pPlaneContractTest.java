package io.github.ophysio.formats.suite2p;

import static io.github.ophysio.formats.suite2p.Suite2pFixtures.LX;
import static io.github.ophysio.formats.suite2p.Suite2pFixtures.LY;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ophysio.model.PixelMask;
import io.github.ophysio.model.SegmentationExtractor;
import io.github.ophysio.model.SegmentationExtractorContractTest;
import io.github.ophysio.model.TraceKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** One plane folder of the generated fixture (np.save pickles, protocol 3, int64 pixels). */
class Suite2pPlaneContractTest extends SegmentationExtractorContractTest {

    @Override
    protected SegmentationExtractor extractor() {
        return Suite2pFixtures.open(Suite2pFixtures.plane(0));
    }

    @Override
    protected void assertKnownValues(SegmentationExtractor s) {
        assertEquals(List.of(0, 1, 2, 3, 4, 5), s.getRoiIds());
        assertArrayEquals(new int[] {LY, LX}, s.getFrameShape());
        assertEquals(OptionalDouble.of(Suite2pFixtures.FS), s.getSamplingFrequency());
        assertEquals(Suite2pFixtures.T, s.getNumSamples());
        assertEquals(Set.of(TraceKind.RAW, TraceKind.NEUROPIL, TraceKind.DECONVOLVED), s.getTraceKinds());
        for (TraceKind kind : s.getTraceKinds()) {
            for (int roi = 0; roi < 6; roi++) {
                double[] trace = s.getTrace(kind, roi);
                for (int t = 0; t < trace.length; t++) {
                    assertEquals(Suite2pFixtures.trace(Suite2pFixtures.fileOf(kind, false), 0, roi, t), trace[t]);
                }
            }
        }
    }

    @Test
    void masksHaveTheirShapesAndWeights() {
        SegmentationExtractor s = extractor();
        PixelMask corner = s.getPixelMask(0);
        assertEquals(12, corner.pixelCount());
        assertArrayEquals(new int[] {0, 0, 3, 4}, corner.bbox());
        assertEquals(1.0f + 0.001f * 4, corner.weights()[4], 1e-6);
        assertArrayEquals(new int[] {LY - 1, LX - 1, LY, LX}, s.getPixelMask(1).bbox());
        PixelMask twoPieces = s.getPixelMask(4);
        assertEquals(8, twoPieces.pixelCount());
        assertArrayEquals(new int[] {5, 5, 17, 22}, twoPieces.bbox());
        assertEquals(1.4f + 0.007f, twoPieces.weights()[7], 1e-6);
        assertArrayEquals(new int[] {LY - 1, 5, LY, 15}, s.getPixelMask(5).bbox());
        float[] diagonal = s.getImageMask(2);
        float[] disk = s.getImageMask(3);
        assertTrue(diagonal[10 * LX + 14] > 0 && disk[10 * LX + 14] > 0, "ROIs 2 and 3 overlap at (10, 14)");
        assertTrue(diagonal[9 * LX + LX - 1] > 0, "ROI 2 touches the right border");
    }

    @Test
    void classifierAndStatProperties() {
        SegmentationExtractor s = extractor();
        assertEquals(List.of(true, false, true, false, true, false), values(s, "iscell"));
        assertEquals(0.35, (double) values(s, "iscell_probability").get(3), 1e-12);
        assertEquals(List.of(true, false, false, true, false, false), values(s, "redcell"));
        assertEquals(0.04, (double) values(s, "redcell_probability").get(4), 1e-12);
        assertEquals(List.of(12L, 1L, 7L, 13L, 8L, 10L), values(s, "npix"));
        assertEquals(List.of(10L, 15L), values(s, "med").get(2));
        assertEquals(3.5, values(s, "radius").get(2));
        assertEquals(0.5, values(s, "skew").get(2));
        assertEquals(List.of("iscell", "iscell_probability", "redcell", "redcell_probability", "med", "npix", "npix_soma",
                "radius", "aspect_ratio", "compact", "footprint", "skew", "std"), names(s));
    }

    @Test
    void imagesSitInTheFullFrameWithNanOutsideTheCrop() {
        SegmentationExtractor s = extractor();
        assertEquals(List.of("mean", "correlation", "max", "mean_chan2"), s.getImageNames());
        float[] mean = s.getImage("mean");
        assertEquals(19 * 100 + 29, mean[19 * LX + 29]);
        float[] correlation = s.getImage("correlation");
        assertTrue(Float.isNaN(correlation[0]));
        assertTrue(Float.isNaN(correlation[(Suite2pFixtures.YRANGE[1]) * LX + 5]), "row yrange[1] is outside");
        assertTrue(Float.isNaN(correlation[5 * LX + Suite2pFixtures.XRANGE[1]]), "col xrange[1] is outside");
        assertEquals(2.03f, correlation[2 * LX + 3], 1e-6);
        assertEquals(17.26f, correlation[17 * LX + 26], 1e-5);
        float[] max = s.getImage("max");
        assertEquals(7, max[2 * LX + 3]);
        assertEquals(7 + 100 + 2, max[3 * LX + 5]);
        assertEquals(-(4 * 100 + 6), s.getImage("mean_chan2")[4 * LX + 6]);
    }

    @Test
    void metadataHoldsOpsScalars() {
        Map<String, Object> metadata = extractor().getMetadata();
        assertEquals("0.14.6", metadata.get("suite2p_version"));
        assertEquals(12, metadata.get("nframes"));
        assertEquals(1.25, metadata.get("tau"));
        assertEquals(List.of(5, 6), metadata.get("diameter"));
        assertEquals(List.of(3L, 27L), metadata.get("xrange"), "an int64 array in ops");
        assertEquals("2024-03-05T14:07:09.123456", metadata.get("date_proc"));
        assertEquals("plane0", metadata.get("plane"));
        assertEquals("chan1", metadata.get("channel"));
    }

    static List<Object> values(SegmentationExtractor s, String name) {
        return s.getProperty(name).orElseThrow(() -> new AssertionError("no property " + name)).values();
    }

    static List<String> names(SegmentationExtractor s) {
        List<String> names = new ArrayList<>();
        s.getProperties().forEach(p -> names.add(p.name()));
        return names;
    }
}
