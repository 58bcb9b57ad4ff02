package io.github.ophysio.fiji.command;

import io.github.ophysio.fiji.table.TraceTables;
import io.github.ophysio.model.TraceKind;
import ij.measure.ResultsTable;
import ij.text.TextWindow;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The traces of named ROIs read from open {@code Ophys <kind> traces} tables: per kind, the first table
 * holding a column for every ROI name. A kind whose tables all lack some ROI is refused (the tables are
 * of other ROIs: saving them under these names would be wrong); tables of different lengths too.
 */
final class TraceTableColumns {

    private TraceTableColumns() {
    }

    /** Per kind with a matching table, its values (samples, ROIs) in C order, columns in {@code ids} order. */
    static Map<TraceKind, double[]> read(List<TextWindow> windows, List<Object> ids) {
        Map<TraceKind, double[]> traces = new LinkedHashMap<>();
        int samples = -1;
        for (TraceKind kind : TraceKind.values()) {
            List<TextWindow> ofKind = windows.stream().filter(w -> TraceTables.isTitleOf(kind, w.getTitle())).toList();
            if (ofKind.isEmpty()) {
                continue;
            }
            ResultsTable table = matching(ofKind, ids);
            if (samples >= 0 && table.size() != samples) {
                throw new IllegalArgumentException("the open trace tables differ in length (" + samples + " and "
                        + table.size() + " rows): close the ones of another recording");
            }
            samples = table.size();
            traces.put(kind, values(table, ids));
        }
        return traces;
    }

    private static ResultsTable matching(List<TextWindow> windows, List<Object> ids) {
        for (TextWindow window : windows) {
            ResultsTable table = window.getResultsTable();
            if (table != null && ids.stream().allMatch(id -> table.columnExists(String.valueOf(id)))) {
                return table;
            }
        }
        ResultsTable first = windows.get(0).getResultsTable();
        throw new IllegalArgumentException("the table \"" + windows.get(0).getTitle() + "\" has no column for every ROI"
                + " (columns " + (first == null ? "none" : few(Arrays.asList(first.getHeadings()))) + ", ROIs " + few(ids)
                + "): close it, or extract traces of these ROIs");
    }

    /** A list as text, cut after 10 items (a message stays one readable line with thousands of ROIs). */
    private static String few(List<?> items) {
        if (items.size() <= 10) {
            return items.toString();
        }
        String first = items.subList(0, 10).toString();
        return first.substring(0, first.length() - 1) + ", … " + (items.size() - 10) + " more]";
    }

    private static double[] values(ResultsTable table, List<Object> ids) {
        int samples = table.size();
        double[] values = new double[samples * ids.size()];
        for (int j = 0; j < ids.size(); j++) {
            double[] column = table.getColumnAsDoubles(table.getColumnIndex(String.valueOf(ids.get(j))));
            for (int t = 0; t < samples; t++) {
                values[t * ids.size() + j] = column[t];
            }
        }
        return values;
    }
}
