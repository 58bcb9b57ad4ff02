package io.github.ophysio.formats.suite2p;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.ophysio.model.PixelMask;
import io.github.ophysio.model.SegmentationExtractor;
import io.github.ophysio.model.SegmentationExtractorContractTest;
import io.github.ophysio.model.TraceKind;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * roiextractors' Suite2p fixture (protocol-2 pickles, int32 pixels, two planes, two channels),
 * read in place; values from ../shared/fixtures/real/README.md and numpy. Skipped when absent.
 */
class RealSuite2pTest extends SegmentationExtractorContractTest {

    private Path root;

    @BeforeEach
    void needTheRealFiles() {
        root = Suite2pFixtures.real();
        assumeTrue(root != null, "../shared/fixtures/real/suite2p is absent (third-party test data, not shipped)");
    }

    @Override
    protected SegmentationExtractor extractor() {
        return Suite2pFixtures.open(root.resolve("plane0"));
    }

    @Override
    protected void assertKnownValues(SegmentationExtractor s) {
        assertEquals(15, s.getNumRois());
        assertEquals(250, s.getNumSamples());
        assertEquals(OptionalDouble.of(10.0), s.getSamplingFrequency());
        assertArrayEquals(new int[] {128, 128}, s.getFrameShape());
        assertEquals(List.<Object>of(true, true, true, false, false, true, false, true, false, true, true, false, false,
                false, false), Suite2pPlaneContractTest.values(s, "iscell"));
        assertEquals(489.09222f, s.getTraces(TraceKind.RAW).get(0, 0));
        assertEquals(490.00748f, s.getTraces(TraceKind.RAW).get(1, 0));
        assertEquals(423.07626f, s.getTraces(TraceKind.RAW).get(249, 14));
        assertEquals(442.48795f, s.getTraces(TraceKind.NEUROPIL).get(5, 2));
        assertEquals(23.183903f, s.getTrace(TraceKind.DECONVOLVED, 0)[96]);
        PixelMask last = s.getPixelMask(14);
        assertEquals(60, last.size());
        assertEquals(65, last.rows()[0]);
        assertEquals(41, last.cols()[0]);
        assertEquals(0.00847981f, last.weights()[0], 1e-8);
    }

    @Test
    void imagesAndChan2() {
        SegmentationExtractor s = extractor();
        int at = 60 * 128 + 70;
        assertEquals(1.7684408578534856f, s.getImage("correlation")[at]);
        assertEquals(473.7f, s.getImage("max")[at]);
        assertEquals(463.51f, s.getImage("mean")[at]);
        assertEquals(464.6535339355469f, s.getImage("mean_chan2")[at]);
        SegmentationExtractor chan2 = Suite2pFixtures.open(root.resolve("plane0"), "channel", "chan2");
        assertEquals(450.59006f, chan2.getTraces(TraceKind.RAW).get(3, 1));
        assertEquals(458.6794f, chan2.getTraces(TraceKind.NEUROPIL).get(3, 1));
        assertEquals(-0.01843487, (double) Suite2pPlaneContractTest.values(s, "redcell_probability").get(2), 1e-8);
    }

    @Test
    void planesAndCombined() {
        SegmentationExtractor plane1 = Suite2pFixtures.open(root, "plane", "plane1");
        assertEquals(25, plane1.getNumRois());
        assertEquals(7, Suite2pPlaneContractTest.values(plane1, "iscell").stream().filter(Boolean.TRUE::equals).count());
        SegmentationExtractor first = Suite2pFixtures.open(root);
        assertEquals(15, first.getNumRois(), "no plane option: the first plane, as roiextractors opens the folder");
        assertEquals("plane0", first.getMetadata().get("plane"));
        SegmentationExtractor both = Suite2pFixtures.open(root, "plane", "all");
        assertEquals(40, both.getNumRois());
        assertEquals("plane1/24", both.getRoiIds().get(39));
        assertEquals("plane1", Suite2pPlaneContractTest.values(both, "plane").get(39));
        SegmentationExtractor combined = Suite2pFixtures.open(root, "plane", "combined");
        assertEquals(40, combined.getNumRois());
        assertArrayEquals(new int[] {128, 256}, combined.getFrameShape());
        assertEquals(14, Suite2pPlaneContractTest.values(combined, "iscell").stream().filter(Boolean.TRUE::equals).count());
        assertEquals(1L, Suite2pPlaneContractTest.values(combined, "iplane").get(39));
        assertEquals(379.0875f, combined.getTraces(TraceKind.RAW).get(249, 39));
        assertEquals(List.of("plane0", "plane1", "combined"), new Suite2pFormat().candidates(root, io.github.ophysio.formats.OpenOptions.none()));
    }
}
