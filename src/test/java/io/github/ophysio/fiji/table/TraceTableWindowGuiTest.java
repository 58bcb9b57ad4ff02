package io.github.ophysio.fiji.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ophysio.fiji.GuiSession;
import io.github.ophysio.model.TraceKind;
import ij.WindowManager;
import ij.text.TextPanel;
import ij.text.TextWindow;
import java.awt.Canvas;
import java.awt.Component;
import java.awt.EventQueue;
import java.awt.image.BufferedImage;
import java.io.File;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A wide trace table's window (rows formatted when painted, cut to the screen) paints pixel for
 * pixel what ImageJ's own window paints for a table of the same values, at the left edge and
 * scrolled far right; everything else reading the window's rows gets whole rows. Needs xvfb-run.
 */
class TraceTableWindowGuiTest {

    private static final String LAZY = "Lazy traces";
    private static final String PLAIN = "Plain traces";

    @BeforeEach
    void startImageJ() {
        GuiSession.start();
    }

    @Test
    void paintsWhatImageJPaintsForTheSameValues() throws Exception {
        TraceTable table = TraceTables.table(new TraceTableTest.Cells(), TraceKind.RAW);
        table.show(LAZY);
        TraceTableTest.plain().show(PLAIN);
        TextPanel mine = panel(LAZY);
        TextPanel theirs = panel(PLAIN);
        onEdt(() -> sameSize(mine, theirs));
        paint(theirs); // ImageJ measures its columns on the first paint
        assertEquals(field(theirs, "iRowHeight"), field(mine, "iRowHeight"), "row height");
        int[] widths = (int[]) field(mine, "iColWidth");
        int[] imageJWidths = (int[]) field(theirs, "iColWidth");
        for (int c = 0; c < widths.length; c++) {
            // measured as 3-decimal numbers: wider than ImageJ's only for a column of whole numbers ("r0")
            int expected = c == 1 ? 80 : imageJWidths[c];
            assertEquals(expected, widths[c], "width of column " + c + " (ImageJ: " + imageJWidths[c] + ")");
        }
        set(theirs, "iColWidth", widths.clone());
        for (int column : new int[] {0, 70}) {
            int x = left((int[]) field(mine, "iColWidth"), column);
            scroll(mine, x);
            scroll(theirs, x);
            assertSamePixels(paint(theirs), paint(mine), "scrolled to column " + column);
        }
        assertTrue(((LazyRows) field(mine, "vData")).rowsCutToScreen() > 0, "the canvas painted rows cut to the screen");
        assertEquals(table.getRowAsString(3), mine.getLine(3), "other readers of the window get whole rows");
        assertTrue(table.isLazy());
        GuiSession.screenshot("trace-table-wide");
    }

    private static TextPanel panel(String title) {
        return ((TextWindow) WindowManager.getWindow(title)).getTextPanel();
    }

    private static void sameSize(TextPanel mine, TextPanel theirs) {
        for (TextPanel panel : new TextPanel[] {mine, theirs}) {
            TextWindow window = (TextWindow) WindowManager.getWindow(panel == mine ? LAZY : PLAIN);
            window.setSize(900, 420);
            window.validate();
        }
    }

    private static int left(int[] widths, int column) {
        int x = 0;
        for (int c = 0; c < column; c++) {
            x += widths[c];
        }
        return x;
    }

    private static void scroll(TextPanel panel, int x) throws Exception {
        set(panel, "iX", x);
        set(panel, "iY", 0);
    }

    private static BufferedImage paint(TextPanel panel) throws Exception {
        Component canvas = canvas(panel);
        BufferedImage image = new BufferedImage(canvas.getWidth(), canvas.getHeight(), BufferedImage.TYPE_INT_RGB);
        onEdt(() -> canvas.paint(image.getGraphics()));
        return image;
    }

    private static void assertSamePixels(BufferedImage expected, BufferedImage actual, String what) throws Exception {
        int differing = 0;
        for (int y = 0; y < expected.getHeight(); y++) {
            for (int x = 0; x < expected.getWidth(); x++) {
                differing += expected.getRGB(x, y) == actual.getRGB(x, y) ? 0 : 1;
            }
        }
        if (differing > 0) {
            Path dir = Files.createDirectories(Path.of("target", "screenshots"));
            ImageIO.write(expected, "png", new File(dir.resolve("trace-table-imagej.png").toString()));
            ImageIO.write(actual, "png", new File(dir.resolve("trace-table-lazy.png").toString()));
        }
        assertEquals(0, differing, what + ": pixels that differ from ImageJ's own window");
    }

    private static Component canvas(TextPanel panel) {
        for (Component child : panel.getComponents()) {
            if (child instanceof Canvas) {
                return child;
            }
        }
        throw new IllegalStateException("no canvas");
    }

    private static Object field(TextPanel panel, String name) throws Exception {
        Field field = TextPanel.class.getDeclaredField(name);
        field.setAccessible(true);
        return field.get(panel);
    }

    private static void set(TextPanel panel, String name, Object value) throws Exception {
        Field field = TextPanel.class.getDeclaredField(name);
        field.setAccessible(true);
        field.set(panel, value);
    }

    private static void onEdt(Runnable run) throws Exception {
        EventQueue.invokeAndWait(run);
    }

    @org.junit.jupiter.api.AfterEach
    void noDialogWasLeftOpen() {
        GuiSession.assertNoDialogWasLeftOpen();
    }
}
