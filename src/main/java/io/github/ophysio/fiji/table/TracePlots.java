package io.github.ophysio.fiji.table;

import ij.gui.Plot;
import ij.measure.ResultsTable;
import java.awt.Color;
import java.util.List;

/** Plots chosen ROI columns of trace tables against their first column (time in seconds, or sample). */
public final class TracePlots {

    private static final Color[] COLORS = {Color.BLUE, Color.RED, new Color(0, 150, 0), Color.MAGENTA, Color.ORANGE,
        Color.CYAN.darker(), Color.BLACK};

    /** One ROI's column and the table it was found in. */
    public record Column(ResultsTable table, String id) {
    }

    private TracePlots() {
    }

    /** A plot of {@code columns}, titled {@code title}; x is each table's first column (time_s or sample). */
    public static Plot plot(String title, List<Column> columns) {
        String heading = columns.get(0).table().getColumnHeading(0);
        Plot plot = new Plot(title, heading.equals(TraceTables.TIME) ? "time (s)" : heading, "value");
        for (int drawn = 0; drawn < columns.size(); drawn++) {
            ResultsTable table = columns.get(drawn).table();
            String id = columns.get(drawn).id();
            plot.setColor(COLORS[drawn % COLORS.length]);
            plot.addPoints(table.getColumn(table.getColumnHeading(0)), table.getColumn(id), Plot.LINE);
            plot.addLabel(0.02 + 0.1 * (drawn % 9), 0.05 + 0.04 * (drawn / 9), id);
        }
        plot.setLimitsToFit(false);
        return plot;
    }
}
