package io.github.ophysio.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * A segmentation whose small parts (ids, masks, properties, images) were read when its file was
 * opened, and whose traces come from a {@link TraceSource} on request. The one implementation the
 * readers that load at open share; immutable (masks and images are handed out as copies).
 */
public class StoredSegmentation extends SegmentationExtractor {

    /**
     * What a reader read at open. {@code source} names the file in messages; {@code times} are native
     * times or null; {@code backgroundTraces} may be null when there are no background components.
     */
    public record Parts(String source, List<Object> ids, int[] frame, int samples, OptionalDouble fs, double[] times,
            List<PixelMask> masks, TraceSource traces, List<RoiProperty> properties, Map<String, float[]> images,
            List<PixelMask> background, TraceSource backgroundTraces, Map<String, Object> metadata) {

        public Parts {
            ids = List.copyOf(ids);
            masks = List.copyOf(masks);
            properties = List.copyOf(properties);
            images = Collections.unmodifiableMap(new LinkedHashMap<>(images));
            background = List.copyOf(background);
            metadata = Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
            if (ids.size() != masks.size() || ids.size() != Set.copyOf(ids).size()) {
                throw new IllegalArgumentException(ids.size() + " ROI ids for " + masks.size() + " ROIs, or repeated"
                        + " ids: " + ids);
            }
        }

        /** Ids 0 … count-1, as roiextractors numbers ROIs of formats that name none. */
        public static List<Object> indices(int count) {
            List<Object> ids = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                ids.add(i);
            }
            return ids;
        }
    }

    private final Parts parts;

    public StoredSegmentation(Parts parts) {
        this.parts = parts;
    }

    @Override
    public List<Object> getRoiIds() {
        return parts.ids();
    }

    @Override
    public int[] getFrameShape() {
        return parts.frame().clone();
    }

    @Override
    public int getNumSamples() {
        return parts.samples();
    }

    @Override
    public OptionalDouble getSamplingFrequency() {
        return parts.fs();
    }

    @Override
    public double[] getNativeTimestamps(int start, int end) {
        checkRange(start, end);
        return parts.times() == null ? null : Arrays.copyOfRange(parts.times(), start, end);
    }

    @Override
    public PixelMask getPixelMask(int roiIndex) {
        checkRoiIndices(new int[] {roiIndex});
        return copy(parts.masks().get(roiIndex));
    }

    @Override
    public Set<TraceKind> getTraceKinds() {
        return parts.traces().kinds();
    }

    @Override
    public TraceBlock readTraces(TraceKind kind, int start, int end, int[] roiIndices) {
        checkRange(start, end);
        checkRoiIndices(roiIndices);
        if (!getTraceKinds().contains(kind)) {
            throw new IllegalArgumentException("no " + kind.key() + " traces in " + parts.source() + " (traces: "
                    + getTraceKinds().stream().map(TraceKind::key).toList() + ")");
        }
        return parts.traces().read(kind, start, end, roiIndices);
    }

    @Override
    public List<RoiProperty> getProperties() {
        return parts.properties();
    }

    @Override
    public List<String> getImageNames() {
        return List.copyOf(parts.images().keySet());
    }

    @Override
    public float[] getImage(String name) {
        float[] image = parts.images().get(name);
        return image == null ? super.getImage(name) : image.clone();
    }

    /** Background components are {@code background0}, {@code background1}, … as roiextractors names them. */
    @Override
    public List<Object> getBackgroundIds() {
        List<Object> ids = new ArrayList<>();
        for (int i = 0; i < parts.background().size(); i++) {
            ids.add("background" + i);
        }
        return ids;
    }

    @Override
    public PixelMask getBackgroundMask(int index) {
        if (index < 0 || index >= parts.background().size()) {
            return super.getBackgroundMask(index);
        }
        return copy(parts.background().get(index));
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
        if (parts.backgroundTraces() == null) {
            throw new IllegalArgumentException("no background traces in " + parts.source());
        }
        return parts.backgroundTraces().read(TraceKind.BACKGROUND, start, end, indices);
    }

    @Override
    public Map<String, Object> getMetadata() {
        return parts.metadata();
    }

    /** Masks are records of arrays: hand out copies so callers cannot change what later calls return. */
    private static PixelMask copy(PixelMask mask) {
        return new PixelMask(mask.rows().clone(), mask.cols().clone(), mask.weights().clone());
    }
}
