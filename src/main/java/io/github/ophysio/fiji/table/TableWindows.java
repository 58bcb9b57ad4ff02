package io.github.ophysio.fiji.table;

import io.github.ophysio.fiji.ImageJInternals;
import ij.WindowManager;
import ij.measure.ResultsTable;
import ij.text.TextPanel;
import ij.text.TextWindow;
import java.awt.Canvas;
import java.awt.Component;
import java.awt.EventQueue;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Frame;
import java.awt.GraphicsEnvironment;
import java.lang.reflect.InvocationTargetException;

/**
 * Shows a ResultsTable in its own window the way {@link ResultsTable#show(String)} does (same
 * title, size, headings, the table behind the panel for macros, Save As, sorting), but without
 * formatting every cell up front: {@code show} turns each row into text (5 000 ROIs x 50 000
 * samples is 250 million numbers formatted, minutes and gigabytes of strings) and shows a copy of
 * the table. Here the panel gets {@link LazyRows}, which formats only what it paints, and the table
 * itself. The column widths are measured here as ImageJ measures them (heading, first 20 rows and
 * the last, + 15 pixels) and the row height is set, since ImageJ's own measure on the first paint
 * finds each cell by scanning its row from the start (quadratic in columns: seconds for 5 000).
 * ImageJ 1.x has no public way to do this: the panel's row list, row count, row height and column
 * widths and the table's title are set through {@link ImageJInternals}, and when that fails (another
 * ImageJ) it falls back to {@code show}.
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
        // on the event thread: a paint between two of these fields would measure the rows itself
        onEventThread(() -> {
            if (!rowsWhenPainted(panel, table, title)) {
                panel.clear();
                showFormatted(table, title);
            }
        });
    }

    /** Gives the panel the table's rows formatted when painted; false when this ImageJ hides the fields. */
    private static boolean rowsWhenPainted(TextPanel panel, ResultsTable table, String title) {
        try {
            Component canvas = canvas(panel);
            FontMetrics metrics = canvas.getFontMetrics(ImageJInternals.textCanvasFont(canvas));
            // with a row height the canvas's first paint keeps these widths instead of measuring 21 rows itself
            ImageJInternals.setTextPanelRowHeight(panel, metrics.getHeight() + 2);
            ImageJInternals.setTextPanelColumnWidths(panel, widths(table, metrics));
            ImageJInternals.setTextPanelRows(panel, new LazyRows(table, ScreenColumns.of(panel, canvas)), table.size());
            ImageJInternals.setResultsTableTitle(table, title);
            ImageJInternals.adjustTextPanelScrollBars(panel);
            canvas.repaint();
            return true;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return false;
        }
    }

    /** ImageJ's own show: every cell formatted (a trace table's cells are copied in first). */
    private static void showFormatted(ResultsTable table, String title) {
        if (table instanceof TraceTable traces) {
            traces.showFormatted(title);
        } else {
            table.show(title);
        }
    }

    private static void onEventThread(Runnable run) {
        if (EventQueue.isDispatchThread()) {
            run.run();
            return;
        }
        try {
            EventQueue.invokeAndWait(run);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    private static Component canvas(TextPanel panel) {
        for (Component child : panel.getComponents()) {
            if (child instanceof Canvas) {
                return child;
            }
        }
        throw new IllegalStateException("no text canvas in the panel");
    }

    /**
     * Pixels per column: the widest of the heading, the first 20 rows and the last, at least 15; + 15.
     * Cells are measured as 3-decimal numbers (the widest ImageJ writes them), so measuring needs no
     * whole row and no whole column of a lazy table.
     */
    private static int[] widths(ResultsTable table, FontMetrics metrics) {
        String[] headings = table.getColumnHeadings().split("\t", -1);
        int firstValue = headings.length - (table.getLastColumn() + 1);
        int[] widths = new int[headings.length];
        for (int c = 0; c < headings.length; c++) {
            widths[c] = Math.max(15, metrics.stringWidth(headings[c]));
        }
        int rows = table.size();
        for (int row = 0; row < rows; row = row < 19 ? row + 1 : Math.max(row + 1, rows - 1)) {
            for (int c = Math.max(0, firstValue); c < widths.length; c++) {
                widths[c] = Math.max(widths[c], metrics.stringWidth(widest(table, c - firstValue, row)));
            }
        }
        for (int c = 0; c < widths.length; c++) {
            widths[c] += 15;
        }
        return widths;
    }

    /** ResultsTable.show's width: 10 pixels per character of the first row, 180 to 700 (+50 for row numbers). */
    private static int width(ResultsTable table) {
        int chars = table.getColumnHeadings().length();
        if (table.size() > 0) {
            int rowChars = table.getLastColumn();
            for (int c = 0; c <= table.getLastColumn() && rowChars < chars; c++) {
                rowChars += widest(table, c, 0).length();
            }
            chars = Math.max(chars, rowChars);
        }
        return Math.min(700, Math.max(180, 100 + chars * 10)) + 50;
    }

    private static String widest(ResultsTable table, int column, int row) {
        return ResultsTable.d2s(table.getValueAsDouble(column, row), 3);
    }
}
