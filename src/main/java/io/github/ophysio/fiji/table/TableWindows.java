package io.github.ophysio.fiji.table;

import ij.WindowManager;
import ij.measure.ResultsTable;
import ij.text.TextPanel;
import ij.text.TextWindow;
import java.awt.Canvas;
import java.awt.Component;
import java.awt.FontMetrics;
import java.awt.Frame;
import java.awt.GraphicsEnvironment;
import java.lang.reflect.Field;

/**
 * Shows a ResultsTable in its own window the way {@link ResultsTable#show(String)} does (same
 * title, size, headings, the table behind the panel for macros, Save As, sorting), but without
 * formatting every cell up front: {@code show} turns each row into text (5 000 ROIs x 50 000
 * samples is 250 million numbers formatted, minutes and gigabytes of strings) and shows a copy of
 * the table. Here the panel gets {@link LazyRows}, which formats only the rows it paints, and the
 * table itself; the column widths are measured here as ImageJ measures them (heading, first 20 rows
 * and the last, + 15 pixels), since ImageJ's own measure finds each cell by scanning its row from
 * the start (quadratic in columns: minutes for 5 000). ImageJ 1.x has no public way to do this: the
 * panel's row list, row count and column widths and the table's title are set by reflection, and
 * when that fails (another ImageJ) it falls back to {@code show}.
 */
final class TableWindows {

    private TableWindows() {
    }

    /** Shows {@code table} titled {@code title}, replacing a window of that title. */
    static void show(ResultsTable table, String title) {
        if (GraphicsEnvironment.isHeadless()) {
            return;
        }
        Frame old = WindowManager.getFrame(title);
        if (old instanceof TextWindow window) {
            window.close(false);
        }
        TextPanel panel = new TextWindow(title, "", width(table), table.size() > 15 ? 400 : 300).getTextPanel();
        panel.setColumnHeadings(table.getColumnHeadings());
        panel.setResultsTable(table);
        try {
            set(TextPanel.class, panel, "vData", new LazyRows(table));
            set(TextPanel.class, panel, "iRowCount", table.size());
            set(TextPanel.class, panel, "iColWidth", widths(table, canvas(panel)));
            set(ResultsTable.class, table, "title", title);
        } catch (ReflectiveOperationException | RuntimeException e) {
            panel.clear();
            table.show(title);
            return;
        }
        panel.updateDisplay();
    }

    private static Component canvas(TextPanel panel) {
        for (Component child : panel.getComponents()) {
            if (child instanceof Canvas) {
                return child;
            }
        }
        throw new IllegalStateException("no text canvas in the panel");
    }

    /** Pixels per column: the widest of the heading, the first 20 rows and the last, at least 15; + 15. */
    private static int[] widths(ResultsTable table, Component canvas) {
        FontMetrics metrics = canvas.getFontMetrics(canvas.getFont());
        String[] headings = table.getColumnHeadings().split("\t", -1);
        int[] widths = new int[headings.length];
        for (int c = 0; c < headings.length; c++) {
            widths[c] = Math.max(15, metrics.stringWidth(headings[c]));
        }
        int rows = table.size();
        for (int row = 0; row < rows; row = row < 19 ? row + 1 : Math.max(row + 1, rows - 1)) {
            String[] cells = table.getRowAsString(row).split("\t", -1);
            for (int c = 0; c < Math.min(cells.length, widths.length); c++) {
                widths[c] = Math.max(widths[c], metrics.stringWidth(cells[c]));
            }
        }
        for (int c = 0; c < widths.length; c++) {
            widths[c] += 15;
        }
        return widths;
    }

    /** ResultsTable.show's width: 10 pixels per character of the first row, 180 to 700 (+50 for row numbers). */
    private static int width(ResultsTable table) {
        int chars = Math.max(table.size() > 0 ? table.getRowAsString(0).length() : 15,
                table.getColumnHeadings().length());
        return Math.min(700, Math.max(180, 100 + chars * 10)) + 50;
    }

    private static void set(Class<?> type, Object target, String name, Object value)
            throws ReflectiveOperationException {
        Field field = type.getDeclaredField(name);
        field.setAccessible(true);
        field.set(target, value);
    }
}
