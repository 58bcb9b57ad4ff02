package io.github.ophysio.fiji;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ij.CompositeImage;
import ij.IJ;
import ij.ImagePlus;
import ij.WindowManager;
import ij.measure.Calibration;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Opens fixtures through the macro command in a real ImageJ (run under xvfb-run), as a user's
 * macro does, and checks what the user gets: window, dimensions, pixels, calibration, errors.
 */
class OpenRecordingGuiTest {

    /** (5, 7, 9) uint16, value = flat index · 61 + 7. */
    private static final Path UINT16 = GuiSession.fixture("npy/uint16_le_c_v10_5x7x9.npy");

    @BeforeEach
    void startImageJ() {
        GuiSession.start();
    }

    private static ImagePlus runMacro(String options) {
        IJ.runMacro("run(\"Ophys Recording...\", \"" + options + "\");");
        return WindowManager.getCurrentImage();
    }

    @Test
    void macroOpensAVirtualHyperstackWithPixelsAndCalibration() throws Exception {
        ImagePlus image = runMacro("path=[" + UINT16 + "] fs=20");
        assertNotNull(image, "no image opened; log: " + IJ.getLog());
        assertTrue(image.getStack().isVirtual());
        assertTrue(image.getWindow() != null && image.getWindow().isVisible());
        assertEquals(9, image.getWidth());
        assertEquals(7, image.getHeight());
        assertEquals(1, image.getNChannels());
        assertEquals(1, image.getNSlices());
        assertEquals(5, image.getNFrames());
        assertEquals(16, image.getBitDepth());
        image.setT(2);
        assertEquals((1 * 63 + 2 * 9 + 3) * 61 + 7, image.getProcessor().getPixel(3, 2));
        image.setT(5);
        assertEquals((4 * 63 + 6 * 9 + 8) * 61 + 7, image.getProcessor().getPixel(8, 6));
        assertEquals(7, image.getStack().getProcessor(1).getPixel(0, 0));
        Calibration calibration = image.getCalibration();
        assertEquals(0.05, calibration.frameInterval, 1e-12);
        assertEquals("s", calibration.getTimeUnit());
        assertTrue(((String) image.getProperty("Info")).contains("\"format\": \"npy\""));
        Path shot = GuiSession.screenshot("recording_uint16");
        assertTrue(Files.size(shot) > 0);
    }

    @Test
    void scrollingAShownImageBackAndForthShowsEveryPlane() {
        ImagePlus image = runMacro("path=[" + UINT16 + "]");
        assertTrue(image.getWindow() != null && image.getWindow().isVisible());
        for (int pass = 0; pass < 3; pass++) {
            for (int i = 0; i < 10; i++) {
                int t = i < 5 ? i : 9 - i; // forward then back, as a user scrolls
                image.setT(t + 1);
                image.updateAndDraw();
                assertEquals((t * 63 + 4 * 9 + 5) * 61 + 7, image.getProcessor().getPixel(5, 4), "frame " + t);
            }
        }
        short[] kept = (short[]) image.getProcessor().getPixels();
        short[] before = kept.clone();
        image.setT(1);
        image.setT(3);
        org.junit.jupiter.api.Assertions.assertArrayEquals(before, kept, "pixels taken from the image stay as they were");
    }

    @Test
    void signedDataShowThroughImageJsSignedCalibration() {
        ImagePlus image = runMacro("path=[" + GuiSession.fixture("npy/int16_le_c_v10_5x7x9.npy") + "]");
        image.setT(2);
        Calibration calibration = image.getCalibration();
        assertEquals(-2108, calibration.getCValue(image.getProcessor().getPixel(3, 2)), 1e-9);
        assertEquals(0, calibration.frameInterval, "no rate, no frame interval");
    }

