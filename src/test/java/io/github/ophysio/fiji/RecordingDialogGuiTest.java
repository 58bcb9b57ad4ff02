package io.github.ophysio.fiji;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ophysio.fiji.command.RecordingDialogAccess;
import ij.IJ;
import ij.ImagePlus;
import ij.WindowManager;
import ij.gui.GenericDialog;
import ij.plugin.frame.Recorder;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 16: the recording dialog asks what the chosen file needs. Each test picks a file (as the file
 * chooser would), looks at the dialog made for it, saves a screenshot of it, fills it and presses OK.
 */
class RecordingDialogGuiTest {

    private static final String TITLE = "Ophys Recording";
    private static final List<String> RAW_GEOMETRY = List.of("rows", "cols", "dtype", "offset", "byte-order",
            "channels", "axes");

    @BeforeEach
    void startImageJ() {
        GuiSession.start();
    }

    @AfterEach
    void noDialogWasLeftOpen() {
        Recorder.record = false;
        GuiSession.assertNoDialogWasLeftOpen();
    }

    private static DialogDriver choose(Path file) {
        return DialogDriver.start(() -> RecordingDialogAccess.openChosen(file));
    }

    private static int expected(int t, int row, int col) {
        return (t * 63 + row * 9 + col) * 61 + 7;
    }

    @Test
    void aRawFileAsksForItsGeometry() throws Exception {
        DialogDriver driver = choose(GuiSession.fixture("raw/uint16_defaults.raw"));
        GenericDialog dialog = driver.await(TITLE);
        List<String> texts = DialogDriver.texts(dialog);
        assertTrue(texts.containsAll(RAW_GEOMETRY), texts.toString());
        assertTrue(texts.containsAll(List.of("fs (Hz)", "frames", "virtual")), texts.toString());
        assertFalse(texts.contains("dataset") || texts.contains("series") || texts.contains("format"), texts.toString());
        GuiSession.screenshot("dialog_raw", dialog);
        DialogDriver.field(dialog, "rows").setText("7");
        DialogDriver.field(dialog, "cols").setText("9");
        driver.press(dialog, "OK");
        ImagePlus image = WindowManager.getCurrentImage();
        assertNotNull(image, IJ.getLog());
        assertEquals(9, image.getWidth());
        image.setT(2);
        assertEquals(expected(1, 2, 3), image.getProcessor().getPixel(3, 2));
    }

    @Test
    void aNpyFileAsksNoGeometryAndStatesNoRate() throws Exception {
        DialogDriver driver = choose(GuiSession.fixture("npy/uint16_le_c_v10_5x7x9.npy"));
        GenericDialog dialog = driver.await(TITLE);
        List<String> texts = DialogDriver.texts(dialog);
        assertTrue(texts.stream().noneMatch(RAW_GEOMETRY::contains), texts.toString());
        assertFalse(texts.contains("fourth-axis"), "a 3-D array has no fourth axis: " + texts);
        assertFalse(texts.contains("dataset"), texts.toString());
        assertTrue(texts.contains("uint16_le_c_v10_5x7x9.npy: NumPy .npy array, 5 frames of 7 x 9, uint16, no rate stated"),
                texts.toString());
        assertEquals("", DialogDriver.field(dialog, "fs (Hz)").getText());
        GuiSession.screenshot("dialog_npy", dialog);
        driver.press(dialog, "Cancel");
        assertNull(WindowManager.getCurrentImage(), "cancel opens nothing");
    }

    @Test
    void anHdf5RecordingShowsItsRateAndFramesOpensTheirLazySlice() throws Exception {
        DialogDriver driver = choose(GuiSession.fixture("hdf5/contiguous_uint16_tyx.h5"));
        GenericDialog dialog = driver.await(TITLE);
        List<String> texts = DialogDriver.texts(dialog);
        assertTrue(texts.stream().noneMatch(RAW_GEOMETRY::contains), "no raw geometry, no axes for (t, y, x): " + texts);
        assertEquals("20", DialogDriver.field(dialog, "fs (Hz)").getText(), "the rate the file states");
        DialogDriver.field(dialog, "frames").setText("3-5");
        GuiSession.screenshot("dialog_hdf5_rate_frames", dialog);
        driver.press(dialog, "OK");
        ImagePlus image = WindowManager.getCurrentImage();
        assertNotNull(image, IJ.getLog());
        assertTrue(image.getStack().isVirtual());
        assertEquals(3, image.getNFrames());
        assertEquals("contiguous_uint16_tyx.h5 frames 3-5", image.getTitle());
        for (int t = 0; t < 3; t++) {
            image.setT(t + 1);
            assertEquals(expected(t + 2, 4, 5), image.getProcessor().getPixel(5, 4), "frame " + (t + 3));
        }
        assertEquals(0.05, image.getCalibration().frameInterval, 1e-12);
        assertTrue(image.getStack().getSliceLabel(1).contains("t=0.1000 s"), "the clock starts at frame 3");
    }

