package io.github.ophysio.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * The parts of a {@link StoredSegmentation} a reader found at open, named one by one instead of in
 * a long argument list. What a reader does not set stays empty: ids 0 … n-1 (as roiextractors numbers
 * the ROIs of formats that name none), no rate, no native times, no traces, properties, images,
 * background or metadata. Not thread-safe; {@link #build} copies the collections it was given.
 */
public final class StoredSegmentationBuilder {

    final String source;
    List<Object> ids;
    int[] frame = {0, 0};
    int samples;
    OptionalDouble fs = OptionalDouble.empty();
    double[] times;
    int maskCount;
    IntFunction<PixelMask> masks = i -> null;
    TraceSource traces = TraceSource.none();
    List<RoiProperty> properties = List.of();
    List<String> imageNames = List.of();
    Function<String, float[]> images = name -> null;
    List<PixelMask> background = List.of();
    TraceSource backgroundTraces;
    Map<String, Object> metadata = Map.of();
    MaskKind maskKind = MaskKind.WEIGHTED;

    StoredSegmentationBuilder(String source) {
        this.source = source;
    }

    /** ROI ids the file names (one per ROI, all different); without them ids are 0 … n-1. */
    public StoredSegmentationBuilder ids(List<Object> roiIds) {
        this.ids = List.copyOf(roiIds);
        return this;
    }

    /** The frame (rows, cols) masks and images cover. */
    public StoredSegmentationBuilder frame(int[] rowsCols) {
        this.frame = rowsCols.clone();
        return this;
    }

    public StoredSegmentationBuilder samples(int count) {
        this.samples = count;
        return this;
    }

    public StoredSegmentationBuilder samplingFrequency(OptionalDouble rate) {
        this.fs = rate;
        return this;
    }

    /** One time per sample in seconds, or null when the file stores none. */
    public StoredSegmentationBuilder nativeTimes(double[] seconds) {
        this.times = seconds == null ? null : seconds.clone();
        return this;
    }

    /** Masks read at open, one per ROI. */
    public StoredSegmentationBuilder masks(List<PixelMask> read) {
        List<PixelMask> fixed = List.copyOf(read);
        return masks(fixed.size(), fixed::get);
    }

    /** {@code count} masks read per request by {@code reader} (e.g. from a mapped file). */
    public StoredSegmentationBuilder masks(int count, IntFunction<PixelMask> reader) {
        this.maskCount = count;
        this.masks = reader;
        return this;
    }

    public StoredSegmentationBuilder traces(TraceSource source) {
        this.traces = source;
        return this;
    }

    public StoredSegmentationBuilder properties(List<RoiProperty> read) {
        this.properties = List.copyOf(read);
        return this;
    }

    /** Summary images read at open, by name, each row-major over the frame. */
    public StoredSegmentationBuilder images(Map<String, float[]> read) {
        Map<String, float[]> fixed = new LinkedHashMap<>(read);
        return images(fixed.keySet(), fixed::get);
    }

    /** Summary images {@code names}, each made on request by {@code reader}. */
    public StoredSegmentationBuilder images(Collection<String> names, Function<String, float[]> reader) {
        this.imageNames = List.copyOf(names);
        this.images = reader;
        return this;
    }

    /** Background components (CaImAn's b) and their traces, or null traces when the file has none. */
    public StoredSegmentationBuilder background(List<PixelMask> masks, TraceSource traces) {
        this.background = List.copyOf(masks);
        this.backgroundTraces = traces;
        return this;
    }

    public StoredSegmentationBuilder metadata(Map<String, Object> found) {
        this.metadata = Collections.unmodifiableMap(new LinkedHashMap<>(found));
        return this;
    }

    /** What the masks' weights say about the ROIs' extent (default: they shape the cell). */
    public StoredSegmentationBuilder maskKind(MaskKind kind) {
        this.maskKind = kind;
        return this;
    }

    /** The segmentation; ids must be one per ROI and all different. */
    public StoredSegmentation build() {
        ids = ids == null ? indices(maskCount) : ids;
        if (ids.size() != maskCount || ids.size() != Set.copyOf(ids).size()) {
            throw new IllegalArgumentException(ids.size() + " ROI ids for " + maskCount + " ROIs, or repeated"
                    + " ids: " + ids);
        }
        return new StoredSegmentation(this);
    }

    private static List<Object> indices(int count) {
        List<Object> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(i);
        }
        return Collections.unmodifiableList(out);
    }
}
