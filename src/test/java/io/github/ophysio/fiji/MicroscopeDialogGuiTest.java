package io.github.ophysio.fiji;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ophysio.fiji.command.RecordingDialogAccess;
import ij.IJ;
import ij.ImagePlus;
import ij.WindowManager;
import ij.gui.GenericDialog;
import java.awt.Choice;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 18 in ImageJ: a file of a Bruker acquisition or a MESc file picked in the recording dialog opens
 * as what it is (the Bruker volume as a hyperstack, a MESc unit chosen among the file's units).
 */
class MicroscopeDialogGuiTest {

    private static final String TITLE = "Ophys Recording";

    @BeforeEach
    void startImageJ() {
        GuiSession.start();
    }

    @AfterEach
    void noDialogWasLeftOpen() {
        GuiSession.assertNoDialogWasLeftOpen();
    }

    private static DialogDriver choose(Path file) {
        return DialogDriver.start(() -> RecordingDialogAccess.openChosen(file));
    }

    @Test
    void aBrukerTifOpensItsWholeAcquisitionAsAHyperstack() throws Exception {
        DialogDriver driver = choose(GuiSession.fixture("bruker/tseries_zseries/tseries_zseries_Cycle00002_Ch2.ome.tif"));
        GenericDialog dialog = driver.await(TITLE);
        List<String> texts = DialogDriver.texts(dialog);
        assertTrue(texts.contains("plane"), texts.toString());
        GuiSession.screenshot("dialog_bruker", dialog);
        driver.press(dialog, "OK");
        ImagePlus image = WindowManager.getCurrentImage();
        assertNotNull(image, IJ.getLog());
        assertEquals(3, image.getNSlices());
        assertEquals(4, image.getNFrames());
        image.setPosition(1, 3, 4);
        assertTrue(image.getStack().getSliceLabel(image.getCurrentSlice()).contains("t=0.4500 s"),
                image.getStack().getSliceLabel(image.getCurrentSlice()));
        GuiSession.screenshot("bruker_volume");
        image.close();
    }

    @Test
    void aMescFileOffersItsUnits() throws Exception {
        DialogDriver driver = choose(GuiSession.fixture("femtonics/two_sessions.mesc"));
        GenericDialog dialog = driver.await(TITLE);
        Choice units = DialogDriver.choice(dialog, "dataset");
        List<String> items = IntStream.range(0, units.getItemCount()).mapToObj(units::getItem).toList();
        assertTrue(items.contains("MSession_1/MUnit_0 (3, 8, 10) uint16, channels UG"), items.toString());
        units.select("MSession_1/MUnit_0 (3, 8, 10) uint16, channels UG");
        GuiSession.screenshot("dialog_mesc_units", dialog);
        driver.press(dialog, "OK");
        ImagePlus image = WindowManager.getCurrentImage();
        assertNotNull(image, IJ.getLog());
        assertEquals(3, image.getNFrames());
        assertEquals(10, image.getWidth());
        assertEquals(8, image.getHeight());
        assertEquals(0.025, image.getCalibration().frameInterval, 1e-12); // 25 ms per frame
        image.close();
    }
}
