package io.github.ophysio.fiji;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ophysio.fiji.command.SegmentationLoader;
import io.github.ophysio.fiji.command.SegmentationRequest;
import io.github.ophysio.fiji.roi.FootprintStack;
import io.github.ophysio.fiji.roi.RoiStatus;
import io.github.ophysio.fiji.stack.Progress;
import io.github.ophysio.model.SyntheticSegmentation;
import io.github.ophysio.model.TraceKind;
import io.github.ophysio.testing.SyntheticSegmentationFormat;
import ij.IJ;
import ij.ImagePlus;
import ij.WindowManager;
import ij.gui.Roi;
import ij.measure.ResultsTable;
import ij.plugin.frame.RoiManager;
import java.awt.Rectangle;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loads a segmentation through the macro command in a real ImageJ (xvfb-run): ROIs, tables, images. */
class OpenSegmentationGuiTest {

    @TempDir
    Path dir;

    @BeforeEach
    void startImageJ() {
        GuiSession.start();
        RoiManager.getRoiManager().reset();
        closeTraceTables();
    }

    private static void closeTraceTables() {
        for (TraceKind kind : TraceKind.values()) {
            java.awt.Window window = WindowManager.getWindow("Ophys " + kind.key() + " traces");
            if (window != null) {
                window.dispose();
            }
        }
    }

    @Test
    void macroLoadsRoisTablesFootprintsAndImages() throws Exception {
        Path file = SyntheticSegmentationFormat.file(dir);
        IJ.runMacro("run(\"Ophys Segmentation...\", \"path=[" + file + "] traces=[raw dff] footprints=true"
                + " images=all\");");
        RoiManager manager = RoiManager.getRoiManager();
        assertEquals(6, manager.getCount(), IJ.getLog());
        Roi first = manager.getRoi(0);
        assertEquals("10", first.getName());
        assertEquals(new Rectangle(0, 0, 3, 3), first.getBounds());
        assertEquals(RoiStatus.ACCEPTED.group(), first.getGroup());
        assertEquals(RoiStatus.REJECTED.group(), manager.getRoi(2).getGroup());
        assertEquals(new Rectangle(2, 6, 9, 2), manager.getRoi(1).getBounds());
        ResultsTable dff = ResultsTable.getResultsTable("Ophys dff traces");
        assertNotNull(dff, "dff table shown");
        assertEquals("time_s", dff.getColumnHeading(0));
        assertEquals("10", dff.getColumnHeading(1));
        assertEquals(0.3, dff.getValue("time_s", 3), 1e-12);
        assertEquals(SyntheticSegmentation.expectedTrace(TraceKind.DFF, 3, 1), dff.getValue("11", 3), 1e-3);
        assertEquals(SyntheticSegmentation.expectedTrace(TraceKind.DFF, 8, 5), dff.getValue("15", 8), 1e-3);
        assertNull(ResultsTable.getResultsTable("Ophys deconvolved traces"), "only the kinds asked for");
        ImagePlus footprints = WindowManager.getImage("cells.synthseg " + FootprintStack.TITLE);
        assertNotNull(footprints, "every window of a load carries the file's name");
        assertEquals(6, footprints.getStackSize());
        assertNotNull(WindowManager.getImage("cells.synthseg mean"));
        assertNotNull(WindowManager.getImage("cells.synthseg correlation"));
        manager.setSelectedIndexes(new int[] {1, 3});
        IJ.run("Plot Traces", "kind=dff");
        assertTrue(WindowManager.getCurrentImage().getTitle().contains("dff"), "plot window shown");
        GuiSession.screenshot("segmentation");
    }

