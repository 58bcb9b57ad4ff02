package io.github.ophysio.fiji.table;

import io.github.ophysio.fiji.stack.Progress;
import io.github.ophysio.model.SegmentationExtractor;
import io.github.ophysio.model.TraceBlock;
import io.github.ophysio.model.TraceKind;
import ij.measure.ResultsTable;
import java.util.List;

/**
 * One Results table per trace kind: a row per sample, first column {@code time_s}, then one column
 * per ROI named by its id. ROIs are read in blocks of about 1 MiB of trace values, so memory beyond
 * the table stays bounded and each block's (samples, rois) values stay in the CPU cache while they
 * are turned into columns (with long traces a block is a few ROIs; 256 blocks of short traces).
 */
public final class TraceTables {

    /** The first column of every trace table. */
    public static final String TIME = "time_s";
    private static final int MAX_ROIS_PER_READ = 256;
    private static final int VALUES_PER_READ = 1 << 18;

    private TraceTables() {
    }

    /** The table's title for {@code kind}, e.g. "Ophys raw traces". */
    public static String title(TraceKind kind) {
        return "Ophys " + kind.key() + " traces";
    }

    /** The {@code kind} table; null when cancelled. */
    public static ResultsTable table(SegmentationExtractor segmentation, TraceKind kind, Progress progress) {
        int samples = segmentation.getNumSamples();
        ResultsTable table = new ResultsTable(samples);
        table.setValues(TIME, times(segmentation));
        List<Object> ids = segmentation.getRoiIds();
        int perRead = roisPerRead(samples);
        for (int first = 0; first < ids.size(); first += perRead) {
            if (progress.isCancelled()) {
                return null;
            }
            addColumns(table, segmentation, kind, first, Math.min(ids.size(), first + perRead));
            progress.show(first, ids.size());
        }
        return table;
    }

    /** Shows the {@code kind} table in its window (rows are formatted only when painted). */
    public static void show(ResultsTable table, TraceKind kind) {
        TableWindows.show(table, title(kind));
    }

    /** ROIs per read: about {@link #VALUES_PER_READ} values, 1 to {@link #MAX_ROIS_PER_READ} ROIs. */
    static int roisPerRead(int samples) {
        return Math.max(1, Math.min(MAX_ROIS_PER_READ, VALUES_PER_READ / Math.max(1, samples)));
    }

    private static void addColumns(ResultsTable table, SegmentationExtractor segmentation, TraceKind kind, int from,
            int to) {
        int[] rois = new int[to - from];
        for (int i = 0; i < rois.length; i++) {
            rois[i] = from + i;
        }
        TraceBlock block = segmentation.readTraces(kind, 0, segmentation.getNumSamples(), rois);
        float[] all = block.values();
        double[] values = new double[block.samples()];
        for (int i = 0; i < rois.length; i++) {
            for (int t = 0, at = i; t < values.length; t++, at += rois.length) {
                values[t] = all[at];
            }
            table.setValues(String.valueOf(segmentation.getRoiIds().get(from + i)), values);
        }
    }

    /** Seconds per sample (i / fs, or native/user times); sample indices when no time base is known. */
    private static double[] times(SegmentationExtractor segmentation) {
        double[] times = segmentation.getTimestamps();
        if (times != null) {
            return times;
        }
        double[] indices = new double[segmentation.getNumSamples()];
        for (int i = 0; i < indices.length; i++) {
            indices[i] = i;
        }
        return indices;
    }
}
