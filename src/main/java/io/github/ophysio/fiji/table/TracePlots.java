package io.github.ophysio.fiji.table;

import ij.gui.Plot;
import ij.measure.ResultsTable;
import java.awt.Color;
import java.util.List;

/** Plots chosen ROI columns of a trace table against {@code time_s}. */
public final class TracePlots {

    private static final Color[] COLORS = {Color.BLUE, Color.RED, new Color(0, 150, 0), Color.MAGENTA, Color.ORANGE,
        Color.CYAN.darker(), Color.BLACK};

    private TracePlots() {
    }

    /** A plot of the columns named {@code ids}; ids the table lacks are skipped. */
    public static Plot plot(ResultsTable table, String title, List<String> ids) {
        double[] time = table.getColumn(TraceTables.TIME);
        Plot plot = new Plot(title, "time (s)", "value");
        int drawn = 0;
        for (String id : ids) {
            if (table.columnExists(id)) {
                plot.setColor(COLORS[drawn % COLORS.length]);
                plot.addPoints(time, table.getColumn(id), Plot.LINE);
                plot.addLabel(0.02 + 0.1 * (drawn % 9), 0.05 + 0.04 * (drawn / 9), id);
                drawn++;
            }
        }
        plot.setLimitsToFit(false);
        return plot;
    }
}
