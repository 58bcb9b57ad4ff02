package io.github.ophysio.fiji.command;

import io.github.ophysio.fiji.roi.FootprintStack;
import io.github.ophysio.fiji.roi.LoadedFootprints;
import io.github.ophysio.fiji.roi.RoiStatus;
import io.github.ophysio.fiji.roi.SegmentationRois;
import io.github.ophysio.fiji.stack.Progress;
import io.github.ophysio.fiji.table.TraceTables;
import io.github.ophysio.model.SegmentationExtractor;
import io.github.ophysio.model.TraceKind;
import io.github.ophysio.fiji.roi.RoiPlanes;
import ij.ImagePlus;
import ij.ImageStack;
import ij.gui.Roi;
import ij.measure.ResultsTable;
import ij.plugin.frame.RoiManager;
import ij.process.FloatProcessor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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

    /** The image {@code images=auto} prefers for the ROIs to sit on, in order. */
    static final List<String> IMAGE_PREFERENCE = List.of("mean", "correlation", "max");
    /** The image made when a segmentation has none: the maximum over its footprints. */
    static final String FOOTPRINTS_MAX = "footprints max";

    private SegmentationLoader() {
    }

    /** Loads and shows; null when cancelled. {@code title} names the source in window titles. */
    public static Loaded load(SegmentationExtractor all, String title, SegmentationRequest request,
            RoiManager manager, Progress progress) {
        return load(all, title, request, manager, progress, false);
    }

    /**
     * As above; {@code onRecording}: the ROIs will sit on an open recording of their frame, so
     * {@code images=auto} opens no image of its own.
     */
    public static Loaded load(SegmentationExtractor all, String title, SegmentationRequest request,
            RoiManager manager, Progress progress, boolean onRecording) {
        SegmentationExtractor chosen = request.acceptedOnly() ? accepted(all) : all;
        SegmentationExtractor segmentation = request.label() == null ? chosen : chosen.withIdPrefix(request.label() + "/");
        String load = LoadedFootprints.register(segmentation);
        List<Roi> rois = SegmentationRois.build(segmentation, request.outline(), progress, load);
        if (rois == null) {
            LoadedFootprints.forget(load);
            return null;
        }
        Map<TraceKind, ResultsTable> tables = tables(segmentation, request);
        LoadedFootprints.releaseUnused(List.of(manager.getRoisAsArray()), load);
        SegmentationRois.addAll(manager, rois);
        tables.forEach((kind, table) -> TraceTables.show(table, request.title(TraceTables.title(kind))));
        ImagePlus footprints = request.footprints() ? FootprintStack.image(segmentation) : null;
        if (footprints != null) {
            footprints.setTitle(request.title(title + " " + FootprintStack.TITLE));
        }
        List<ImagePlus> images = planeStack(segmentation, request, onRecording, title).map(List::of)
                .orElseGet(() -> images(segmentation, request, onRecording).stream()
                        .map(name -> image(segmentation, name, request.title(title + " " + name))).toList());
        LoadedFootprints.keepWhileOpen(load, opened(footprints, images));
        return new Loaded(segmentation, rois, tables, footprints, images);
    }

    private static List<ImagePlus> opened(ImagePlus footprints, List<ImagePlus> images) {
        List<ImagePlus> opened = new ArrayList<>(images);
        if (footprints != null) {
            opened.add(footprints);
        }
        return opened;
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
        for (TraceKind kind : request.traceKinds(segmentation.getTraceKinds())) {
            tables.put(kind, TraceTables.table(segmentation, kind));
        }
        return tables;
    }

    /**
     * The names of the images to open: all, none, or for {@code auto} the one image the ROIs sit on
     * (none over an open recording; else mean, correlation, max, else the footprints' maximum).
     */
    static List<String> images(SegmentationExtractor segmentation, SegmentationRequest request, boolean onRecording) {
        List<String> names = segmentation.getImageNames();
        return switch (request.images()) {
            case ALL -> names;
            case NONE -> List.of();
            case AUTO -> onRecording ? List.of() : toSitOn(segmentation);
        };
    }

    /**
     * For {@code images=auto} on ROIs of several planes: one stack of the planes' preferred image (a
     * slice per plane, labelled by it) on which each ROI sits at its plane.
     */
    private static Optional<ImagePlus> planeStack(SegmentationExtractor segmentation, SegmentationRequest request,
            boolean onRecording, String title) {
        Optional<RoiPlanes> planes = RoiPlanes.of(segmentation);
        if (request.images() != SegmentationRequest.Images.AUTO || onRecording || planes.isEmpty()) {
            return Optional.empty();
        }
        List<String> names = segmentation.getImageNames();
        for (String kind : IMAGE_PREFERENCE) {
            if (planes.get().names().stream().allMatch(plane -> names.contains(plane + "/" + kind))) {
                return Optional.of(stackOf(segmentation, planes.get(), kind, request.title(title + " " + kind)));
            }
        }
        return Optional.empty();
    }

    private static ImagePlus stackOf(SegmentationExtractor segmentation, RoiPlanes planes, String kind, String title) {
        int[] frame = segmentation.getFrameShape();
        ImageStack stack = new ImageStack(frame[1], frame[0]);
        for (String plane : planes.names()) {
            stack.addSlice(plane, segmentation.getImage(plane + "/" + kind));
        }
        ImagePlus image = new ImagePlus(title, stack);
        image.resetDisplayRange();
        return image;
    }

    private static List<String> toSitOn(SegmentationExtractor segmentation) {
        List<String> names = segmentation.getImageNames();
        for (String name : IMAGE_PREFERENCE) {
            if (names.contains(name)) {
                return List.of(name);
            }
        }
        if (!names.isEmpty()) {
            return List.of(names.get(0));
        }
        return segmentation.getNumRois() > 0 ? List.of(FOOTPRINTS_MAX) : List.of();
    }

    private static ImagePlus image(SegmentationExtractor segmentation, String name, String title) {
        int[] frame = segmentation.getFrameShape();
        float[] values = name.equals(FOOTPRINTS_MAX) ? FootprintStack.maximum(segmentation) : segmentation.getImage(name);
        FloatProcessor pixels = new FloatProcessor(frame[1], frame[0], values);
        pixels.resetMinAndMax();
        return new ImagePlus(title, pixels);
    }
}
