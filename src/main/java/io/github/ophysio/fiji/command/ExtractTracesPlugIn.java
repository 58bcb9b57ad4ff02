package io.github.ophysio.fiji.command;

import io.github.ophysio.fiji.roi.LoadedFootprints;
import io.github.ophysio.fiji.roi.RoiRaster;
import io.github.ophysio.fiji.stack.ImagePlusRecording;
import io.github.ophysio.fiji.table.TableLifetime;
import io.github.ophysio.fiji.table.TraceTables;
import io.github.ophysio.model.PixelMask;
import io.github.ophysio.model.SegmentationExtractor;
import io.github.ophysio.model.TraceKind;
import io.github.ophysio.stream.PassCancelledException;
import io.github.ophysio.traces.ExtractedTraces;
import io.github.ophysio.traces.RoiFootprint;
import io.github.ophysio.traces.TraceExtraction;
import io.github.ophysio.traces.TraceOptions;
import ij.IJ;
import ij.ImagePlus;
import ij.WindowManager;
import ij.gui.GenericDialog;
import ij.gui.Roi;
import ij.plugin.PlugIn;
import ij.plugin.frame.RoiManager;
import ij.measure.ResultsTable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code Plugins > Ophys IO > Extract Traces}: traces of the ROI Manager's ROIs (all, or the selected
 * ones) over the current image — an Ophys recording or any grey stack or hyperstack — in one streaming
 * pass, shown as the lazy "Ophys raw/neuropil/dff traces" tables. A ROI's Z and C positions pick its
 * plane and channel (else the image's current ones). A ROI of a loaded segmentation is measured with its
 * weights ({@code Σ w·x / Σ w}, see {@link LoadedFootprints}), any other as drawn. Esc cancels and leaves
 * no table.
 */
public class ExtractTracesPlugIn implements PlugIn {

    @Override
    public void run(String arg) {
        ErrorReport.guard(Labels.EXTRACT_COMMAND, ExtractTracesPlugIn::extract);
    }

    private static void extract() {
        ImagePlus image = currentImage();
        RoiManager manager = ExtractRequest.holdingRois(MacroRoiManager.existing());
        GenericDialog dialog = new GenericDialog(Labels.EXTRACT_COMMAND);
        boolean anySelected = manager.getSelectedIndexes().length > 0;
        dialog.addChoice("rois", ExtractRequest.ROI_CHOICES, anySelected ? "selected" : "all");
        dialog.addChoice("neuropil", ExtractRequest.NEUROPIL_CHOICES, "none");
        dialog.addNumericField("factor", TraceOptions.NEUROPIL_FACTOR, 2);
        dialog.addChoice("dff", ExtractRequest.DFF_CHOICES, "none");
        dialog.addNumericField("percentile", TraceOptions.PERCENTILE, 1);
        dialog.addNumericField("window", TraceOptions.WINDOW_SECONDS, 1, 6, "s");
        dialog.showDialog();
        if (dialog.wasCanceled()) {
            return;
        }
        ExtractRequest request = ExtractRequest.of(dialog.getNextChoice(), dialog.getNextChoice(),
                dialog.getNextNumber(), dialog.getNextChoice(), dialog.getNextNumber(), dialog.getNextNumber());
        run(image, request.rois(manager), request.options());
    }

    /** The current image; a usage error when none is open. */
    static ImagePlus currentImage() {
        ImagePlus image = WindowManager.getCurrentImage();
        if (image == null) {
            throw new IllegalArgumentException("no image is open: open a recording first");
        }
        return image;
    }

    /**
     * Extracts and shows the tables; public for tests that pass ROIs directly. The tables shown, by kind
     * (empty when Esc was pressed).
     */
    public static Map<TraceKind, ResultsTable> run(ImagePlus image, List<Roi> rois, TraceOptions options) {
        ExtractedTraces traces = extract(image, rois, options);
        return traces == null ? Map.of() : show(traces, image.getTitle());
    }

    /**
     * The traces of {@code rois} over {@code image}, not shown; null when Esc was pressed. Every channel's
     * ROIs are measured in the one pass: the recording's planes are the image's (channel, slice) pairs.
     */
    public static ExtractedTraces extract(ImagePlus image, List<Roi> rois, TraceOptions options) {
        ImagePlusRecording recording = ImagePlusRecording.calibratedChannels(image);
        List<RoiFootprint> footprints = new ArrayList<>();
        for (Roi roi : rois) {
            int[] cz = position(image, roi);
            footprints.add(new RoiFootprint(roi.getName() == null ? "roi" + (footprints.size() + 1) : roi.getName(),
                    recording.planeOf(cz[0], cz[1]), mask(roi, image)));
        }
        IJ.resetEscape();
        try {
            return TraceExtraction.of(recording, footprints, options).progress(IJ::showProgress)
                    .cancelledWhen(IJ::escapePressed).run();
        } catch (PassCancelledException e) {
            IJ.showProgress(1.0);
            IJ.showStatus(Labels.EXTRACT_COMMAND + ": cancelled");
            return null;
        }
    }

    /**
     * A loaded ROI's weights (unless it was edited, or its segmentation's frame is not the image's size),
     * else the ROI as drawn, rasterised as Measure does.
     */
    static PixelMask mask(Roi roi, ImagePlus image) {
        return LoadedFootprints.footprint(roi)
                .filter(f -> f.frame()[0] == image.getHeight() && f.frame()[1] == image.getWidth())
                .map(LoadedFootprints.Footprint::mask)
                .orElseGet(() -> RoiRaster.mask(roi, image.getWidth(), image.getHeight()));
    }

    /** Shows a table per kind; the temporary trace files go when the last of these windows closes. */
    private static Map<TraceKind, ResultsTable> show(ExtractedTraces traces, String title) {
        SegmentationExtractor segmentation = traces.asSegmentation(title);
        Map<TraceKind, ResultsTable> tables = new LinkedHashMap<>();
        List<String> titles = new ArrayList<>();
        for (TraceKind kind : traces.kinds()) {
            ResultsTable table = TraceTables.table(segmentation, kind);
            titles.add(TraceTables.title(kind));
            TraceTables.show(table, TraceTables.title(kind));
            tables.put(kind, table);
        }
        TableLifetime.closeWithWindows(traces, titles);
        return tables;
    }

    /** (channel, z) of a ROI, 1-based: its hyperstack position, else its stack position, else the image's. */
    private static int[] position(ImagePlus image, Roi roi) {
        if (roi.hasHyperStackPosition()) {
            return new int[] {orCurrent(roi.getCPosition(), image.getC()), orCurrent(roi.getZPosition(), image.getZ())};
        }
        if (roi.getPosition() > 0 && image.isHyperStack()) {
            int[] czt = image.convertIndexToPosition(roi.getPosition());
            return new int[] {czt[0], czt[1]};
        }
        return new int[] {image.getC(), image.getZ()};
    }

    private static int orCurrent(int position, int current) {
        return position > 0 ? position : current;
    }
}
