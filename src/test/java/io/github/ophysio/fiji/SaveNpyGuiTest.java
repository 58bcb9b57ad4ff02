package io.github.ophysio.fiji;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.ophysio.fiji.command.SaveNpyPlugIn;
import ij.IJ;
import ij.gui.GenericDialog;
import ij.ImagePlus;
import ij.ImageStack;
import ij.WindowManager;
import ij.process.FloatProcessor;
import ij.process.ShortProcessor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code File > Save As > NumPy (.npy)...} run as a macro runs it: an Ophys virtual recording, ImageJ
 * hyperstacks of one channel or all, read back with numpy; Esc leaves no file; refusals as one log line.
 */
class SaveNpyGuiTest {

    private static final Path PYTHON = Path.of("/usr/bin/python3");
    private static final Path PLANAR = GuiSession.fixture("summary/planar_uint16.npy");

    @BeforeEach
    void startImageJ() {
        GuiSession.start();
        IJ.log("\\Clear");
    }

    @AfterEach
    void noDialogLeft() {
        WindowManager.closeAllWindows();
        GuiSession.assertNoDialogWasLeftOpen();
    }

    private static void save(String options) {
        IJ.runMacro("run(\"NumPy (.npy)...\", \"" + options + "\");");
    }

    /** numpy's view of the file: dtype, shape and the value at {@code index}, or of the whole when it equals a reference. */
    private static String numpy(Path file, String expression) throws Exception {
        assumeTrue(Files.isExecutable(PYTHON), "Debian's /usr/bin/python3 with numpy is needed");
        String code = "import numpy as np, sys; a = np.load(sys.argv[1]); print(a.dtype, a.shape, " + expression + ")";
        Process p = new ProcessBuilder(PYTHON.toString(), "-c", code, file.toString()).redirectErrorStream(true).start();
        String said = new String(p.getInputStream().readAllBytes()).trim();
        assumeTrue(p.waitFor() == 0 || !said.contains("No module named"), "numpy is needed: " + said);
        return said;
    }

    @Test
    void anOphysVirtualRecordingIsWrittenAsTheFileHoldsIt(@TempDir Path dir) throws Exception {
        IJ.runMacro("run(\"Ophys Recording...\", \"path=[" + PLANAR + "]\");");
        assertTrue(WindowManager.getCurrentImage().getStack().isVirtual());
        Path out = dir.resolve("copy.npy");
        save("path=[" + out + "]");
        assertEquals("", IJ.getLog().trim());
        String reference = "np.array_equal(a, np.load(sys.argv[2]))";
        assumeTrue(Files.isExecutable(PYTHON), "Debian's /usr/bin/python3 with numpy is needed");
        Process p = new ProcessBuilder(PYTHON.toString(), "-c", "import numpy as np, sys; a = np.load(sys.argv[1]);"
                + " print(a.dtype, a.shape, " + reference + ")", out.toString(), PLANAR.toString())
                .redirectErrorStream(true).start();
        String said = new String(p.getInputStream().readAllBytes()).trim();
        p.waitFor();
        assertEquals("uint16 (37, 11, 13) True", said);
    }

    @Test
    void aHyperstackGivesOneChannelAsTimeRowsColsPlanesOrAllChannelsLast(@TempDir Path dir) throws Exception {
        ImageStack stack = new ImageStack(5, 4);
        int channels = 2;
        int slices = 3;
        int frames = 2;
        for (int t = 0; t < frames; t++) {
            for (int z = 0; z < slices; z++) {
                for (int c = 0; c < channels; c++) {
                    float[] pixels = new float[20];
                    for (int i = 0; i < 20; i++) {
                        pixels[i] = 1000 * t + 100 * z + 10 * c + i / 5 + (i % 5) / 10f;
                    }
                    stack.addSlice(new FloatProcessor(5, 4, pixels));
                }
            }
        }
        ImagePlus image = new ImagePlus("hyper", stack);
        image.setDimensions(channels, slices, frames);
        image.setOpenAsHyperStack(true);
        image.show();
        image.setPosition(2, 1, 1);
        Path one = dir.resolve("one.npy");
        save("path=[" + one + "] channel=current");
        assertEquals("float32 (2, 4, 5, 3) 1213.4", numpy(one, "round(float(a[1, 3, 4, 2]), 3)"), IJ.getLog());
        Path flat = dir.resolve("flat.npy");
        ImagePlus planar = new ImagePlus("planar", substack(stack, channels));
        planar.setDimensions(channels, 1, 3);
        planar.setOpenAsHyperStack(true);
        planar.show();
        save("path=[" + flat + "] channel=all");
        assertEquals("float32 (3, 4, 5, 2) 2013.4", numpy(flat, "round(float(a[2, 3, 4, 1]), 3)"), IJ.getLog());
        image.close();
    }

