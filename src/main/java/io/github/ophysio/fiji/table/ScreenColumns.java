package io.github.ophysio.fiji.table;

import io.github.ophysio.fiji.ImageJInternals;
import ij.text.TextPanel;
import java.awt.Component;

/**
 * Which columns of a TextPanel are on screen: from the panel's horizontal scroll position and
 * column widths (package-private in ImageJ 1.x, read through {@link ImageJInternals}) and the canvas's width.
 * Recomputed only when one of them changes, since the canvas asks once per painted cell (a column
 * narrowed by dragging its border shows the columns it uncovers at the next scroll).
 */
final class ScreenColumns {

    private final TextPanel panel;
    private final Component canvas;
    private int lastScroll = -1;
    private int lastScreen = -1;
    private int[] lastWidths;
    private int[] range;

    private ScreenColumns(TextPanel panel, Component canvas) {
        this.panel = panel;
        this.canvas = canvas;
    }

    /** The columns on screen of {@code panel}, or null when this ImageJ's panel hides them. */
    static ScreenColumns of(TextPanel panel, Component canvas) {
        return ImageJInternals.readsTextPanelColumns() ? new ScreenColumns(panel, canvas) : null;
    }

    TextPanel panel() {
        return panel;
    }

    /** {first, last} column on screen (partly visible ones included); null when unreadable. */
    synchronized int[] onScreen() {
        try {
            int x = ImageJInternals.textPanelScrollX(panel);
            int[] columnWidths = ImageJInternals.textPanelColumnWidths(panel);
            int screen = canvas.getWidth();
            if (x != lastScroll || screen != lastScreen || columnWidths != lastWidths) {
                range = columnWidths == null ? null : range(x, screen, columnWidths);
                lastScroll = x;
                lastScreen = screen;
                lastWidths = columnWidths;
            }
            return range;
        } catch (ReflectiveOperationException e) {
            return null;
        }
    }

    /** Columns overlapping [x, x + screen) in pixels; the first column when the screen is not laid out yet. */
    static int[] range(int x, int screen, int[] columnWidths) {
        int first = -1;
        int last = 0;
        int left = 0;
        for (int c = 0; c < columnWidths.length && left < x + Math.max(1, screen); c++) {
            int right = left + columnWidths[c];
            if (right > x && first < 0) {
                first = c;
            }
            last = c;
            left = right;
        }
        return new int[] {Math.max(0, first), last};
    }
}
