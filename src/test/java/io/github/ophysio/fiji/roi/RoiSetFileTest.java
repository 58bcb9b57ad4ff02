package io.github.ophysio.fiji.roi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ophysio.error.CorruptFileException;
import io.github.ophysio.error.MissingFileException;
import io.github.ophysio.testing.ImageJRoiSets;
import io.github.ophysio.traces.RoiFootprint;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ImageJ ROI files decoded by ImageJ and rasterised as Measure does, against make_roi_trace_fixtures.py's masks. */
class RoiSetFileTest {

    private static final int ROWS = 40;
    private static final int COLS = 47;

    @Test
    void aRoiSetZipGivesEachRoiInOrderWithThePixelsNumpyExpects(@TempDir Path dir) throws Exception {
        Path zip = ImageJRoiSets.writeZip(dir.resolve("RoiSet.zip"), ImageJRoiSets.rois());
        List<RoiFootprint> rois = RoiSetFile.footprints(zip, ROWS, COLS);
        assertEquals(List.of("box", "oval", "poly", "two"), rois.stream().map(RoiFootprint::name).toList());
        byte[] expected = expectedMasks();
        for (int k = 0; k < rois.size(); k++) {
            float[] got = rois.get(k).mask().toImage(ROWS, COLS);
            for (int p = 0; p < ROWS * COLS; p++) {
                assertEquals(expected[k * ROWS * COLS + p], got[p], 0, rois.get(k).name() + " at row " + p / COLS
                        + ", col " + p % COLS);
            }
        }
    }

    @Test
    void aSingleRoiFileIsOneRoi(@TempDir Path dir) throws Exception {
        Path file = ImageJRoiSets.writeRoi(dir.resolve("cell.roi"), ImageJRoiSets.rois().get(1));
        List<RoiFootprint> rois = RoiSetFile.footprints(file, ROWS, COLS);
        assertEquals(1, rois.size());
        assertEquals("oval", rois.get(0).name());
    }

    @Test
    void aZipWithoutRoiEntriesIsCorruptAndSaysWhatItHolds() {
        Path notes = ImageJRoiSets.DIR.resolve("bad").resolve("notes.zip");
        CorruptFileException e = assertThrows(CorruptFileException.class, () -> RoiSetFile.read(notes));
        assertEquals(notes + ": corrupt: ImageJ ROI set: expected a zip of .roi entries, found no .roi entry"
                + " (entries: notes.txt)", e.getMessage());
    }

    @Test
    void bytesImageJCannotDecodeAreCorruptNamingTheEntryAndAMissingFileIsMissing(@TempDir Path dir) throws IOException {
        Path roi = Files.write(dir.resolve("junk.roi"), "not a roi at all".getBytes());
        CorruptFileException e = assertThrows(CorruptFileException.class, () -> RoiSetFile.read(roi));
        assertTrue(e.getMessage().startsWith(roi + ": corrupt: junk.roi is not an ImageJ ROI"), e.getMessage());
        Path text = Files.writeString(dir.resolve("plain.zip"), "not a zip");
        assertTrue(assertThrows(CorruptFileException.class, () -> RoiSetFile.read(text)).getMessage()
                .endsWith("found no entries (not a zip file, or an empty one)"));
        Path missing = dir.resolve("none.zip");
        assertEquals(missing + ": missing: no such ROI file",
                assertThrows(MissingFileException.class, () -> RoiSetFile.read(missing)).getMessage());
    }

    @Test
    void aLineIsRefusedNamingItAndTheFile(@TempDir Path dir) throws Exception {
        ij.gui.Line line = new ij.gui.Line(1, 2, 20, 9);
        line.setName("axon");
        List<ij.gui.Roi> rois = new java.util.ArrayList<>(ImageJRoiSets.rois());
        rois.add(line);
        Path zip = ImageJRoiSets.writeZip(dir.resolve("RoiSet.zip"), rois);
        assertEquals(zip + ": unsupported: ROI axon is a Straight Line, not an area: traces need area ROIs",
                assertThrows(io.github.ophysio.error.UnsupportedFormatException.class,
                        () -> RoiSetFile.footprints(zip, ROWS, COLS)).getMessage());
    }

    /** expected_imagej_masks.npy: int8 (4, rows, cols). */
    private static byte[] expectedMasks() throws IOException {
        ByteBuffer bytes = ByteBuffer.wrap(Files.readAllBytes(ImageJRoiSets.DIR.resolve("expected_imagej_masks.npy")))
                .order(ByteOrder.LITTLE_ENDIAN);
        int header = bytes.getShort(8) & 0xffff;
        byte[] out = new byte[4 * ROWS * COLS];
        bytes.position(10 + header).get(out);
        return out;
    }
}
