package io.github.ophysio.fiji.table;

import io.github.ophysio.model.SegmentationExtractor;
import io.github.ophysio.model.TraceKind;
import ij.WindowManager;
import ij.measure.ResultsTable;
import ij.text.TextWindow;
import java.util.Arrays;
import java.util.List;

/**
 * One Results table per trace kind: a row per sample, first column {@code time_s}, then one column
 * per ROI named by its id. The tables are {@link TraceTable}s: nothing is copied when they are made,
 * cells are read from the segmentation when shown or asked for, so memory stays bounded however
 * many ROIs and samples there are.
 */
public final class TraceTables {

    /** The first column of a trace table: the time of each sample in seconds... */
    public static final String TIME = "time_s";
    /** ...or, when the segmentation states no rate and no times, the sample index. */
    public static final String SAMPLE = "sample";

    private TraceTables() {
    }

    /** The table's title for {@code kind}, e.g. "Ophys raw traces". */
    public static String title(TraceKind kind) {
        return "Ophys " + kind.key() + " traces";
    }

    /**
     * The {@code kind} table: a column per ROI, cells read from the segmentation when asked for
     * (opening it reads nothing but the time base).
     */
    public static TraceTable table(SegmentationExtractor segmentation, TraceKind kind) {
        return new TraceTable(new TraceCells(segmentation, kind));
    }

    /** Shows a trace table in its window titled {@code title} (rows are formatted only when painted). */
    public static void show(ResultsTable table, String title) {
        TableWindows.show(table, title);
    }

    /** The open trace table windows of {@code kind} (the first load's and added ones), in window order. */
    public static List<TextWindow> openWindows(TraceKind kind) {
        return Arrays.stream(WindowManager.getNonImageWindows()).filter(TextWindow.class::isInstance)
                .map(TextWindow.class::cast).filter(window -> isTitleOf(kind, window.getTitle())).toList();
    }

    /** The open trace table windows of every kind. */
    public static List<TextWindow> openWindows() {
        return Arrays.stream(TraceKind.values()).flatMap(kind -> openWindows(kind).stream()).toList();
    }

    /** Whether {@code title} names a {@code kind} table: the first load's, or an added one's "… (label)". */
    public static boolean isTitleOf(TraceKind kind, String title) {
        return title.equals(title(kind)) || title.startsWith(title(kind) + " (") && title.endsWith(")");
    }
}
