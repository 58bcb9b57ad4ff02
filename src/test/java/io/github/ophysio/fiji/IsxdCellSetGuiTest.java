package io.github.ophysio.fiji;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.ophysio.fiji.roi.RoiStatus;
import ij.IJ;
import ij.measure.ResultsTable;
import ij.plugin.frame.RoiManager;
import java.awt.Rectangle;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Inscopix cell sets through File > Import > Ophys Segmentation in a real ImageJ (xvfb-run). */
class IsxdCellSetGuiTest {

    private static final String FIXTURE = "isxd/cellsets/cellset_5cells_12x7x10.isxd";

    @BeforeEach
    void startImageJ() {
        GuiSession.start();
        RoiManager.getRoiManager().reset();
    }

    private static void load(Path file, String options) {
        IJ.runMacro("run(\"Ophys Segmentation...\", \"path=[" + file + "] " + options + "\");");
    }

    /** Issue 16: a cell set has no images; by default its ROIs sit on the maximum over its footprints. */
    @Test
    void byDefaultTheRoisSitOnTheFootprintsMaximum() throws Exception {
        load(GuiSession.fixture(FIXTURE), "");
        ij.ImagePlus map = ij.WindowManager.getImage(GuiSession.fixture(FIXTURE).getFileName() + " footprints max");
        org.junit.jupiter.api.Assertions.assertNotNull(map, "an image for the ROIs to sit on: " + IJ.getLog());
        org.junit.jupiter.api.Assertions.assertTrue(map.getCanvas().getShowAllROIs(), "the ROIs are shown on it");
        org.junit.jupiter.api.Assertions.assertTrue(map.getStatistics().max > 0, "it shows the footprints");
        GuiSession.screenshot("isxd-cellset-default");
    }

    @Test
    void cellsAreRoisNamedByCellNameAndGroupedByStatus() throws Exception {
        load(GuiSession.fixture(FIXTURE), "traces=raw footprints=false images=false");
        RoiManager manager = RoiManager.getRoiManager();
        assertEquals(4, manager.getCount(), "C4's all-zero footprint has no outline: " + IJ.getLog());
        assertEquals("C0", manager.getRoi(0).getName());
        assertEquals(new Rectangle(1, 1, 2, 2), manager.getRoi(0).getBounds());
        assertEquals(RoiStatus.ACCEPTED.group(), manager.getRoi(0).getGroup());
        assertEquals(RoiStatus.UNDECIDED.group(), manager.getRoi(1).getGroup());
        assertEquals(RoiStatus.REJECTED.group(), manager.getRoi(2).getGroup());
        assertEquals(new Rectangle(8, 5, 2, 2), manager.getRoi(2).getBounds(), "touching the frame's border");
        ResultsTable raw = ResultsTable.getResultsTable("Ophys raw traces");
        assertNotNull(raw, "raw table shown");
        assertEquals("C1", raw.getColumnHeading(2));
        assertEquals(0.15, raw.getValue("time_s", 3), 1e-12);
        assertEquals(1000 + 3 * 0.5 - 3, raw.getValue("C1", 3), 1e-4);
        GuiSession.screenshot("isxd-cellset");
    }

    /** The real 20-cell set: one ROI per cell, in the status groups of its CellStatuses. */
    @Test
    void theRealCellSetFillsTheRoiManager() {
        Path file = Path.of(System.getProperty("ophys.shared", "../shared"), "fixtures", "real", "isxd",
                "cellset_mixed_status", "cellset_accepted_undecided_and_rejected_cells.isxd").toAbsolutePath();
        assumeTrue(Files.isRegularFile(file), "real Inscopix file not available: " + file);
        load(file, "traces=none footprints=false images=false");
        RoiManager manager = RoiManager.getRoiManager();
        assertEquals(20, manager.getCount(), IJ.getLog());
        assertEquals("C02", manager.getRoi(2).getName());
        assertEquals(RoiStatus.REJECTED.group(), manager.getRoi(2).getGroup());
        assertEquals(RoiStatus.UNDECIDED.group(), manager.getRoi(4).getGroup());
        assertEquals("undecided", manager.getRoi(4).getProperty("cell_status"));
    }

    @Test
    void anEmptyCellSetLoadsNoRoisAndNoError() {
        load(GuiSession.fixture("isxd/cellsets/cellset_empty_9x3x6.isxd"), "traces=none footprints=false images=false");
        assertEquals(0, RoiManager.getRoiManager().getCount(), IJ.getLog());
    }

    @org.junit.jupiter.api.AfterEach
    void noDialogWasLeftOpen() {
        GuiSession.assertNoDialogWasLeftOpen();
    }
}