    /** Issue 16: a default load opens the ROIs, one trace table (raw) and one image for the ROIs to sit on. */
    @Test
    void aDefaultLoadOpensOneTableAndOneImage() throws Exception {
        Path file = SyntheticSegmentationFormat.file(dir);
        IJ.runMacro("run(\"Ophys Segmentation...\", \"path=[" + file + "]\");");
        assertEquals(6, RoiManager.getRoiManager().getCount(), IJ.getLog());
        assertNotNull(ResultsTable.getResultsTable("Ophys raw traces"));
        assertNull(ResultsTable.getResultsTable("Ophys dff traces"), "one table by default: raw");
        ImagePlus mean = WindowManager.getImage("cells.synthseg mean");
        assertNotNull(mean, "the mean image for the ROIs to sit on");
        assertTrue(mean.getCanvas().getShowAllROIs());
        assertNull(WindowManager.getImage("cells.synthseg correlation"), "the rest on request (images=all)");
        assertNull(WindowManager.getImage("cells.synthseg " + FootprintStack.TITLE), "footprints on request");
        GuiSession.screenshot("segmentation_defaults");
    }

    @Test
    void withoutRawTheDefaultTableIsTheFirstKindAndWithoutImagesTheFootprintsMaximum() throws Exception {
        SyntheticSegmentation segmentation = SyntheticSegmentation.standard();
        SegmentationRequest defaults = SegmentationRequest.defaults();
        assertEquals(java.util.List.of(TraceKind.DFF), defaults.traceKinds(java.util.Set.of(TraceKind.DFF,
                TraceKind.DECONVOLVED)));
        assertEquals(java.util.List.of(TraceKind.RAW), defaults.traceKinds(segmentation.getTraceKinds()));
        float[] max = FootprintStack.maximum(segmentation);
        assertEquals(segmentation.getImageMask(1)[6 * 24 + 2], max[6 * 24 + 2], 0, "ROI 11's weight where only it is");
        assertEquals(0, max[19 * 24], 0, "no ROI there");
    }

    @Test
    void macrosReadTheTraceTablesAsAnyResultsTable() throws Exception {
        Path file = SyntheticSegmentationFormat.file(dir);
        IJ.runMacro("run(\"Ophys Segmentation...\", \"path=[" + file + "] traces=dff footprints=false images=false\");"
                + "t = \"Ophys dff traces\"; c = Table.getColumn(\"13\", t);"
                + "print(\"size=\" + Table.size(t) + \" cell=\" + Table.get(\"11\", 3, t) + \" column=\" + c[8]"
                + " + \" headings=\" + Table.headings(t));"
                + "selectWindow(t); print(\"result=\" + getResult(\"12\", 2));");
        String log = IJ.getLog();
        assertTrue(log.contains("size=9 cell=" + (int) SyntheticSegmentation.expectedTrace(TraceKind.DFF, 3, 1)), log);
        assertTrue(log.contains("column=" + (int) SyntheticSegmentation.expectedTrace(TraceKind.DFF, 8, 3)), log);
        assertTrue(log.contains("headings=time_s\t10\t11\t12\t13\t14\t15"), log);
        assertTrue(log.contains("result=" + (int) SyntheticSegmentation.expectedTrace(TraceKind.DFF, 2, 2)), log);
    }

    @Test
    void aGuiMacroInBatchModeSeesTheRoisItLoaded() throws Exception {
        RoiManager.getRoiManager().close();
        Path file = SyntheticSegmentationFormat.file(dir);
        String answer = IJ.runMacro("setBatchMode(true);"
                + "run(\"Ophys Segmentation...\", \"path=[" + file + "] traces=raw footprints=false images=true\");"
                + "n = roiManager(\"count\"); roiManager(\"select\", 1); name = Roi.getName;"
                + "v = Table.get(\"11\", 3, \"Ophys raw traces\");"
                + "return \"\" + n + \" \" + name + \" \" + v;");
        assertEquals("6 11 " + (int) SyntheticSegmentation.expectedTrace(TraceKind.RAW, 3, 1), answer, IJ.getLog());
        assertNull(RoiManager.getInstance(), "no second, detached ROI Manager was made");
    }

