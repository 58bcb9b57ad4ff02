package io.github.ophysio.fiji.roi;

import io.github.ophysio.fiji.stack.Progress;
import io.github.ophysio.model.MaskKind;
import io.github.ophysio.model.PixelMask;
import io.github.ophysio.model.RoiProperty;
import io.github.ophysio.model.SegmentationExtractor;
import ij.gui.Roi;
import ij.plugin.frame.RoiManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Puts a segmentation's ROIs into a ROI Manager (passed in, never fetched): each named by its id,
 * traced from its mask, grouped and coloured by status, with its properties, pixel count and
 * weight sum as ROI properties, and tagged with their load so {@link LoadedFootprints} finds their weights.
 * All ROIs are built first, so a cancelled load adds nothing.
 */
public final class SegmentationRois {

    private SegmentationRois() {
    }

    /**
     * Builds the ROIs of a new {@link LoadedFootprints} load, outlining weighted footprints by {@code rule};
     * null (and the load forgotten) when cancelled.
     */
    public static List<Roi> build(SegmentationExtractor segmentation, OutlineRule rule, Progress progress) {
        String load = LoadedFootprints.register(segmentation);
        List<Roi> rois = build(segmentation, rule, progress, load);
        if (rois == null) {
            LoadedFootprints.forget(load);
        }
        return rois;
    }

    /** Builds the ROIs as ROIs of {@code load}, outlining weighted footprints by {@code rule}; null when cancelled. */
    public static List<Roi> build(SegmentationExtractor segmentation, OutlineRule rule, Progress progress,
            String load) {
        RoiStatus[] statuses = RoiStatus.of(segmentation);
        List<RoiProperty> properties = segmentation.getProperties();
        List<Object> ids = segmentation.getRoiIds();
        MaskKind kind = segmentation.getMaskKind();
        Optional<RoiPlanes> planes = RoiPlanes.of(segmentation);
        List<Roi> rois = new ArrayList<>(ids.size());
        for (int i = 0; i < ids.size(); i++) {
            if (progress.isCancelled()) {
                return null;
            }
            Roi roi = roi(segmentation.getPixelMask(i), rule, kind, ids.get(i), statuses[i]);
            if (roi != null) {
                int index = i;
                planes.ifPresent(p -> roi.setPosition(p.slice(index)));
                LoadedFootprints.tag(roi, load, index);
                for (RoiProperty property : properties) {
                    roi.setProperty(property.name(), String.valueOf(property.values().get(i)));
                }
                rois.add(roi);
            }
            progress.show(i + 1, ids.size());
        }
        return rois;
    }

    private static Roi roi(PixelMask mask, OutlineRule rule, MaskKind kind, Object id, RoiStatus status) {
        Roi roi = MaskOutlines.outline(mask, rule, kind);
        if (roi == null) {
            return null;
        }
        roi.setName(String.valueOf(id));
        RoiGroups.assign(roi, status.group());
        roi.setStrokeColor(status.color());
        roi.setPosition(0);
        roi.setProperty("id", String.valueOf(id));
        roi.setProperty("status", status.label());
        roi.setProperty("pixels", Integer.toString(mask.pixelCount()));
        roi.setProperty("weightSum", Double.toString(mask.weightSum()));
        roi.setProperty("outline", MaskOutlines.shaped(mask, kind) ? rule.describe() : "non-zero pixels");
        return roi;
    }

    /** Adds {@code rois} to {@code manager}, naming the status groups. */
    public static void addAll(RoiManager manager, List<Roi> rois) {
        for (RoiStatus status : RoiStatus.values()) {
            if (status.group() > 0) {
                Roi.setGroupName(status.group(), status.label());
            }
        }
        for (Roi roi : rois) {
            manager.add(roi, -1);
        }
    }
}
