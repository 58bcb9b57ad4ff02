package io.github.ophysio.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * A segmentation as every reader describes it: the parts read when its file was opened (ids, frame,
 * samples, rate, properties, metadata), masks and images held or read per request, and traces from a
 * {@link TraceSource} on request. Readers fill a {@link StoredSegmentationBuilder} ({@link #builder})
 * instead of subclassing, so no reader re-implements these getters. Immutable; masks and images are
 * handed out as copies.
 */
public final class StoredSegmentation extends SegmentationExtractor {

    private final String source;
    private final List<Object> ids;
    private final int[] frame;
    private final int samples;
    private final OptionalDouble fs;
    private final double[] times;
    private final IntFunction<PixelMask> masks;
    private final TraceSource traces;
    private final List<RoiProperty> properties;
    private final List<String> imageNames;
    private final Function<String, float[]> images;
    private final List<PixelMask> background;
    private final TraceSource backgroundTraces;
    private final Map<String, Object> metadata;
    private final MaskKind maskKind;

    /** Takes what {@code parts} holds now: a builder changed later does not change this segmentation. */
    StoredSegmentation(StoredSegmentationBuilder parts) {
        source = parts.source;
        ids = parts.ids;
        frame = parts.frame;
        samples = parts.samples;
        fs = parts.fs;
        times = parts.times;
        masks = parts.masks;
        traces = parts.traces;
        properties = parts.properties;
        imageNames = parts.imageNames;
        images = parts.images;
        background = parts.background;
        backgroundTraces = parts.backgroundTraces;
        metadata = parts.metadata;
        maskKind = parts.maskKind;
    }

    @Override
    public MaskKind getMaskKind() {
        return maskKind;
    }

    /** A builder for the segmentation of {@code source} (the file, named in messages). */
    public static StoredSegmentationBuilder builder(Object source) {
        return new StoredSegmentationBuilder(source.toString());
    }

    @Override
    public List<Object> getRoiIds() {
        return ids;
    }

    @Override
    public int[] getFrameShape() {
        return frame.clone();
    }

    @Override
    public int getNumSamples() {
        return samples;
    }

    @Override
    public OptionalDouble getSamplingFrequency() {
        return fs;
    }

    @Override
    public double[] getNativeTimestamps(int start, int end) {
        checkRange(start, end);
        return times == null ? null : Arrays.copyOfRange(times, start, end);
    }

    @Override
    public PixelMask getPixelMask(int roiIndex) {
        checkRoiIndices(new int[] {roiIndex});
        return copy(masks.apply(roiIndex));
    }

    @Override
    public Set<TraceKind> getTraceKinds() {
        return traces.kinds();
    }

    @Override
    public TraceBlock readTraces(TraceKind kind, int start, int end, int[] roiIndices) {
        checkRange(start, end);
        checkRoiIndices(roiIndices);
        if (!getTraceKinds().contains(kind)) {
            throw new IllegalArgumentException("no " + kind.key() + " traces in " + source + " (traces: "
                    + getTraceKinds().stream().map(TraceKind::key).toList() + ")");
        }
        return traces.read(kind, start, end, roiIndices);
    }

    @Override
    public List<RoiProperty> getProperties() {
        return properties;
    }

    @Override
    public List<String> getImageNames() {
        return imageNames;
    }

    @Override
    public float[] getImage(String name) {
        return imageNames.contains(name) ? images.apply(name).clone() : super.getImage(name);
    }

    /** Background components are {@code background0}, {@code background1}, … as roiextractors names them. */
    @Override
    public List<Object> getBackgroundIds() {
        List<Object> ids = new ArrayList<>();
        for (int i = 0; i < background.size(); i++) {
            ids.add("background" + i);
        }
        return ids;
    }

    @Override
    public PixelMask getBackgroundMask(int index) {
        if (index < 0 || index >= background.size()) {
            return super.getBackgroundMask(index);
        }
        return copy(background.get(index));
    }

    @Override
    public TraceBlock readBackgroundTraces(int start, int end, int[] indices) {
        checkRange(start, end);
        for (int index : indices) {
            if (index < 0 || index >= getNumBackground()) {
                throw new IndexOutOfBoundsException("background component " + index + " outside [0, "
                        + getNumBackground() + ")");
            }
        }
        if (backgroundTraces == null) {
            throw new IllegalArgumentException("no background traces in " + source);
        }
        return backgroundTraces.read(TraceKind.BACKGROUND, start, end, indices);
    }

    @Override
    public Map<String, Object> getMetadata() {
        return metadata;
    }

    /** Masks are records of arrays: hand out copies so callers cannot change what later calls return. */
    private static PixelMask copy(PixelMask mask) {
        return new PixelMask(mask.rows().clone(), mask.cols().clone(), mask.weights().clone());
    }

}
