package io.github.ophysio.fiji.command;

import io.github.ophysio.fiji.roi.LoadedFootprints;
import io.github.ophysio.fiji.roi.RoiStatus;
import io.github.ophysio.fiji.stack.ImagePlusRecording;
import io.github.ophysio.fiji.table.TraceTables;
import io.github.ophysio.model.CurationStatus;
import io.github.ophysio.model.PixelMask;
import io.github.ophysio.model.RoiProperty;
import io.github.ophysio.model.SegmentationExtractor;
import io.github.ophysio.model.StoredSegmentation;
import io.github.ophysio.model.TraceKind;
import io.github.ophysio.model.TraceSource;
import ij.ImagePlus;
import ij.gui.Roi;
import ij.text.TextWindow;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The ROI Manager's ROIs over an image as a segmentation to save: ids are the ROI names; masks are a
 * loaded ROI's weights (unedited, from a segmentation of the image's frame size), else the ROI as drawn
 * (binary, as Measure rasterises it); status ({@link CurationStatus#PROPERTY}) from the ROI Manager
 * group; the loaded segmentation's other properties where every ROI has them; traces from the open
 * {@code Ophys <kind> traces} tables whose columns are the ROI names (kinds without a table are
 * absent: the writers put zeros where their layout needs the file). Samples: the tables' rows, else
 * the image's frames.
 */
final class RoiSegmentation {

    /** Properties the ROI Manager's groups replace (a ROI moved between groups has a new status). */
    private static final Set<String> STATUS_PROPERTIES = Set.of(CurationStatus.PROPERTY, "is_accepted", "iscell",
            "accepted", "rejected", "is_bad");

    private RoiSegmentation() {
    }

    static SegmentationExtractor of(ImagePlus image, List<Roi> rois, List<TextWindow> tables) {
        if (rois.isEmpty()) {
            throw new IllegalArgumentException("the ROI Manager holds no ROIs");
        }
        List<Object> ids = new ArrayList<>();
        List<PixelMask> masks = new ArrayList<>();
        for (Roi roi : rois) {
            ids.add(name(roi, ids));
            masks.add(mask(roi, image));
        }
        Map<TraceKind, double[]> traces = TraceTableColumns.read(tables, ids);
        int samples = traces.isEmpty() ? frames(image) : traces.values().iterator().next().length / ids.size();
        return StoredSegmentation.builder(Path.of(image.getTitle())).ids(ids).frame(new int[] {image.getHeight(),
                image.getWidth()}).masks(masks).samples(samples).samplingFrequency(ImagePlusRecording.rateOf(image))
                .traces(TraceSource.inMemory(ids.size(), traces)).properties(properties(rois)).build();
    }

    private static String name(Roi roi, List<Object> earlier) {
        String name = roi.getName() == null ? "roi" + (earlier.size() + 1) : roi.getName();
        if (earlier.contains(name)) {
            throw new IllegalArgumentException("two ROIs are named " + name + ": rename one (ROI Manager > Rename...)");
        }
        return name;
    }

    /** A loaded ROI's weights, refused when its segmentation's frame is not the image's; else as drawn. */
    private static PixelMask mask(Roi roi, ImagePlus image) {
        LoadedFootprints.footprint(roi).ifPresent(f -> {
            if (f.frame()[0] != image.getHeight() || f.frame()[1] != image.getWidth()) {
                throw new IllegalArgumentException("ROI " + roi.getName() + " comes from a segmentation of "
                        + f.frame()[0] + " x " + f.frame()[1] + " pixels but the image \"" + image.getTitle() + "\" is "
                        + image.getHeight() + " x " + image.getWidth() + ": select the image the ROIs belong to");
            }
        });
        PixelMask mask = ExtractTracesPlugIn.mask(roi, image);
        if (mask.pixelCount() == 0) {
            throw new IllegalArgumentException("ROI " + roi.getName() + " has no pixel inside the image \""
                    + image.getTitle() + "\" (" + image.getHeight() + " x " + image.getWidth() + ")");
        }
        return mask;
    }

    private static int frames(ImagePlus image) {
        return image.getNFrames() == 1 ? image.getNSlices() : image.getNFrames();
    }

    /** The status from each ROI's group, then the loaded properties every ROI has (status ones excepted). */
    private static List<RoiProperty> properties(List<Roi> rois) {
        List<Object> statuses = new ArrayList<>();
        List<Map<String, Object>> loaded = new ArrayList<>();
        for (Roi roi : rois) {
            statuses.add(RoiStatus.ofGroup(roi.getGroup()).label());
            loaded.add(loadedProperties(roi));
        }
        List<RoiProperty> properties = new ArrayList<>();
        properties.add(new RoiProperty(CurationStatus.PROPERTY, "the ROI Manager group: accepted, rejected,"
                + " undecided or unknown", statuses));
        Set<String> common = new HashSet<>(loaded.get(0).keySet());
        loaded.forEach(values -> common.retainAll(values.keySet()));
        for (String name : loaded.get(0).keySet()) {
            if (common.contains(name)) {
                properties.add(new RoiProperty(name, "as loaded", loaded.stream().map(v -> v.get(name)).toList()));
            }
        }
        return properties;
    }

    private static Map<String, Object> loadedProperties(Roi roi) {
        Map<String, Object> values = new LinkedHashMap<>();
        LoadedFootprints.footprint(roi).ifPresent(f -> {
            for (RoiProperty property : f.segmentation().getProperties()) {
                Object value = property.values().get(f.index());
                if (!STATUS_PROPERTIES.contains(property.name()) && value != null) {
                    values.put(property.name(), value);
                }
            }
        });
        return values;
    }

    /** The trace tables open now, of every kind. */
    static List<TextWindow> openTables() {
        return TraceTables.openWindows();
    }
}