    /** The slices of z = 0 of every frame of the 2 × 3 × 2 stack above, plus one more frame. */
    private static ImageStack substack(ImageStack stack, int channels) {
        ImageStack planar = new ImageStack(5, 4);
        for (int t = 0; t < 3; t++) {
            for (int c = 0; c < channels; c++) {
                float[] pixels = new float[20];
                for (int i = 0; i < 20; i++) {
                    pixels[i] = 1000 * t + 10 * c + i / 5 + (i % 5) / 10f;
                }
                planar.addSlice(new FloatProcessor(5, 4, pixels));
            }
        }
        return planar;
    }

    @Test
    void theDialogAsksForPathAndChannel(@TempDir Path dir) throws Exception {
        IJ.runMacro("newImage(\"two\", \"16-bit ramp\", 12, 8, 2, 1, 4);");
        Path out = dir.resolve("both.npy");
        DialogDriver driver = DialogDriver.start(() -> new SaveNpyPlugIn().run(""));
        GenericDialog dialog = driver.await("Save as NumPy");
        DialogDriver.field(dialog, "path").setText(out.toString());
        DialogDriver.choice(dialog, "channel").select("all");
        GuiSession.screenshot("save_npy_dialog", dialog);
        driver.press(dialog, "OK");
        assertEquals("uint16 (4, 8, 12, 2) 0", numpy(out, "int(a[0, 0, 0, 1])"), IJ.getLog());
    }

    @Test
    void anRgbStackIsTimeRowsColsColours(@TempDir Path dir) throws Exception {
        ImageStack stack = new ImageStack(4, 3);
        for (int t = 0; t < 2; t++) {
            ij.process.ColorProcessor cp = new ij.process.ColorProcessor(4, 3);
            cp.set(3, 2, (10 + t) << 16 | 20 << 8 | 30);
            stack.addSlice(cp);
        }
        new ImagePlus("colour", stack).show();
        Path out = dir.resolve("rgb.npy");
        save("path=[" + out + "]");
        assertEquals("uint8 (2, 3, 4, 3) [11, 20, 30]", numpy(out, "a[1, 2, 3].tolist()"), IJ.getLog());
    }

    @Test
    void escapeLeavesNoFile(@TempDir Path dir) throws Exception {
        new ImagePlus("slow", new EscapePressingStack(20)).show();
        Path out = dir.resolve("slow.npy");
        save("path=[" + out + "]");
        IJ.resetEscape();
        assertFalse(Files.exists(out));
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(0, left.count(), "no partial file");
        }
        assertEquals("", IJ.getLog().trim(), "a cancel is no error");
    }

    @Test
    void refusalsAreOneLogLine(@TempDir Path dir) throws Exception {
        save("path=[" + dir.resolve("x.npy") + "]");
        assertEquals("NumPy (.npy)...: no image is open", IJ.getLog().trim());
        IJ.log("\\Clear");
        new ImagePlus("plain", new ShortProcessor(3, 2)).show();
        Path existing = Files.writeString(dir.resolve("there.npy"), "keep");
        save("path=[" + existing + "]");
        assertEquals("NumPy (.npy)...: " + existing + " exists; choose a name that does not (nothing is overwritten)",
                IJ.getLog().trim());
        assertEquals("keep", Files.readString(existing));
        IJ.log("\\Clear");
        IJ.runMacro("newImage(\"volume\", \"8-bit black\", 4, 3, 2, 3, 5);");
        save("path=[" + dir.resolve("v.npy") + "] channel=all");
        assertEquals("NumPy (.npy)...: channel=all of a volume (Z > 1) would be 5-D: save one channel at a time",
                IJ.getLog().trim());
        IJ.log("\\Clear");
        IJ.runMacro("newImage(\"rgb volume\", \"RGB black\", 4, 3, 1, 3, 5);");
        save("path=[" + dir.resolve("r.npy") + "]");
        assertEquals("NumPy (.npy)...: \"rgb volume\" is not an RGB time series of one plane: save one plane at a"
                + " time (Image > Stacks > Tools > Reduce Dimensionality)", IJ.getLog().trim());
        assertFalse(Files.exists(dir.resolve("v.npy")) || Files.exists(dir.resolve("r.npy")));
    }
}