    @Test
    void plotTracesWithoutMatchingRoisSaysSo() throws Exception {
        Path file = SyntheticSegmentationFormat.file(dir);
        IJ.runMacro("run(\"Ophys Segmentation...\", \"path=[" + file + "] traces=raw footprints=false images=true\");"
                // an image of its own to draw on: whether the load opened one depends on what earlier tests left open
                + "newImage(\"drawn on\", \"16-bit black\", 20, 20, 1);"
                + "roiManager(\"reset\"); makeRectangle(1, 1, 3, 3); roiManager(\"add\");"
                + "roiManager(\"select\", 0); roiManager(\"rename\", \"mine\");"
                + "run(\"Plot Traces\", \"kind=raw\"); print(\"after\");");
        String log = IJ.getLog();
        assertTrue(log.contains("Plot Traces: none of the 1 ROIs (mine) has a column in the open \"Ophys raw traces\""
                + " tables"), log);
        assertTrue(!log.contains("after"), log);
        IJ.log("\\Clear");
        IJ.runMacro("run(\"Plot Traces\", \"kind=dff\");");
        assertTrue(IJ.getLog().contains("no \"Ophys dff traces\" table is open (open: raw)"), IJ.getLog());
    }

    @Test
    void plotTracesOfAllRoisDrawsTheFirstTwentyAndSaysSo() throws Exception {
        Path file = SyntheticSegmentationFormat.file(dir, 30);
        IJ.runMacro("run(\"Ophys Segmentation...\", \"path=[" + file + "] traces=dff footprints=false images=false\");"
                + "roiManager(\"deselect\"); run(\"Plot Traces\", \"kind=dff\");");
        assertTrue(IJ.getLog().contains("Plot Traces: plotted the first 20 of 30 ROIs"), IJ.getLog());
        assertTrue(WindowManager.getCurrentImage().getTitle().startsWith("dff traces: "), "the plot is titled by kind and ROIs, not by the table");
    }

    /** Issue 16: "Show All" labels are the ROI names (ids 10-15), not the manager's index + 1 (1-6). */
    @Test
    void labelsOnTheImageAreTheRoiNames() throws Exception {
        Path file = SyntheticSegmentationFormat.file(dir);
        IJ.runMacro("run(\"Ophys Segmentation...\", \"path=[" + file + "] traces=raw footprints=false\");");
        ImagePlus mean = WindowManager.getImage("cells.synthseg mean");
        assertTrue(mean.getCanvas().getShowAllROIs(), "ROIs shown on the mean image");
        assertTrue(ij.Prefs.useNamesAsLabels, "labels are names");
        assertTrue(mean.getCanvas().getShowAllList().getDrawLabels(), "with labels");
        mean.getWindow().setLocation(0, 0);
        IJ.run(mean, "Set... ", "zoom=1600 x=12 y=10");
        GuiSession.screenshot("segmentation_labels_are_names");
    }

    @Test
    void acceptedOnlyKeepsAcceptedRois() throws Exception {
        Path file = SyntheticSegmentationFormat.file(dir);
        IJ.runMacro("run(\"Ophys Segmentation...\", \"path=[" + file + "] rois=accepted traces=none footprints=false"
                + " images=false\");");
        RoiManager manager = RoiManager.getRoiManager();
        assertEquals(4, manager.getCount());
        assertEquals("13", manager.getRoi(2).getName());
    }

    @Test
    void aCancelledLoadLeavesTheRoiManagerEmpty() {
        RoiManager manager = RoiManager.getRoiManager();
        int[] calls = new int[1];
        Progress cancelHalfway = new Progress() {
            @Override
            public void show(int done, int total) {
                calls[0]++;
            }

            @Override
            public boolean isCancelled() {
                return calls[0] >= 3;
            }
        };
        assertNull(SegmentationLoader.load(SyntheticSegmentation.standard(), "s", SegmentationRequest.everything(),
                manager, cancelHalfway));
        assertEquals(0, manager.getCount());
    }

    @Test
    void aBadFileAbortsTheMacroWithOneLine() {
        IJ.runMacro("run(\"Ophys Segmentation...\", \"path=[/no/such/folder]\"); print(\"still running\");");
        String log = IJ.getLog();
        assertTrue(log.contains("/no/such/folder: missing"), log);
        assertTrue(!log.contains("still running"), log);
    }

    @org.junit.jupiter.api.AfterEach
    void noDialogWasLeftOpen() {
        GuiSession.assertNoDialogWasLeftOpen();
    }
}
