package io.github.ophysio.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A segmentation: ROIs with footprints, traces by kind and per-ROI properties, after roiextractors'
 * {@code SegmentationExtractor}. A format implements the core (ids, frame shape, samples, rate,
 * masks, trace kinds, trace reads); everything else is written once here. Traces are shaped
 * (samples, rois) in every format. Background components are ROIs of their own kind, with their
 * own ids and accessors.
 */
public abstract class SegmentationExtractor extends SampledExtractor {

    // ---- the core a format implements

    /** ROI ids in ROI order: Integers or Strings, unique. */
    public abstract List<Object> getRoiIds();

    /** (rows, cols) of the frame the masks live in. */
    public abstract int[] getFrameShape();

    /** The footprint of the ROI at {@code roiIndex} (not its id). */
    public abstract PixelMask getPixelMask(int roiIndex);

    /** The trace kinds this segmentation holds, in a stable order. */
    public abstract Set<TraceKind> getTraceKinds();

    /**
     * Traces of {@code kind} for samples [start, end) and the ROIs at {@code roiIndices}, shaped
     * (samples, rois). Reads only what is asked for where the format allows.
     */
    public abstract TraceBlock readTraces(TraceKind kind, int start, int end, int[] roiIndices);

    // ---- optional facts a format may override

    /** Typed per-ROI properties with descriptions, each with one value per ROI. */
    public List<RoiProperty> getProperties() {
        return List.of();
    }

    /** Names of the summary images ({@code mean}, {@code correlation}, {@code max}, …). */
    public List<String> getImageNames() {
        return List.of();
    }

    /** The summary image {@code name}, rows × cols row-major in the frame's shape. */
    public float[] getImage(String name) {
        throw new IllegalArgumentException("no image '" + name + "' (images: " + getImageNames() + ")");
    }

    /** Ids of the background components (CaImAn b/f…), separate from ROI ids. */
    public List<Object> getBackgroundIds() {
        return List.of();
    }

    public PixelMask getBackgroundMask(int index) {
        throw new IndexOutOfBoundsException("no background component " + index);
    }

    /** Background traces for samples [start, end), shaped (samples, components). */
    public TraceBlock readBackgroundTraces(int start, int end, int[] indices) {
        throw new IndexOutOfBoundsException("no background components");
    }

    /** The file's own description, JSON-like values. */
    public Map<String, Object> getMetadata() {
        return Map.of();
    }

    // ---- written once

    public int getNumRois() {
        return getRoiIds().size();
    }

    public int getNumBackground() {
        return getBackgroundIds().size();
    }

    /** The index of the ROI with {@code id} (compared by string form, so 3 and "3" match). */
    public int roiIndex(Object id) {
        List<Object> ids = getRoiIds();
        for (int i = 0; i < ids.size(); i++) {
            if (String.valueOf(ids.get(i)).equals(String.valueOf(id))) {
                return i;
            }
        }
        throw new IllegalArgumentException("no ROI with id " + id);
    }

    /** The footprint as a dense rows × cols image. */
    public float[] getImageMask(int roiIndex) {
        int[] frame = getFrameShape();
        return getPixelMask(roiIndex).toImage(frame[0], frame[1]);
    }

    /** All samples of {@code kind} for all ROIs. */
    public TraceBlock getTraces(TraceKind kind) {
        return readTraces(kind, 0, getNumSamples(), allRois());
    }

    /** One ROI's whole trace. */
    public double[] getTrace(TraceKind kind, int roiIndex) {
        return readTraces(kind, 0, getNumSamples(), new int[] {roiIndex}).values();
    }

    public boolean hasTraces(TraceKind kind) {
        return getTraceKinds().contains(kind);
    }

    public Optional<RoiProperty> getProperty(String name) {
        return getProperties().stream().filter(p -> p.name().equals(name)).findFirst();
    }

    /** Indices 0 … N-1. */
    public int[] allRois() {
        int[] all = new int[getNumRois()];
        for (int i = 0; i < all.length; i++) {
            all[i] = i;
        }
        return all;
    }

    // ---- lazy views

    /** Samples [start, end); ROIs, masks and properties unchanged. */
    public SegmentationExtractor sliceSamples(int start, int end) {
        checkRange(start, end);
        return new SegmentationSampleSlice(this, start, end);
    }

    /** The ROIs at {@code roiIndices}, in that order; their properties stay aligned with them. */
    public SegmentationExtractor selectRois(int... roiIndices) {
        return new RoiSelection(this, roiIndices);
    }

    /** The ROIs with the given ids. */
    /** What the footprints' weights say about the ROIs' extent (default: they shape the cell). */
    public MaskKind getMaskKind() {
        return MaskKind.WEIGHTED;
    }

    /** The same segmentation with every ROI id written {@code prefix + id} (ids become strings). */
    public SegmentationExtractor withIdPrefix(String prefix) {
        return new PrefixedIds(this, prefix);
    }

    public SegmentationExtractor selectRoiIds(List<?> ids) {
        List<Integer> indices = new ArrayList<>();
        ids.forEach(id -> indices.add(roiIndex(id)));
        return selectRois(indices.stream().mapToInt(Integer::intValue).toArray());
    }

    /** Several planes as one segmentation; ids become "plane/id" so they stay unique. */
    public static SegmentationExtractor combinePlanes(Map<String, ? extends SegmentationExtractor> planes) {
        return new MultiPlaneSegmentation(planes);
    }

    protected final void checkRoiIndices(int[] roiIndices) {
        for (int index : roiIndices) {
            if (index < 0 || index >= getNumRois()) {
                throw new IndexOutOfBoundsException("ROI index " + index + " outside [0, " + getNumRois() + ")");
            }
        }
    }
}
