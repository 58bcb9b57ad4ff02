package io.github.ophysio.fiji.roi;

import io.github.ophysio.fiji.stack.Progress;
import io.github.ophysio.model.PixelMask;
import io.github.ophysio.model.RoiProperty;
import io.github.ophysio.model.SegmentationExtractor;
import ij.gui.Roi;
import ij.plugin.frame.RoiManager;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Puts a segmentation's ROIs into a ROI Manager (passed in, never fetched): each named by its id,
 * traced from its mask, grouped and coloured by status, with its properties, pixel count and
 * weight sum as ROI properties. All ROIs are built first, so a cancelled load adds nothing.
 */
public final class SegmentationRois {

    private SegmentationRois() {
    }

    /** ROIs traced per step: the masks are read one after the other, then traced on every core. */
    static final int STEP = 256;

    /** Builds the ROIs; null when cancelled. */
    public static List<Roi> build(SegmentationExtractor segmentation, Progress progress) {
        RoiStatus[] statuses = RoiStatus.of(segmentation);
        List<RoiProperty> properties = segmentation.getProperties();
        List<Object> ids = segmentation.getRoiIds();
        int[] frame = segmentation.getFrameShape();
        int framePixels = frame[0] * frame[1];
        List<Roi> rois = new ArrayList<>(ids.size());
        for (int first = 0; first < ids.size(); first += STEP) {
            if (progress.isCancelled()) {
                return null;
            }
            int end = Math.min(ids.size(), first + STEP);
            // the format is read on this thread only: readers need not be thread-safe
            PixelMask[] masks = new PixelMask[end - first];
            for (int i = first; i < end; i++) {
                masks[i - first] = segmentation.getPixelMask(i);
            }
            int offset = first;
            IntStream.range(first, end).parallel()
                    .mapToObj(i -> roi(masks[i - offset], framePixels, ids.get(i), statuses[i], properties, i))
                    .forEachOrdered(roi -> {
                        if (roi != null) {
                            rois.add(roi);
                        }
                    });
            progress.show(end, ids.size());
        }
        return rois;
    }

    private static Roi roi(PixelMask mask, int framePixels, Object id, RoiStatus status, List<RoiProperty> properties,
            int index) {
        Roi roi = roi(mask, framePixels, id, status);
        if (roi != null) {
            for (RoiProperty property : properties) {
                roi.setProperty(property.name(), String.valueOf(property.values().get(index)));
            }
        }
        return roi;
    }

    private static Roi roi(PixelMask mask, int framePixels, Object id, RoiStatus status) {
        Roi roi = MaskOutlines.outline(mask, framePixels);
        if (roi == null) {
            return null;
        }
        roi.setName(String.valueOf(id));
        roi.setGroup(status.group());
        roi.setStrokeColor(status.color());
        roi.setPosition(0);
        roi.setProperty("id", String.valueOf(id));
        roi.setProperty("status", status.label());
        roi.setProperty("pixels", Integer.toString(mask.pixelCount()));
        roi.setProperty("weightSum", Double.toString(mask.weightSum()));
        roi.setProperty("outline", MaskOutlines.isDense(mask, framePixels)
                ? "weights >= " + MaskOutlines.DENSE_THRESHOLD + " x max (dense footprint)" : "non-zero pixels");
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
