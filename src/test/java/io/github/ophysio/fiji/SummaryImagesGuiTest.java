package io.github.ophysio.fiji;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ophysio.testing.NpyDoubles;
import ij.IJ;
import ij.ImagePlus;
import ij.ImageStack;
import ij.WindowManager;
import ij.measure.Calibration;
import ij.process.ShortProcessor;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code Plugins > Ophys IO > Summary Images} in a real ImageJ (xvfb), run as a macro runs it, over an
 * Ophys virtual recording and over ordinary ImageJ stacks and hyperstacks; values against the numpy
 * reference (as float32: within 1e-5 relative), titles, type, calibration, cancel and errors.
 */
class SummaryImagesGuiTest {

    private static final Path PLANAR = GuiSession.fixture("summary/planar_uint16.npy");
    private static final Path VOLUME = GuiSession.fixture("summary/volume_float32.npy");

    @BeforeEach
    void startImageJ() {
        GuiSession.start();
    }

    @AfterEach
    void noDialogLeft() {
        GuiSession.assertNoDialogWasLeftOpen();
    }

    private static ImagePlus open(String options) {
        IJ.runMacro("run(\"Ophys Recording...\", \"" + options + "\");");
        ImagePlus image = WindowManager.getCurrentImage();
        assertNotNull(image, IJ.getLog());
        return image;
    }

    private static void summarise(String options) {
        IJ.runMacro("run(\"Summary Images\", \"" + options + "\");");
    }

    /** Every pixel of slice {@code n} of {@code image} against the expected .npy, whose planes are last. */
    private static void assertPlane(ImagePlus image, int n, String expected, int plane, int planes) throws Exception {
        NpyDoubles reference = NpyDoubles.read(GuiSession.fixture("summary/" + expected));
        float[] pixels = (float[]) image.getStack().getPixels(n);
        for (int i = 0; i < pixels.length; i++) {
            double e = reference.values()[i * planes + plane];
            assertEquals(e, pixels[i], 1e-5 * Math.max(1, Math.abs(e)), expected + " pixel " + i);
        }
    }

    @Test
    void anOphysRecordingGetsOneThirtyTwoBitImagePerName() throws Exception {
        ImagePlus recording = open("path=[" + PLANAR + "] fs=30");
        String title = recording.getTitle();
        summarise("images=[mean max min std correlation] frames=1-37");
        for (String name : new String[] {"mean", "max", "min", "std", "correlation"}) {
            ImagePlus image = WindowManager.getImage(title + " " + name);
            assertNotNull(image, name + "; open: " + Arrays.toString(WindowManager.getImageTitles()));
            assertEquals(32, image.getBitDepth());
            assertEquals(13, image.getWidth());
            assertEquals(11, image.getHeight());
            assertEquals(1, image.getStackSize());
            assertEquals(0, image.getCalibration().frameInterval, "a summary has no time");
            assertPlane(image, 1, "planar_uint16." + name + ".npy", 0, 1);
        }
        recording.close();
        String[] names = {"mean", "max", "min", "std", "correlation"};
        for (int k = 0; k < names.length; k++) {
            ImagePlus image = WindowManager.getImage(title + " " + names[k]);
            IJ.run(image, "Set... ", "zoom=1200");
            image.getWindow().setLocation(10 + (k % 3) * 320, 90 + (k / 3) * 280);
        }
        GuiSession.screenshot("summary_images_planar");
    }

    @Test
    void framesAreOneBasedAndInclusive() throws Exception {
        ImagePlus recording = open("path=[" + PLANAR + "]");
        summarise("images=[correlation std] frames=6-30");
        assertPlane(WindowManager.getImage(recording.getTitle() + " correlation"), 1,
                "planar_uint16.5_30.correlation.npy", 0, 1);
        assertPlane(WindowManager.getImage(recording.getTitle() + " std"), 1, "planar_uint16.5_30.std.npy", 0, 1);
    }

