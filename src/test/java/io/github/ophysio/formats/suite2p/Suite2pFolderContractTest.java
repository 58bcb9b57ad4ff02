package io.github.ophysio.formats.suite2p;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.ophysio.model.SegmentationExtractor;
import io.github.ophysio.model.SegmentationExtractorContractTest;
import io.github.ophysio.model.TraceKind;
import java.util.List;

/** The suite2p/ folder with plane=all: both planes as one (plane1 holds protocol-4 pickles). */
class Suite2pFolderContractTest extends SegmentationExtractorContractTest {

    @Override
    protected SegmentationExtractor extractor() {
        return Suite2pFixtures.open(Suite2pFixtures.root(), "plane", "all");
    }

    @Override
    protected void assertKnownValues(SegmentationExtractor s) {
        assertEquals(List.of("plane0/0", "plane0/1", "plane0/2", "plane0/3", "plane0/4", "plane0/5", "plane1/0", "plane1/1",
                "plane1/2"), s.getRoiIds());
        assertArrayEquals(new int[] {Suite2pFixtures.LY, Suite2pFixtures.LX}, s.getFrameShape());
        assertEquals(Suite2pFixtures.trace("F", 1, 2, 4), s.getTraces(TraceKind.RAW).get(4, 8));
        assertEquals(Suite2pFixtures.trace("spks", 0, 5, 11), s.getTraces(TraceKind.DECONVOLVED).get(11, 5));
        assertEquals(List.of(false, true, false), Suite2pPlaneContractTest.values(s, "iscell").subList(6, 9));
        assertArrayEquals(new int[] {0, 0, Suite2pFixtures.LY, Suite2pFixtures.LX}, s.getPixelMask(8).bbox());
    }
}