    @Test
    void aFileWithSeveralDatasetsOffersTheChooserAndRecordsThePath() throws Exception {
        Recorder.record = true;
        Recorder.resetCommandOptions();
        DialogDriver driver = choose(GuiSession.fixture("hdf5/several_candidates.h5"));
        GenericDialog dialog = driver.await(TITLE);
        java.awt.Choice datasets = DialogDriver.choice(dialog, "dataset");
        assertTrue(datasets.getItemCount() >= 2);
        String groupB = java.util.stream.IntStream.range(0, datasets.getItemCount()).mapToObj(datasets::getItem)
                .filter(item -> item.startsWith("/group/b ")).findFirst().orElseThrow();
        datasets.select(groupB);
        GuiSession.screenshot("dialog_chooser", dialog);
        driver.press(dialog, "OK");
        ImagePlus image = WindowManager.getCurrentImage();
        assertNotNull(image, IJ.getLog());
        assertEquals("several_candidates.h5 group/b", image.getTitle());
        assertEquals(7, image.getNFrames());
        String recorded = Recorder.getCommandOptions();
        assertTrue(recorded.contains("dataset=/group/b ") && !recorded.contains("int32"), recorded);
        assertTrue(recorded.startsWith("path=[") || recorded.trim().startsWith("path="), recorded);
        assertFalse(recorded.contains("series="), "one key for the dataset: " + recorded);
    }

    @Test
    void theRateTheFileStatesIsNotRecordedUnlessChanged() throws Exception {
        Recorder.record = true;
        Recorder.resetCommandOptions();
        DialogDriver driver = choose(GuiSession.fixture("nwb/two_photon_chunked_gzip.nwb"));
        GenericDialog dialog = driver.await(TITLE);
        assertEquals("15", DialogDriver.field(dialog, "fs (Hz)").getText());
        GuiSession.screenshot("dialog_nwb", dialog);
        driver.press(dialog, "OK");
        String recorded = Recorder.getCommandOptions();
        assertFalse(recorded.contains("fs="), "the file's own rate replays by itself: " + recorded);
        Recorder.resetCommandOptions();
        WindowManager.closeAllWindows();
        driver = choose(GuiSession.fixture("nwb/two_photon_chunked_gzip.nwb"));
        dialog = driver.await(TITLE);
        DialogDriver.field(dialog, "fs (Hz)").setText("30");
        driver.press(dialog, "OK");
        assertTrue(Recorder.getCommandOptions().contains("fs=30"), Recorder.getCommandOptions());
        assertEquals(1 / 30.0, WindowManager.getCurrentImage().getCalibration().frameInterval, 1e-12);
    }

    @Test
    void macrosNameTheSeriesByDatasetOrSeries() {
        Path file = GuiSession.fixture("nwb/two_series_rows_first.nwb");
        for (String key : List.of("dataset", "series")) {
            WindowManager.closeAllWindows();
            IJ.runMacro("run(\"Ophys Recording...\", \"path=[" + file + "] " + key + "=Motion nwb-x=rows\");");
            ImagePlus image = WindowManager.getCurrentImage();
            assertNotNull(image, key + ": " + IJ.getLog());
            assertEquals("two_series_rows_first.nwb Motion", image.getTitle(), key);
            assertEquals(6, image.getNFrames(), key);
        }
    }

    @Test
    void macrosTakeFramesAndABadRangeIsOneLine() {
        Path file = GuiSession.fixture("npy/uint16_le_c_v10_5x7x9.npy");
        IJ.runMacro("run(\"Ophys Recording...\", \"path=[" + file + "] frames=4-5\");");
        ImagePlus image = WindowManager.getCurrentImage();
        assertEquals(2, image.getNFrames(), IJ.getLog());
        assertEquals(expected(3, 6, 8), image.getProcessor().getPixel(8, 6));
        WindowManager.closeAllWindows();
        IJ.runMacro("run(\"Ophys Recording...\", \"path=[" + file + "] frames=4-9\"); print(\"still running\");");
        String log = IJ.getLog();
        assertTrue(log.contains("Ophys Recording: " + file + ": frames=4-9 is not a range of its 5 frames: expected"
                + " frames=A-B with 1 <= A <= B <= 5"), log);
        assertFalse(log.contains("still running"), log);
        assertNull(WindowManager.getCurrentImage());
    }
}