    @Test
    void aVolumeInMemoryGivesAStackOfPlanesCalibratedLikeIt() throws Exception {
        ImagePlus volume = open("path=[" + VOLUME + "] fourth-axis=planes virtual=false");
        assertTrue(!volume.getStack().isVirtual());
        Calibration calibration = volume.getCalibration();
        calibration.pixelWidth = 0.5;
        calibration.pixelHeight = 0.75;
        calibration.setUnit("micron");
        summarise("images=[max correlation]");
        ImagePlus max = WindowManager.getImage(volume.getTitle() + " max");
        assertEquals(3, max.getNSlices());
        assertEquals(1, max.getNChannels());
        assertEquals(0.5, max.getCalibration().pixelWidth);
        assertEquals(0.75, max.getCalibration().pixelHeight);
        assertEquals("micron", max.getCalibration().getUnit());
        for (int plane = 0; plane < 3; plane++) {
            assertPlane(max, plane + 1, "volume_float32.max.npy", plane, 3);
            assertPlane(WindowManager.getImage(volume.getTitle() + " correlation"), plane + 1,
                    "volume_float32.correlation.npy", plane, 3);
        }
    }

    @Test
    void channelsOfAHyperstackAreChannelsOfTheSummary() throws Exception {
        ImagePlus channels = open("path=[" + VOLUME + "]");
        assertEquals(3, channels.getNChannels());
        summarise("images=mean");
        ImagePlus mean = WindowManager.getImage(channels.getTitle() + " mean");
        assertEquals(3, mean.getNChannels());
        assertEquals(1, mean.getNSlices());
        for (int c = 0; c < 3; c++) {
            assertPlane(mean, c + 1, "volume_float32.mean.npy", c, 3);
        }
    }

    @Test
    void anyImageJStackIsARecordingOfItsSlices() {
        ImageStack stack = new ImageStack(4, 3);
        for (int t = 0; t < 5; t++) {
            short[] pixels = new short[12];
            Arrays.fill(pixels, (short) (t * 10 + 60000 % 65536));
            pixels[5] = (short) 60000;
            stack.addSlice(new ShortProcessor(4, 3, pixels, null));
        }
        new ImagePlus("plain", stack).show();
        summarise("images=[mean max std]");
        assertEquals(60020.0, WindowManager.getImage("plain mean").getProcessor().getPixelValue(0, 0), 1e-3,
                "16-bit values read unsigned");
        assertEquals(60040.0, WindowManager.getImage("plain max").getProcessor().getPixelValue(0, 0), 1e-3);
        assertEquals(0.0, WindowManager.getImage("plain std").getProcessor().getPixelValue(1, 1), 1e-9);
        assertEquals(Math.sqrt(200), WindowManager.getImage("plain std").getProcessor().getPixelValue(0, 0), 1e-3);
    }

    @Test
    void escapeCancelsAndLeavesNothingOpen() {
        new ImagePlus("slow", new EscapePressingStack(30)).show();
        int before = WindowManager.getImageCount();
        summarise("images=[mean correlation]");
        assertEquals(before, WindowManager.getImageCount(), Arrays.toString(WindowManager.getImageTitles()));
        assertEquals("", IJ.getLog() == null ? "" : IJ.getLog().trim(), "a cancel is no error");
        IJ.resetEscape();
    }

    @Test
    void errorsAreOneLogLineInAMacro() {
        summarise("images=mean");
        assertTrue(IJ.getLog().contains("Summary Images: no image is open: open a recording first"), IJ.getLog());
        open("path=[" + PLANAR + "]");
        IJ.log("\\Clear");
        summarise("images=[mean median]");
        assertEquals("Summary Images: no summary image 'median' (choose from mean max min std correlation)",
                IJ.getLog().trim());
        IJ.log("\\Clear");
        summarise("images=mean frames=30-40");
        assertEquals("Summary Images: frames=30-40 is not a range inside 1-37", IJ.getLog().trim());
        IJ.log("\\Clear");
        new ImagePlus("colour", new ij.process.ColorProcessor(5, 4)).show();
        summarise("images=mean");
        assertTrue(IJ.getLog().trim().startsWith("Summary Images: \"colour\" is an RGB image: convert it"), IJ.getLog());
        assertEquals(2, WindowManager.getImageCount(), "nothing was made");
    }
}
