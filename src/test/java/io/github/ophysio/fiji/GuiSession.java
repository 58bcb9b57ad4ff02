package io.github.ophysio.fiji;

import static org.junit.jupiter.api.Assumptions.assumeFalse;

import ij.IJ;
import ij.ImageJ;
import ij.WindowManager;
import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.Toolkit;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/** One real ImageJ window per test JVM, with this jar's plugins.config installed; needs a display. */
public final class GuiSession {

    private static ImageJ imageJ;

    private GuiSession() {
    }

    /** Skips the calling test (with the reason) when there is no display, e.g. outside xvfb-run. */
    public static synchronized void start() {
        assumeFalse(GraphicsEnvironment.isHeadless(), "no display: run the tests under xvfb-run -a");
        if (imageJ == null) {
            imageJ = new ImageJ();
            PluginsConfig.install(imageJ);
            DialogWatchdog.start();
        }
        DialogWatchdog.drain();
        IJ.log("\\Clear");
        WindowManager.closeAllWindows();
    }

    /**
     * Fails when a modal dialog had to be closed since the test started (it would have hung a batch
     * job); call at the end of a test or from {@code @AfterEach}.
     */
    public static void assertNoDialogWasLeftOpen() {
        java.util.List<String> dialogs = DialogWatchdog.drain();
        org.junit.jupiter.api.Assertions.assertTrue(dialogs.isEmpty(), "modal dialogs left open: " + dialogs);
    }

    /** A fixture file under src/test/resources/fixtures. */
    static Path fixture(String relative) {
        return Path.of("src", "test", "resources", "fixtures").resolve(relative).toAbsolutePath();
    }

    /** Saves what the screen shows now to target/screenshots/NAME.png. */
    public static Path screenshot(String name) throws Exception {
        IJ.wait(800);
        return capture(name, new Rectangle(Toolkit.getDefaultToolkit().getScreenSize()));
    }

    /** Saves what {@code window} (a dialog, say) shows, once it has settled, to target/screenshots/NAME.png. */
    public static Path screenshot(String name, java.awt.Window window) throws Exception {
        IJ.wait(800);
        return capture(name, new Rectangle(window.getLocationOnScreen(), window.getSize()));
    }

    private static Path capture(String name, Rectangle screen) throws Exception {
        Path out = Path.of("target", "screenshots", name + ".png");
        Files.createDirectories(out.getParent());
        ImageIO.write(new Robot().createScreenCapture(screen), "png", new File(out.toString()));
        return out;
    }
}
