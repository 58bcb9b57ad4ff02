package io.github.ophysio.fiji;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.ophysio.fiji.roi.RoiStatus;
import io.github.ophysio.fiji.table.TraceTables;
import io.github.ophysio.formats.FormatRegistry;
import io.github.ophysio.formats.OpenOptions;
import io.github.ophysio.model.CurationStatus;
import io.github.ophysio.model.SegmentationExtractor;
import io.github.ophysio.model.SyntheticSegmentation;
import io.github.ophysio.model.TraceKind;
import io.github.ophysio.testing.SyntheticSegmentationFormat;
import io.github.ophysio.fiji.command.SaveSegmentationPlugIn;
import ij.IJ;
import ij.gui.GenericDialog;
import ij.WindowManager;
import ij.plugin.frame.RoiManager;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code File > Save As > Save Ophys Segmentation...} run as a macro runs it: loaded ROIs keep their
 * weights and carry their ROI Manager group as status, trace tables become the layout's traces (zeros
 * where none is open), drawn ROIs are saved as drawn; refusals are one log line and write nothing.
 */
class SaveSegmentationGuiTest {

    @TempDir
    Path dir;

    @BeforeEach
    void startImageJ() {
        GuiSession.start();
        closeImagesAndTables();
        RoiManager.getRoiManager().reset();
        IJ.log("\\Clear");
    }

    @AfterEach
    void noDialogLeft() {
        RoiManager.getRoiManager().reset();
        closeImagesAndTables();
        GuiSession.assertNoDialogWasLeftOpen();
    }

    private static void closeImagesAndTables() {
        for (int id : WindowManager.getIDList() == null ? new int[0] : WindowManager.getIDList()) {
            WindowManager.getImage(id).changes = false;
            WindowManager.getImage(id).close();
        }
        TraceTables.openWindows().forEach(java.awt.Window::dispose);
    }

    private void load(String traces) throws Exception {
        IJ.runMacro("run(\"Ophys Segmentation...\", \"path=[" + SyntheticSegmentationFormat.file(dir) + "] traces=["
                + traces + "] footprints=false images=true\");");
        assertEquals(6, RoiManager.getRoiManager().getCount(), IJ.getLog());
        // the images a load opens (mean, correlation) depend on what earlier tests left: pick the mean
        IJ.runMacro("selectImage(\"cells.synthseg mean\");");
        assertEquals("cells.synthseg mean", WindowManager.getCurrentImage().getTitle(), IJ.getLog());
    }

    private static void save(Path out, String format) {
        IJ.runMacro("run(\"Save Ophys Segmentation...\", \"path=[" + out + "] format=" + format + "\");");
    }

    private static SegmentationExtractor read(Path path) {
        return FormatRegistry.load().openSegmentation(path, OpenOptions.none());
    }

    @Test
    void loadedRoisKeepWeightsTakeTheirGroupAndTheTablesTraces() throws Exception {
        load("raw deconvolved");
        RoiManager.getRoiManager().getRoi(0).setGroup(RoiStatus.REJECTED.group());
        RoiManager.getRoiManager().getRoi(2).setGroup(RoiStatus.ACCEPTED.group());
        IJ.log("\\Clear"); // plain ImageJ's setGroup misses its group colour LUT and says so
        Path out = dir.resolve("s2p");
        save(out, "suite2p");
        assertEquals("", IJ.getLog().trim());
        SegmentationExtractor source = SyntheticSegmentation.standard();
        SegmentationExtractor back = read(out.resolve("plane0"));
        assertEquals(6, back.getNumRois());
        for (int i = 0; i < 6; i++) {
            assertArrayEquals(source.getImageMask(i), back.getImageMask(i), "weights of ROI " + i);
        }
        CurationStatus[] statuses = CurationStatus.of(back);
        assertEquals(CurationStatus.REJECTED, statuses[0], "moved to the rejected group");
        assertEquals(CurationStatus.ACCEPTED, statuses[2], "moved to the accepted group");
        for (int t = 0; t < 9; t++) {
            for (int i = 0; i < 6; i++) {
                assertEquals(SyntheticSegmentation.expectedTrace(TraceKind.RAW, t, i),
                        back.getTraces(TraceKind.RAW).get(t, i), 1e-3, "raw");
                assertEquals(SyntheticSegmentation.expectedTrace(TraceKind.DECONVOLVED, t, i),
                        back.getTraces(TraceKind.DECONVOLVED).get(t, i), 1e-3, "spks");
                assertEquals(0, back.getTraces(TraceKind.NEUROPIL).get(t, i), "no neuropil table: zeros");
            }
        }
        assertEquals(source.getProperty("snr").orElseThrow().values(), back.getProperty("snr").orElseThrow().values(),
                "snr came along from the loaded segmentation");
    }

    @Test
    void theNpyLayoutNamesRoisAndStatus() throws Exception {
        load("raw");
        Path out = dir.resolve("arrays");
        save(out, "npy");
        assertEquals("", IJ.getLog().trim());
        JsonArray rois = JsonParser.parseString(Files.readString(out.resolve("rois.json"))).getAsJsonObject()
                .getAsJsonArray("rois");
        JsonObject first = rois.get(0).getAsJsonObject();
        assertEquals("10", first.get("id").getAsString());
        assertEquals("accepted", first.getAsJsonObject("properties").get("cell_status").getAsString());
        assertTrue(Files.exists(out.resolve("traces_raw.npy")));
        assertFalse(Files.exists(out.resolve("traces_dff.npy")), "no table, no file");
    }

