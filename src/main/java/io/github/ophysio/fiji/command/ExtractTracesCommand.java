package io.github.ophysio.fiji.command;

import io.github.ophysio.model.TraceKind;
import io.github.ophysio.traces.TraceOptions;
import ij.ImagePlus;
import ij.gui.Roi;
import ij.measure.ResultsTable;
import java.util.List;
import java.util.Map;
import org.scijava.ItemIO;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

/**
 * Extract Traces as a SciJava command for scripts; no menu path (the menu entry is
 * {@link ExtractTracesPlugIn}). It does what the menu does, over {@code image} (else the current image)
 * and the ROI Manager the running macro or script sees, and shows the same tables. Inputs are the
 * macro's keys: {@code rois} (all, selected), {@code neuropil} (none, ring), {@code factor}, {@code dff}
 * (none, percentile), {@code percentile}, {@code window} (seconds); blank numbers take the menu's
 * defaults. Outputs: the tables made ({@code rawTraces}, {@code neuropilTraces}, {@code dffTraces}; null
 * when not asked for or cancelled) and {@code numRois}.
 */
@Plugin(type = Command.class, name = "Extract Traces")
public class ExtractTracesCommand implements Command {

    @Parameter(required = false, persist = false)
    private ImagePlus image;

    @Parameter(label = "rois", required = false, persist = false)
    private String rois = "all";

    @Parameter(label = "neuropil", required = false, persist = false)
    private String neuropil = "none";

    @Parameter(label = "factor", required = false, persist = false)
    private String factor = "";

    @Parameter(label = "dff", required = false, persist = false)
    private String dff = "none";

    @Parameter(label = "percentile", required = false, persist = false)
    private String percentile = "";

    @Parameter(label = "window", required = false, persist = false)
    private String window = "";

    @Parameter(type = ItemIO.OUTPUT)
    private ResultsTable rawTraces;

    @Parameter(type = ItemIO.OUTPUT)
    private ResultsTable neuropilTraces;

    @Parameter(type = ItemIO.OUTPUT)
    private ResultsTable dffTraces;

    @Parameter(type = ItemIO.OUTPUT)
    private int numRois;

    @Override
    public void run() {
        ExtractRequest request = ExtractRequest.of(rois, neuropil,
                ExtractRequest.number("factor", factor, TraceOptions.NEUROPIL_FACTOR), dff,
                ExtractRequest.number("percentile", percentile, TraceOptions.PERCENTILE),
                ExtractRequest.number("window", window, TraceOptions.WINDOW_SECONDS));
        ImagePlus over = image != null ? image : ExtractTracesPlugIn.currentImage();
        List<Roi> picked = request.rois(MacroRoiManager.existing());
        Map<TraceKind, ResultsTable> tables = ExtractTracesPlugIn.run(over, picked, request.options());
        rawTraces = tables.get(TraceKind.RAW);
        neuropilTraces = tables.get(TraceKind.NEUROPIL);
        dffTraces = tables.get(TraceKind.DFF);
        numRois = tables.isEmpty() ? 0 : picked.size();
    }
}