    @Test
    void fourthAxisOpensAsChannelsOrPlanes() throws Exception {
        Path file = GuiSession.fixture("npy/uint16_le_c_v10_5x7x9x3.npy");
        ImagePlus channels = runMacro("path=[" + file + "]");
        assertTrue(channels instanceof CompositeImage);
        assertEquals(3, channels.getNChannels());
        channels.setPosition(3, 1, 2);
        assertEquals(15501, channels.getProcessor().getPixel(3, 2));
        GuiSession.screenshot("recording_channels");
        ImagePlus planes = runMacro("path=[" + file + "] fourth-axis=planes");
        assertEquals(1, planes.getNChannels());
        assertEquals(3, planes.getNSlices());
        assertEquals(5, planes.getNFrames());
        planes.setPosition(1, 3, 2);
        assertEquals(15501, planes.getProcessor().getPixel(3, 2));
    }

    @Test
    void virtualFalseLoadsIntoMemory() {
        ImagePlus image = runMacro("path=[" + UINT16 + "] virtual=false");
        assertFalse(image.getStack().isVirtual());
        image.setT(2);
        assertEquals((1 * 63 + 2 * 9 + 3) * 61 + 7, image.getProcessor().getPixel(3, 2));
    }

    @Test
    void aBadFileLogsOneLineAbortsTheMacroAndOpensNothing() throws Exception {
        Path bad = GuiSession.fixture("npy/bad/wrong_magic.npy");
        IJ.runMacro("run(\"Ophys Recording...\", \"path=[" + bad + "]\"); print(\"still running\");");
        String log = IJ.getLog();
        assertTrue(log.contains(bad.toString()) && log.contains("corrupt"), log);
        assertFalse(log.contains("still running"), "the macro must be aborted: " + log);
        assertNull(WindowManager.getCurrentImage());
        GuiSession.screenshot("recording_error");
    }

    @Test
    void theBatchExampleMacroPrintsEveryShape(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Files.copy(UINT16, dir.resolve("a.npy"));
        Files.copy(GuiSession.fixture("npy/float32_le_c_v10_5x7x9.npy"), dir.resolve("b.npy"));
        IJ.runMacroFile(Path.of("macros", "Batch_Open_Npy.ijm").toAbsolutePath().toString(), dir.toString());
        String log = IJ.getLog();
        assertTrue(log.contains("a.npy: (5, 7, 9) 16-bit, 1 channel(s)"), log);
        assertTrue(log.contains("b.npy: (5, 7, 9) 32-bit, 1 channel(s)"), log);
    }

    @Test
    void aMacroPicksOneOfSeveralHdf5DatasetsByName() {
        Path file = GuiSession.fixture("hdf5/several_candidates.h5");
        ImagePlus image = runMacro("path=[" + file + "] dataset=/group/b");
        assertNotNull(image, IJ.getLog());
        assertEquals(7, image.getNFrames());
        assertEquals(32, image.getBitDepth());
        IJ.log("\\Clear");
        WindowManager.closeAllWindows();
        IJ.runMacro("run(\"Ophys Recording...\", \"path=[" + file + "]\"); print(\"still running\");");
        String log = IJ.getLog();
        assertTrue(log.contains("dataset=") && log.contains("/group/b (7, 7, 9) int32"), log);
        assertFalse(log.contains("still running"), log);
    }

    @Test
    void theChooserPassesTheDatasetPath() {
        assertEquals("/group/b", io.github.ophysio.fiji.command.DatasetChooserAccess.path("/group/b (7, 7, 9) int32 chunked"));
    }

    @Test
    void anImageMaskSeriesNamesTheSeriesItMasks() {
        Path file = GuiSession.fixture("nwb/image_mask_series.nwb");
        IJ.runMacro("run(\"Ophys Recording...\", \"path=[" + file + "] series=Mask\");");
        String log = IJ.getLog();
        assertTrue(log == null || !log.contains("unsupported"), log);
        ImagePlus image = WindowManager.getCurrentImage();
        assertNotNull(image, log);
        assertTrue(log != null && log.contains("masks /") && log.contains("series="), log);
    }

    @org.junit.jupiter.api.AfterEach
    void noDialogWasLeftOpen() {
        GuiSession.assertNoDialogWasLeftOpen();
    }
}
