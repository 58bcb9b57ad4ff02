package io.github.ophysio.fiji.table;

import io.github.ophysio.fiji.stack.Progress;
import io.github.ophysio.model.SegmentationExtractor;
import io.github.ophysio.model.TraceBlock;
import io.github.ophysio.model.TraceKind;
import ij.measure.ResultsTable;
import java.util.List;

/**
 * One Results table per trace kind: a row per sample, first column {@code time_s}, then one column
 * per ROI named by its id. ROIs are read in blocks so memory beyond the table stays bounded.
 */
public final class TraceTables {

    /** The first column of every trace table. */
    public static final String TIME = "time_s";
    private static final int ROIS_PER_READ = 256;

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
        for (int first = 0; first < ids.size(); first += ROIS_PER_READ) {
            if (progress.isCancelled()) {
                return null;
            }
            addColumns(table, segmentation, kind, first, Math.min(ids.size(), first + ROIS_PER_READ));
            progress.show(first, ids.size());
        }
        return table;
    }

    private static void addColumns(ResultsTable table, SegmentationExtractor segmentation, TraceKind kind, int from,
            int to) {
        int[] rois = new int[to - from];
        for (int i = 0; i < rois.length; i++) {
            rois[i] = from + i;
        }
        TraceBlock block = segmentation.readTraces(kind, 0, segmentation.getNumSamples(), rois);
        for (int i = 0; i < rois.length; i++) {
            float[] column = block.column(i);
            double[] values = new double[column.length];
            for (int t = 0; t < column.length; t++) {
                values[t] = column[t];
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
