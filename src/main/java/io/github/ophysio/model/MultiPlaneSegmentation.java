package io.github.ophysio.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Several planes' segmentations as one: ROI ids become "plane/id" (unique), a {@code plane}
 * property names each ROI's plane, the frame is the largest plane's, trace kinds are those every
 * plane has, and a plane with fewer samples is padded with NaN (no data) rather than zeros.
 */
final class MultiPlaneSegmentation extends SegmentationExtractor {

    private final List<String> names;
    private final List<SegmentationExtractor> planes;
    private final int[] firstRoi;

    MultiPlaneSegmentation(Map<String, ? extends SegmentationExtractor> byName) {
        if (byName.isEmpty()) {
            throw new IllegalArgumentException("combine at least one plane");
        }
        this.names = List.copyOf(byName.keySet());
        this.planes = List.copyOf(byName.values());
        this.firstRoi = new int[planes.size() + 1];
        for (int p = 0; p < planes.size(); p++) {
            firstRoi[p + 1] = firstRoi[p] + planes.get(p).getNumRois();
        }
    }

    @Override
    public List<Object> getRoiIds() {
        List<Object> ids = new ArrayList<>();
        for (int p = 0; p < planes.size(); p++) {
            for (Object id : planes.get(p).getRoiIds()) {
                ids.add(names.get(p) + "/" + id);
            }
        }
        return ids;
    }

    @Override
    public int[] getFrameShape() {
        int rows = planes.stream().mapToInt(s -> s.getFrameShape()[0]).max().orElse(0);
        int cols = planes.stream().mapToInt(s -> s.getFrameShape()[1]).max().orElse(0);
        return new int[] {rows, cols};
    }

    @Override
    public int getNumSamples() {
        return planes.stream().mapToInt(SegmentationExtractor::getNumSamples).max().orElse(0);
    }

    @Override
    public OptionalDouble getSamplingFrequency() {
        OptionalDouble first = planes.get(0).getSamplingFrequency();
        return planes.stream().allMatch(s -> s.getSamplingFrequency().equals(first)) ? first : OptionalDouble.empty();
    }

    @Override
    public PixelMask getPixelMask(int roiIndex) {
        int p = planeOf(roiIndex);
        return planes.get(p).getPixelMask(roiIndex - firstRoi[p]);
    }

    /** The planes come from one pipeline, so they share a kind. */
    @Override
    public MaskKind getMaskKind() {
        return planes.get(0).getMaskKind();
    }

    @Override
    public Set<TraceKind> getTraceKinds() {
        Set<TraceKind> kinds = new LinkedHashSet<>(planes.get(0).getTraceKinds());
        planes.forEach(s -> kinds.retainAll(s.getTraceKinds()));
        return kinds;
    }

    @Override
    public TraceBlock readTraces(TraceKind kind, int start, int end, int[] roiIndices) {
        checkRange(start, end);
        checkRoiIndices(roiIndices);
        double[] values = new double[(end - start) * roiIndices.length];
        Arrays.fill(values, Double.NaN);
        for (int column = 0; column < roiIndices.length; column++) {
            int p = planeOf(roiIndices[column]);
            SegmentationExtractor plane = planes.get(p);
            int stop = Math.min(end, plane.getNumSamples());
            if (start < stop) {
                double[] trace = plane.readTraces(kind, start, stop, new int[] {roiIndices[column] - firstRoi[p]}).values();
                for (int t = 0; t < trace.length; t++) {
                    values[t * roiIndices.length + column] = trace[t];
                }
            }
        }
        return new TraceBlock(end - start, roiIndices.length, values);
    }

    @Override
    public List<RoiProperty> getProperties() {
        Map<String, List<Object>> columns = new LinkedHashMap<>();
        Map<String, String> descriptions = new LinkedHashMap<>();
        columns.put("plane", new ArrayList<>());
        descriptions.put("plane", "the plane the ROI was found in");
        for (int p = 0; p < planes.size(); p++) {
            addPlane(p, columns, descriptions);
        }
        List<RoiProperty> properties = new ArrayList<>();
        columns.forEach((name, values) -> properties.add(new RoiProperty(name, descriptions.get(name), values)));
        return properties;
    }

    /** Appends plane p's property values; names this plane lacks get nulls (and earlier planes likewise). */
    private void addPlane(int p, Map<String, List<Object>> columns, Map<String, String> descriptions) {
        SegmentationExtractor plane = planes.get(p);
        int before = firstRoi[p];
        for (RoiProperty property : plane.getProperties()) {
            descriptions.putIfAbsent(property.name(), property.description());
            List<Object> column = columns.computeIfAbsent(property.name(), k -> new ArrayList<>());
            while (column.size() < before) {
                column.add(null);
            }
            column.addAll(property.values());
        }
        for (int i = 0; i < plane.getNumRois(); i++) {
            columns.get("plane").add(names.get(p));
        }
        columns.values().forEach(column -> {
            while (column.size() < firstRoi[p + 1]) {
                column.add(null);
            }
        });
    }

    @Override
    public List<String> getImageNames() {
        List<String> images = new ArrayList<>();
        for (int p = 0; p < planes.size(); p++) {
            for (String image : planes.get(p).getImageNames()) {
                images.add(names.get(p) + "/" + image);
            }
        }
        return images;
    }

    /** "plane/name" images, placed top-left in the combined frame; NaN where the plane has no pixels. */
    @Override
    public float[] getImage(String name) {
        int slash = name.indexOf('/');
        int p = slash < 0 ? -1 : names.indexOf(name.substring(0, slash));
        if (p < 0) {
            return super.getImage(name);
        }
        int[] own = planes.get(p).getFrameShape();
        int[] frame = getFrameShape();
        float[] image = planes.get(p).getImage(name.substring(slash + 1));
        float[] placed = new float[frame[0] * frame[1]];
        Arrays.fill(placed, Float.NaN);
        for (int r = 0; r < own[0]; r++) {
            System.arraycopy(image, r * own[1], placed, r * frame[1], own[1]);
        }
        return placed;
    }

    /** The first plane's metadata plus the plane names. */
    @Override
    public Map<String, Object> getMetadata() {
        Map<String, Object> metadata = new LinkedHashMap<>(planes.get(0).getMetadata());
        metadata.put("planes", names);
        return metadata;
    }

    private int planeOf(int roiIndex) {
        int p = 0;
        while (roiIndex >= firstRoi[p + 1]) {
            p++;
        }
        return p;
    }
}
