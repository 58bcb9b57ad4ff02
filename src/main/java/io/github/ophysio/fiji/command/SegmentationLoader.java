package io.github.ophysio.fiji.command;

import io.github.ophysio.fiji.roi.FootprintStack;
import io.github.ophysio.fiji.roi.RoiStatus;
import io.github.ophysio.fiji.roi.SegmentationRois;
import io.github.ophysio.fiji.stack.Progress;
import io.github.ophysio.fiji.table.TraceTables;
import io.github.ophysio.model.SegmentationExtractor;
import io.github.ophysio.model.TraceKind;
import ij.ImagePlus;
import ij.gui.Roi;
import ij.measure.ResultsTable;
import ij.plugin.frame.RoiManager;
import ij.process.FloatProcessor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Shows a segmentation in ImageJ: ROIs into the given ROI Manager, one Results table per trace
 * kind, the footprints stack and the summary images. Everything is built before anything is shown,
 * so a cancelled load changes nothing.
 */
public final class SegmentationLoader {

    /** What a load produced (shown already), for callers and tests. */
    public record Loaded(SegmentationExtractor segmentation, List<Roi> rois, Map<TraceKind, ResultsTable> tables,
            ImagePlus footprints, List<ImagePlus> images) {
    }

    private SegmentationLoader() {
    }

    /** Loads and shows; null when cancelled. {@code title} names the source in window titles. */
    public static Loaded load(SegmentationExtractor all, String title, SegmentationRequest request,
            RoiManager manager, Progress progress) {
        SegmentationExtractor chosen = request.acceptedOnly() ? accepted(all) : all;
        SegmentationExtractor segmentation = request.label() == null ? chosen : chosen.withIdPrefix(request.label() + "/");
        List<Roi> rois = SegmentationRois.build(segmentation, progress);
        if (rois == null) {
            return null;
        }
        Map<TraceKind, ResultsTable> tables = tables(segmentation, request);
        SegmentationRois.addAll(manager, rois);
        tables.forEach((kind, table) -> TraceTables.show(table, request.title(TraceTables.title(kind))));
        ImagePlus footprints = request.footprints() ? FootprintStack.image(segmentation) : null;
        if (footprints != null) {
            footprints.setTitle(request.title(FootprintStack.TITLE));
        }
        List<ImagePlus> images = request.images() ? images(segmentation, title) : List.of();
        return new Loaded(segmentation, rois, tables, footprints, images);
    }

    private static SegmentationExtractor accepted(SegmentationExtractor segmentation) {
        RoiStatus[] statuses = RoiStatus.of(segmentation);
        List<Integer> kept = new ArrayList<>();
        for (int i = 0; i < statuses.length; i++) {
            if (statuses[i] != RoiStatus.REJECTED) {
                kept.add(i);
            }
        }
        return segmentation.selectRois(kept.stream().mapToInt(Integer::intValue).toArray());
    }

    private static Map<TraceKind, ResultsTable> tables(SegmentationExtractor segmentation, SegmentationRequest request) {
        Map<TraceKind, ResultsTable> tables = new LinkedHashMap<>();
        for (TraceKind kind : segmentation.getTraceKinds()) {
            if (request.traceKinds().contains(kind)) {
                tables.put(kind, TraceTables.table(segmentation, kind));
            }
        }
        return tables;
    }

    private static List<ImagePlus> images(SegmentationExtractor segmentation, String title) {
        int[] frame = segmentation.getFrameShape();
        List<ImagePlus> images = new ArrayList<>();
        for (String name : segmentation.getImageNames()) {
            FloatProcessor pixels = new FloatProcessor(frame[1], frame[0], segmentation.getImage(name));
            pixels.resetMinAndMax();
            images.add(new ImagePlus(title + " " + name, pixels));
        }
        return images;
    }
}
