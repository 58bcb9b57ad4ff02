package io.github.ophysio.fiji;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ophysio.fiji.command.RecordingDialogAccess;
import ij.IJ;
import ij.ImagePlus;
import ij.WindowManager;
import ij.gui.GenericDialog;
import ij.plugin.frame.RoiManager;
import java.awt.EventQueue;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's two ImageJ screenshots, made from the project's own synthetic data: the demo
 * recording with its segmentation's outlines and labels over it, and the recording dialog. Saved to
 * target/screenshots; {@code -Dreadme.images=docs/images} also writes them where the README shows
 * them (run: {@code xvfb-run -a mvn -o test -Dtest=ReadmeImagesGuiTest -Dreadme.images=docs/images}).
 */
class ReadmeImagesGuiTest {

    @TempDir
    Path dir;

    @BeforeEach
    void startImageJ() {
        GuiSession.start();
    }

    @AfterEach
    void noDialogWasLeftOpen() {
        GuiSession.assertNoDialogWasLeftOpen();
    }

    @Test
    void roisOverTheirRecording() throws Exception {
        Path movie = dir.resolve("demo_recording.npy");
        DemoRecording.write(movie);
        Path cells = DemoSegmentationFormat.file(dir);
        IJ.runMacro("run(\"Ophys Recording...\", \"path=[" + movie + "] fs=30\");"
                + "Stack.setFrame(40);"
                + "run(\"Ophys Segmentation...\", \"path=[" + cells + "]\");");
        ImagePlus image = WindowManager.getImage("demo_recording.npy");
        assertNotNull(image, IJ.getLog());
        assertEquals(24, RoiManager.getRoiManager().getCount(), IJ.getLog());
        assertTrue(image.getCanvas().getShowAllROIs(), "the ROIs sit on their recording");
        EventQueue.invokeAndWait(() -> image.getWindow().setLocation(0, 0));
        IJ.run(image, "Set... ", "zoom=200");
        publish(GuiSession.screenshot("readme_rois_over_recording", image.getWindow()));
    }

    @Test
    void theRecordingDialog() throws Exception {
        DialogDriver driver = DialogDriver.start(() -> RecordingDialogAccess.openChosen(
                GuiSession.fixture("nwb/two_photon_chunked_gzip.nwb")));
        GenericDialog dialog = driver.await("Ophys Recording");
        DialogDriver.field(dialog, "frames").setText("2-5");
        publish(GuiSession.screenshot("readme_recording_dialog", dialog));
        driver.press(dialog, "OK");
        assertEquals(4, WindowManager.getCurrentImage().getNFrames());
    }

    /** Copies a screenshot to {@code readme.images} when that property names a folder. */
    private static void publish(Path screenshot) throws Exception {
        String folder = System.getProperty("readme.images");
        if (folder != null && !folder.isBlank()) {
            Path out = Path.of(folder).resolve(screenshot.getFileName().toString().replaceFirst("^readme_", ""));
            Files.createDirectories(out.getParent());
            Files.copy(screenshot, out, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
