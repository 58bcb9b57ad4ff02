package io.github.ophysio.formats;

import io.github.ophysio.model.PixelMask;
import io.github.ophysio.model.RoiProperty;
import io.github.ophysio.model.SegmentationExtractor;
import io.github.ophysio.model.TraceKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/** The cli.md {@code info} and {@code rois} objects of a segmentation (field names fixed there). */
public final class SegmentationInfo {

    private SegmentationInfo() {
    }

    public static Map<String, Object> of(String format, SegmentationExtractor segmentation) {
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("kind", DataKind.SEGMENTATION.key());
        info.put("format", format);
        info.put("numRois", segmentation.getNumRois());
        info.put("roiIds", segmentation.getRoiIds());
        info.put("frameShape", segmentation.getFrameShape());
        info.put("numSamples", segmentation.getNumSamples());
        OptionalDouble fs = segmentation.getSamplingFrequency();
        info.put("samplingFrequency", fs.isPresent() ? fs.getAsDouble() : null);
        info.put("traces", traces(segmentation));
        info.put("images", images(segmentation));
        info.put("properties", segmentation.getProperties().stream().map(RoiProperty::name).toList());
        info.put("numBackground", segmentation.getNumBackground());
        info.put("metadata", segmentation.getMetadata());
        return info;
    }

    private static Map<String, int[]> traces(SegmentationExtractor segmentation) {
        Map<String, int[]> traces = new LinkedHashMap<>();
        for (TraceKind kind : segmentation.getTraceKinds()) {
            traces.put(kind.key(), new int[] {segmentation.getNumSamples(), segmentation.getNumRois()});
        }
        return traces;
    }

    private static Map<String, int[]> images(SegmentationExtractor segmentation) {
        Map<String, int[]> images = new LinkedHashMap<>();
        segmentation.getImageNames().forEach(name -> images.put(name, segmentation.getFrameShape()));
        return images;
    }

    /** {@code {"rois": [{"id", "pixels", "weightSum", "centroid", "bbox", "properties"}, ...]}} in ROI order. */
    public static Map<String, Object> rois(SegmentationExtractor segmentation) {
        List<RoiProperty> properties = segmentation.getProperties();
        List<Object> rois = new ArrayList<>();
        for (int i = 0; i < segmentation.getNumRois(); i++) {
            rois.add(roi(segmentation.getRoiIds().get(i), segmentation.getPixelMask(i), properties, i));
        }
        return Map.of("rois", rois);
    }

    private static Map<String, Object> roi(Object id, PixelMask mask, List<RoiProperty> properties, int index) {
        Map<String, Object> roi = new LinkedHashMap<>();
        roi.put("id", id);
        roi.put("pixels", mask.pixelCount());
        roi.put("weightSum", mask.weightSum());
        roi.put("centroid", mask.centroid());
        roi.put("bbox", mask.bbox());
        Map<String, Object> values = new LinkedHashMap<>();
        properties.forEach(p -> values.put(p.name(), p.values().get(index)));
        roi.put("properties", values);
        return roi;
    }
}
