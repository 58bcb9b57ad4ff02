package io.github.ophysio.fiji;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import ij.IJ;
import ij.gui.Roi;
import ij.measure.ResultsTable;
import ij.text.TextPanel;
import java.awt.Canvas;
import java.awt.Component;
import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Vector;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Fails, naming the member, when the ImageJ on the classpath no longer has what {@link ImageJInternals}
 * reaches by reflection. The plugin itself falls back silently (slower); an ImageJ update must be
 * looked at here instead (see docs/design.md "Library internals we rely on").
 */
class ImageJInternalsTest {

    static Stream<ImageJInternals.Member> members() {
        return ImageJInternals.members().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("members")
    void everyMemberIsInThisImageJ(ImageJInternals.Member member) {
        assertNotNull(member.handle(), member.name() + " is gone from ImageJ " + IJ.getFullVersion()
                + " (built against 1.54p): at run time " + member.fallback()
                + ". Find the new way and update ImageJInternals and docs/design.md.");
    }

    @Test
    void elevenMembersAreListed() {
        assertEquals(11, ImageJInternals.members().size(), "a member added to ImageJInternals is listed for this test");
    }

    @Test
    void roiGroupIsSetWithoutSetGroup() {
        Roi roi = new Roi(1, 2, 3, 4);
        assertTrue(ImageJInternals.setRoiGroup(roi, 7), "Roi.group settable");
        assertEquals(7, roi.getGroup());
    }

    @Test
    void resultsTableTitleIsSet() throws Exception {
        ResultsTable table = new ResultsTable();
        ImageJInternals.setResultsTableTitle(table, "Traces");
        assertEquals("Traces", table.getTitle());
    }

    @Test
    void textPanelTakesRowsWidthsAndRowHeight() throws Exception {
        TextPanel panel = panel();
        int[] widths = {40, 55};
        ImageJInternals.setTextPanelRowHeight(panel, 17);
        ImageJInternals.setTextPanelColumnWidths(panel, widths);
        ImageJInternals.setTextPanelRows(panel, rows("1\t2", "3\t4", "5\t6"), 3);
        ImageJInternals.adjustTextPanelScrollBars(panel);
        assertEquals(3, panel.getLineCount());
        assertEquals("3\t4", panel.getLine(1));
        assertSame(widths, ImageJInternals.textPanelColumnWidths(panel), "ImageJ's own array, compared by identity");
        assertEquals(0, ImageJInternals.textPanelScrollX(panel));
        assertTrue(ImageJInternals.readsTextPanelColumns());
        Font font = new Font(Font.MONOSPACED, Font.PLAIN, 13);
        panel.setFont(font, false);
        assertSame(font, ImageJInternals.textCanvasFont(canvas(panel)), "TextCanvas.fFont is the font setFont sets");
    }

    /** LazyRows recognises the canvas by this frame: getChars must ask the row list through elementAt. */
    @Test
    void getCharsAsksTheRowListAndIsRecognisedOnTheStack() throws Exception {
        TextPanel panel = panel();
        List<Boolean> recognised = new ArrayList<>();
        Vector<Object> rows = new Vector<>() {
            @Override
            public synchronized Object elementAt(int index) {
                recognised.add(StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE).walk(frames -> frames
                        .skip(1).findFirst().filter(ImageJInternals::isTextPanelGetChars).isPresent()));
                return "7\t8".toCharArray();
            }
        };
        rows.add(null);
        ImageJInternals.setTextPanelRows(panel, rows, 1);
        Method getChars = (Method) ImageJInternals.members().stream()
                .filter(m -> m.name().startsWith("ij.text.TextPanel.getChars")).findFirst().orElseThrow().handle();
        assertArrayEquals("8".toCharArray(), (char[]) getChars.invoke(panel, 1, 0), "column 1 of row 0");
        assertEquals(List.of(true), recognised, "TextPanel.getChars asked once, recognised as the caller");
    }

    private static TextPanel panel() {
        assumeFalse(GraphicsEnvironment.isHeadless(), "a TextPanel needs a display (run under xvfb-run)");
        TextPanel panel = new TextPanel();
        panel.setColumnHeadings("a\tb");
        return panel;
    }

    private static Vector<Object> rows(String... lines) {
        Vector<Object> rows = new Vector<>();
        for (String line : lines) {
            rows.add(line.toCharArray());
        }
        return rows;
    }

    private static Component canvas(TextPanel panel) {
        for (Component child : panel.getComponents()) {
            if (child instanceof Canvas) {
                return child;
            }
        }
        throw new AssertionError("no canvas in the TextPanel");
    }
}
