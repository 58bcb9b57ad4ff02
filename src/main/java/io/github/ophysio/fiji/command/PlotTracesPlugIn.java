package io.github.ophysio.fiji.command;

import io.github.ophysio.fiji.table.TracePlots;
import io.github.ophysio.fiji.table.TraceTables;
import io.github.ophysio.model.TraceKind;
import ij.gui.GenericDialog;
import ij.gui.Roi;
import ij.measure.ResultsTable;
import ij.plugin.PlugIn;
import ij.plugin.frame.RoiManager;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** {@code Plugins > Ophys IO > Plot Traces}: the ROIs selected in the ROI Manager against time. */
public class PlotTracesPlugIn implements PlugIn {

    @Override
    public void run(String arg) {
        String[] kinds = Arrays.stream(TraceKind.values()).map(TraceKind::key).toArray(String[]::new);
        GenericDialog dialog = new GenericDialog(Labels.PLOT_COMMAND);
        dialog.addChoice(Labels.KIND, kinds, TraceKind.RAW.key());
        dialog.showDialog();
        if (dialog.wasCanceled()) {
            return;
        }
        TraceKind kind = TraceKind.fromKey(dialog.getNextChoice()).orElseThrow();
        ResultsTable table = ResultsTable.getResultsTable(TraceTables.title(kind));
        if (table == null) {
            ErrorReport.show(Labels.PLOT_COMMAND, "no \"" + TraceTables.title(kind) + "\" table is open: load a"
                    + " segmentation with Ophys Segmentation first");
            return;
        }
        TracePlots.plot(table, TraceTables.title(kind), selectedIds(RoiManager.getRoiManager())).show();
    }

    /** Names of the selected ROIs, or of all ROIs when none is selected. */
    static List<String> selectedIds(RoiManager manager) {
        Roi[] selected = manager.getSelectedRoisAsArray();
        List<String> ids = new ArrayList<>();
        for (Roi roi : selected.length > 0 ? selected : manager.getRoisAsArray()) {
            ids.add(roi.getName());
        }
        return ids;
    }
}