    @Test
    void drawnRoisAreSavedAsDrawnOverTheImagesFrames() throws Exception {
        IJ.runMacro("newImage(\"drawn\", \"16-bit black\", 30, 20, 7);"
                + "makeRectangle(2, 3, 4, 5); roiManager(\"add\"); makeOval(10, 4, 8, 6); roiManager(\"add\");");
        Path out = dir.resolve("cnm.hdf5");
        save(out, "caiman");
        assertEquals("", IJ.getLog().trim());
        SegmentationExtractor back = read(out);
        assertEquals(2, back.getNumRois());
        assertArrayEquals(new int[] {20, 30}, back.getFrameShape());
        assertEquals(7, back.getNumSamples(), "the image's frames; traces are zeros");
        assertEquals(20, back.getPixelMask(0).pixelCount());
        assertEquals(20.0, back.getPixelMask(0).weightSum());
        assertEquals(0.0, back.getTraces(TraceKind.RAW).get(6, 1));
    }

    @Test
    void drawnRoisMustBeNamedApartAndLieOnTheImage() throws Exception {
        IJ.runMacro("newImage(\"drawn\", \"8-bit black\", 30, 20, 3);"
                + "makeRectangle(2, 3, 4, 5); roiManager(\"add\"); makeRectangle(8, 3, 4, 5); roiManager(\"add\");"
                + "roiManager(\"select\", 0); roiManager(\"rename\", \"cell\");"
                + "roiManager(\"select\", 1); roiManager(\"rename\", \"cell\"); roiManager(\"deselect\");");
        save(dir.resolve("a"), "npy");
        assertEquals("Save Ophys Segmentation...: two ROIs are named cell: rename one (ROI Manager > Rename...)",
                IJ.getLog().trim());
        IJ.log("\\Clear");
        IJ.runMacro("roiManager(\"reset\"); makeRectangle(2, 3, 4, 5); roiManager(\"add\");"
                + "roiManager(\"select\", 0); roiManager(\"rename\", \"far\"); roiManager(\"deselect\");"
                + "newImage(\"tiny\", \"8-bit black\", 2, 2, 3);");
        save(dir.resolve("b"), "npy");
        assertEquals("Save Ophys Segmentation...: ROI far has no pixel inside the image \"tiny\" (2 x 2)",
                IJ.getLog().trim());
        IJ.log("\\Clear");
        IJ.runMacro("close(\"*\");");
        save(dir.resolve("c"), "npy");
        assertEquals("Save Ophys Segmentation...: no image is open: the ROIs are saved on the frame of the image they"
                + " are drawn on", IJ.getLog().trim());
        try (var left = Files.list(dir)) {
            assertEquals(0, left.count());
        }
    }

    @Test
    void theDialogAsksForPathAndLayout() throws Exception {
        load("raw");
        Path out = dir.resolve("from_dialog");
        DialogDriver driver = DialogDriver.start(() -> new SaveSegmentationPlugIn().run(""));
        GenericDialog dialog = driver.await("Save Ophys Segmentation");
        assertEquals(List.of("path", "format"), DialogDriver.texts(dialog).subList(0, 2));
        DialogDriver.field(dialog, "path").setText(out.toString());
        DialogDriver.choice(dialog, "format").select("npy");
        GuiSession.screenshot("save_segmentation_dialog", dialog);
        driver.press(dialog, "OK");
        assertTrue(Files.isRegularFile(out.resolve("footprints.npy")), IJ.getLog());
    }

    @Test
    void refusalsAreOneLogLineAndWriteNothing() throws Exception {
        IJ.runMacro("newImage(\"empty\", \"8-bit black\", 10, 10, 1);");
        save(dir.resolve("a"), "npy");
        assertEquals("Save Ophys Segmentation...: the ROI Manager holds no ROIs", IJ.getLog().trim());
        load("raw");
        IJ.log("\\Clear");
        Path existing = Files.createDirectory(dir.resolve("there"));
        save(existing, "suite2p");
        assertEquals("Save Ophys Segmentation...: " + existing + " exists; choose a name that does not (nothing is"
                + " overwritten)", IJ.getLog().trim());
        IJ.log("\\Clear");
        IJ.runMacro("newImage(\"small\", \"8-bit black\", 10, 10, 1);");
        save(dir.resolve("b"), "suite2p");
        assertEquals("Save Ophys Segmentation...: ROI 10 comes from a segmentation of 20 x 24 pixels but the image"
                + " \"small\" is 10 x 10: select the image the ROIs belong to", IJ.getLog().trim());
        IJ.log("\\Clear");
        ij.measure.ResultsTable shorter = new ij.measure.ResultsTable();
        for (int t = 0; t < 4; t++) {
            shorter.incrementCounter();
            for (int id = 10; id <= 15; id++) {
                shorter.addValue(Integer.toString(id), t);
            }
        }
        shorter.show("Ophys dff traces");
        IJ.selectWindow("cells.synthseg mean");
        save(dir.resolve("d"), "npy");
        assertEquals("Save Ophys Segmentation...: the open trace tables differ in length (9 and 4 rows): close the ones"
                + " of another recording", IJ.getLog().trim());
        IJ.log("\\Clear");
        TraceTables.openWindows(TraceKind.DFF).forEach(java.awt.Window::dispose);
        IJ.runMacro("selectImage(\"cells.synthseg mean\"); roiManager(\"reset\"); makeRectangle(1, 1, 3, 3);"
                + " roiManager(\"add\"); roiManager(\"select\", 0); roiManager(\"rename\", \"mine\");");
        save(dir.resolve("c"), "npy");
        assertTrue(IJ.getLog().trim().startsWith("Save Ophys Segmentation...: the table \"Ophys raw traces\" has no"
                + " column for every ROI (columns [time_s, 10, 11, 12, 13, 14, 15], ROIs [mine])"), IJ.getLog());
        try (var left = Files.list(dir)) {
            assertEquals(2, left.count(), "only the .synthseg file and the existing folder");
        }
    }
}
