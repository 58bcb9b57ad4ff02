package io.github.ophysio.fiji;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.github.ophysio.fiji.roi.RoiStatus;
import ij.IJ;
import ij.ImagePlus;
import ij.WindowManager;
import ij.measure.ResultsTable;
import ij.plugin.frame.RoiManager;
import java.awt.Rectangle;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Suite2p and CaImAn fixtures (written by the committed generators in the real layouts) through the
 * macro command in a real ImageJ: ROI names, count, bounds, groups, table columns and values.
 */
class FormatSegmentationGuiTest {

    @BeforeEach
    void startImageJ() {
        GuiSession.start();
        RoiManager.getRoiManager().reset();
        for (String kind : new String[] {"raw", "dff", "neuropil", "deconvolved", "denoised"}) {
            java.awt.Window window = WindowManager.getWindow("Ophys " + kind + " traces");
            if (window != null) {
                window.dispose();
            }
        }
    }

    /** Issue 16: ROIs of several planes sit on a stack of their planes' mean images, each at its plane. */
    @Test
    void roisOfSeveralPlanesSitOnAStackOfTheirPlanes() throws Exception {
        String path = GuiSession.fixture("suite2p/suite2p").toString();
        IJ.runMacro("run(\"Ophys Segmentation...\", \"path=[" + path + "] plane=all\");");
        RoiManager manager = RoiManager.getRoiManager();
        assertEquals(9, manager.getCount(), IJ.getLog());
        ImagePlus stack = WindowManager.getImage("suite2p all mean");
        assertNotNull(stack, java.util.Arrays.toString(WindowManager.getImageTitles()));
        assertEquals(2, stack.getStackSize());
        assertEquals("plane1", stack.getStack().getSliceLabel(2));
        assertEquals(1, manager.getRoi(0).getPosition(), "plane0's ROI on slice 1");
        assertEquals(2, manager.getRoi(8).getPosition(), "plane1's ROI on slice 2");
        GuiSession.screenshot("segmentation_planes_stack");
    }

    @Test
    void suite2pPlaneFolder() throws Exception {
        String path = GuiSession.fixture("suite2p/suite2p/plane0").toString();
        IJ.runMacro("run(\"Ophys Segmentation...\", \"path=[" + path + "] traces=[raw neuropil]\");");
        RoiManager manager = RoiManager.getRoiManager();
        assertEquals(6, manager.getCount(), IJ.getLog());
        assertEquals("0", manager.getRoi(0).getName());
        assertEquals("5", manager.getRoi(5).getName());
        assertEquals(new Rectangle(0, 0, 4, 3), manager.getRoi(0).getBounds());
        assertEquals(new Rectangle(29, 19, 1, 1), manager.getRoi(1).getBounds(), "bottom-right corner pixel");
        assertEquals(RoiStatus.ACCEPTED.group(), manager.getRoi(0).getGroup());
        assertEquals(RoiStatus.REJECTED.group(), manager.getRoi(1).getGroup());
        ResultsTable raw = ResultsTable.getResultsTable("Ophys raw traces");
        assertNotNull(raw);
        assertEquals("time_s", raw.getColumnHeading(0));
        assertEquals("0", raw.getColumnHeading(1));
        assertEquals(0.5, raw.getValue("0", 0), 1e-6);
        assertEquals(50.5, raw.getValue("1", 0), 1e-6);
        assertEquals(55.5, raw.getValue("1", 5), 1e-6);
        assertEquals(3 / 7.5, raw.getValue("time_s", 3), 1e-9);
        ImagePlus mean = WindowManager.getImage("plane0 mean");
        assertNotNull(mean, "the mean image is shown");
        org.junit.jupiter.api.Assertions.assertTrue(mean.getCanvas().getShowAllROIs(), "ROIs shown on the mean image");
        GuiSession.screenshot("segmentation_suite2p");
    }

    /** Issue 16: the real CaImAn file's 72 footprints outlined by energy, seen on its mean image. */
    @Test
    void realCaimanOutlinesAreCellsNotAMosaic() throws Exception {
        java.nio.file.Path real = java.nio.file.Path.of(System.getProperty("ophys.shared", "../shared"),
                "fixtures/real/caiman/ophys_testing_caiman_analysis/caiman_analysis.hdf5");
        org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.isRegularFile(real), "no ../shared");
        IJ.runMacro("run(\"Ophys Segmentation...\", \"path=[" + real.toAbsolutePath() + "] images=all\");");
        assertEquals(72, RoiManager.getRoiManager().getCount(), IJ.getLog());
        ImagePlus mean = WindowManager.getImage("caiman_analysis.hdf5 mean");
        assertNotNull(mean, java.util.Arrays.toString(WindowManager.getImageTitles()));
        mean.getWindow().toFront();
        RoiManager.getRoiManager().runCommand(mean, "Show All without labels");
        mean.getWindow().setLocation(0, 0);
        IJ.run(mean, "Set... ", "zoom=400 x=64 y=64");
        GuiSession.screenshot("segmentation_caiman_real_energy");
    }

    @Test
    void caimanHdf5() throws Exception {
        String path = GuiSession.fixture("caiman/cnmf_accepted.hdf5").toString();
        IJ.runMacro("run(\"Ophys Segmentation...\", \"path=[" + path + "] traces=denoised footprints=false\");");
        RoiManager manager = RoiManager.getRoiManager();
        assertEquals(5, manager.getCount(), IJ.getLog());
        assertEquals(new Rectangle(3, 5, 7, 6), manager.getRoi(1).getBounds());
        assertEquals(RoiStatus.REJECTED.group(), manager.getRoi(1).getGroup());
        assertEquals(RoiStatus.ACCEPTED.group(), manager.getRoi(4).getGroup());
        ResultsTable denoised = ResultsTable.getResultsTable("Ophys denoised traces");
        assertEquals(10000, denoised.getValue("0", 0), 1e-3);
        assertEquals(10200, denoised.getValue("2", 0), 1e-3);
        assertEquals(10105, denoised.getValue("1", 5), 1e-3);
        GuiSession.screenshot("segmentation_caiman");
    }

    @Test
    void nwbPlaneSegmentationWithImageMasks() throws Exception {
        String path = GuiSession.fixture("nwb/segmentation/image_masks.nwb").toString();
        IJ.runMacro("run(\"Ophys Segmentation...\", \"path=[" + path + "] traces=dff\");");
        RoiManager manager = RoiManager.getRoiManager();
        assertEquals(4, manager.getCount(), IJ.getLog());
        assertEquals("7", manager.getRoi(1).getName());
        assertEquals(new Rectangle(6, 2, 3, 3), manager.getRoi(1).getBounds());
        assertEquals(RoiStatus.REJECTED.group(), manager.getRoi(1).getGroup());
        assertEquals(RoiStatus.ACCEPTED.group(), manager.getRoi(0).getGroup());
        assertEquals("dendrite", manager.getRoi(1).getProperty("roi_name"));
        ResultsTable dff = ResultsTable.getResultsTable("Ophys dff traces");
        assertEquals(2000, dff.getValue("3", 0), 1e-3);
        assertEquals(2000.5, dff.getValue("12", 0), 1e-3);
        org.junit.jupiter.api.Assertions.assertTrue(Double.isNaN(dff.getValue("7", 2)), "ROI outside the dff region");
        GuiSession.screenshot("segmentation_nwb");
    }

    @org.junit.jupiter.api.AfterEach
    void noDialogWasLeftOpen() {
        GuiSession.assertNoDialogWasLeftOpen();
    }
}
