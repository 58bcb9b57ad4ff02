package io.github.ophysio.fiji;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import ij.IJ;
import ij.WindowManager;
import ij.measure.ResultsTable;
import ij.plugin.frame.RoiManager;
import java.awt.Rectangle;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * CNMF-E and EXTRACT .mat fixtures (7 rows x 9 cols, so a transposed read shows) through the macro
 * command in a real ImageJ: ROI count, bounds in MATLAB orientation, trace tables and time column.
 */
class MatSegmentationGuiTest {

    @BeforeEach
    void startImageJ() {
        GuiSession.start();
        RoiManager.getRoiManager().reset();
        for (String kind : new String[] {"raw", "dff"}) {
            java.awt.Window window = WindowManager.getWindow("Ophys " + kind + " traces");
            if (window != null) {
                window.dispose();
            }
        }
    }

    @Test
    void cnmfeV73() throws Exception {
        String path = GuiSession.fixture("mat/cnmfe_v73_fs.mat").toString();
        IJ.runMacro("run(\"Ophys Segmentation...\", \"path=[" + path + "] traces=raw footprints=false\");");
        RoiManager manager = RoiManager.getRoiManager();
        assertEquals(4, manager.getCount(), IJ.getLog());
        assertEquals("3", manager.getRoi(3).getName());
        assertEquals(new Rectangle(6, 3, 3, 4), manager.getRoi(3).getBounds(), "the L in the bottom-right corner");
        ResultsTable raw = ResultsTable.getResultsTable("Ophys raw traces");
        assertNotNull(raw);
        assertEquals(10000, raw.getValue("0", 0), 1e-3);
        assertEquals(10305, raw.getValue("3", 5), 1e-3);
        assertEquals(0.1, raw.getValue("time_s", 1), 1e-9, "inputOptions.Fs = 10");
        GuiSession.screenshot("segmentation_cnmfe");
    }

    @Test
    void extractV5WithRate() throws Exception {
        String path = GuiSession.fixture("mat/extract_v5.mat").toString();
        IJ.runMacro("run(\"Ophys Segmentation...\", \"path=[" + path + "] fs=20 traces=dff footprints=false\");");
        RoiManager manager = RoiManager.getRoiManager();
        assertEquals(4, manager.getCount(), IJ.getLog());
        assertEquals(new Rectangle(0, 0, 2, 2), manager.getRoi(0).getBounds());
        ResultsTable dff = ResultsTable.getResultsTable("Ophys dff traces");
        assertNotNull(dff);
        assertEquals(20102, dff.getValue("1", 2), 1e-3);
        assertEquals(0.05, dff.getValue("time_s", 1), 1e-9);
        GuiSession.screenshot("segmentation_extract");
    }

    @org.junit.jupiter.api.AfterEach
    void noDialogWasLeftOpen() {
        GuiSession.assertNoDialogWasLeftOpen();
    }
}
