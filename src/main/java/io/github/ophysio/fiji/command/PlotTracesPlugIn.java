package io.github.ophysio.fiji.command;

import io.github.ophysio.fiji.table.TracePlots;
import io.github.ophysio.fiji.table.TraceTables;
import io.github.ophysio.model.TraceKind;
import ij.IJ;
import ij.Macro;
import ij.gui.GenericDialog;
import ij.gui.Roi;
import ij.measure.ResultsTable;
import ij.plugin.PlugIn;
import ij.plugin.frame.RoiManager;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * {@code Plugins > Ophys IO > Plot Traces}: the ROIs selected in the ROI Manager against time, from
 * the open trace tables of one kind (a load added beside another has tables of its own, and each ROI
 * is found in the table holding its column). With nothing selected, the first {@link #MAX_ALL} ROIs.
 */
public class PlotTracesPlugIn implements PlugIn {

    /** With no selection, at most this many ROIs are drawn: thousands of lines in one plot are unreadable. */
    static final int MAX_ALL = 20;

    @Override
    public void run(String arg) {
        ErrorReport.guard(Labels.PLOT_COMMAND, PlotTracesPlugIn::plot);
    }

    private static void plot() {
        List<TraceKind> open = openKinds();
        if (open.isEmpty()) {
            throw new IllegalArgumentException("no Ophys trace table is open: load a segmentation with Ophys"
                    + " Segmentation first");
        }
        TraceKind kind = askKind(open);
        if (kind == null) {
            return;
        }
        RoiManager manager = MacroRoiManager.existing();
        boolean all = manager == null || manager.getSelectedIndexes().length == 0;
        List<String> ids = roiNames(manager);
        List<TracePlots.Column> columns = columns(kind, ids);
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("none of the " + ids.size() + " ROIs (" + sample(ids) + ") has a column"
                    + " in the open \"" + TraceTables.title(kind) + "\" tables");
        }
        TracePlots.plot(kind.key() + " traces: " + sample(columns.stream().map(TracePlots.Column::id).toList()),
                all ? capped(columns) : columns).show();
    }

    /** The kind to plot: offered among the open kinds (raw first when open); a macro may name any kind. */
    private static TraceKind askKind(List<TraceKind> open) {
        GenericDialog dialog = new GenericDialog(Labels.PLOT_COMMAND);
        TraceKind preferred = open.contains(TraceKind.RAW) ? TraceKind.RAW : open.get(0);
        if (Macro.getOptions() != null) {
            dialog.addStringField(Labels.KIND, preferred.key());
        } else {
            dialog.addChoice(Labels.KIND, open.stream().map(TraceKind::key).toArray(String[]::new), preferred.key());
        }
        dialog.showDialog();
        if (dialog.wasCanceled()) {
            return null;
        }
        String key = Macro.getOptions() != null ? dialog.getNextString().trim() : dialog.getNextChoice();
        TraceKind kind = TraceKind.fromKey(key).orElseThrow(() -> new IllegalArgumentException("kind must be one of "
                + keys(open) + ", not " + key));
        if (!open.contains(kind)) {
            throw new IllegalArgumentException("no \"" + TraceTables.title(kind) + "\" table is open (open: "
                    + keys(open) + ")");
        }
        return kind;
    }

    private static String keys(List<TraceKind> kinds) {
        return kinds.stream().map(TraceKind::key).collect(Collectors.joining(", "));
    }

    /** Kinds with at least one open table, in TraceKind order. */
    static List<TraceKind> openKinds() {
        return Arrays.stream(TraceKind.values()).filter(kind -> !tables(kind).isEmpty()).toList();
    }

    private static List<ResultsTable> tables(TraceKind kind) {
        return TraceTables.openWindows(kind).stream().map(window -> window.getResultsTable())
                .filter(java.util.Objects::nonNull).toList();
    }

    /** Names of the selected ROIs, or of all ROIs when none is selected; a usage error when there are none. */
    static List<String> roiNames(RoiManager manager) {
        Roi[] selected = manager == null ? new Roi[0] : manager.getSelectedRoisAsArray();
        Roi[] rois = selected.length > 0 ? selected : manager == null ? new Roi[0] : manager.getRoisAsArray();
        if (rois.length == 0) {
            throw new IllegalArgumentException("the ROI Manager holds no ROIs: load a segmentation first");
        }
        return Arrays.stream(rois).map(Roi::getName).toList();
    }

    private static List<TracePlots.Column> columns(TraceKind kind, List<String> ids) {
        List<ResultsTable> tables = tables(kind);
        List<TracePlots.Column> columns = new ArrayList<>();
        for (String id : ids) {
            tables.stream().filter(table -> id != null && table.columnExists(id)).findFirst()
                    .ifPresent(table -> columns.add(new TracePlots.Column(table, id)));
        }
        return columns;
    }

    private static List<TracePlots.Column> capped(List<TracePlots.Column> columns) {
        if (columns.size() <= MAX_ALL) {
            return columns;
        }
        IJ.log(Labels.PLOT_COMMAND + ": plotted the first " + MAX_ALL + " of " + columns.size() + " ROIs; select ROIs"
                + " in the ROI Manager to plot others");
        return columns.subList(0, MAX_ALL);
    }

    /** The first few names, for titles and messages. */
    private static String sample(List<String> ids) {
        String shown = ids.stream().limit(5).collect(Collectors.joining(", "));
        return ids.size() > 5 ? shown + ", …" : shown;
    }
}
