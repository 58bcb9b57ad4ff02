package io.github.ophysio.formats.nwb;

import io.github.ophysio.model.PixelMask;
import io.github.ophysio.model.RoiProperty;
import io.github.ophysio.model.SegmentationExtractor;
import io.github.ophysio.model.TraceBlock;
import io.github.ophysio.model.TraceKind;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * One PlaneSegmentation. Immutable: ids, masks, properties and images are read at open; traces
 * per request from the file (which is not kept open).
 */
final class NwbSegmentation extends SegmentationExtractor {

    /** What was read at open; {@code times} are native times (null when they are i / fs from 0). */
    record Content(Path path, List<Object> ids, NwbMasks masks, List<RoiProperty> properties, NwbTraces traces,
            Map<String, float[]> images, OptionalDouble fs, double[] times, Map<String, Object> metadata) {
    }

    private final Content content;

    NwbSegmentation(Content content) {
        this.content = content;
    }

    @Override
    public List<Object> getRoiIds() {
        return content.ids();
    }

    @Override
    public int[] getFrameShape() {
        return content.masks().frame().clone();
    }

    @Override
    public int getNumSamples() {
        return content.traces().samples();
    }

    @Override
    public OptionalDouble getSamplingFrequency() {
        return content.fs();
    }

    @Override
    public double[] getNativeTimestamps(int start, int end) {
        checkRange(start, end);
        return content.times() == null ? null : Arrays.copyOfRange(content.times(), start, end);
    }

    @Override
    public PixelMask getPixelMask(int roiIndex) {
        checkRoiIndices(new int[] {roiIndex});
        PixelMask mask = content.masks().masks().get(roiIndex);
        return new PixelMask(mask.rows().clone(), mask.cols().clone(), mask.weights().clone());
    }

    @Override
    public Set<TraceKind> getTraceKinds() {
        return Collections.unmodifiableSet(content.traces().kinds());
    }

    @Override
    public TraceBlock readTraces(TraceKind kind, int start, int end, int[] roiIndices) {
        checkRange(start, end);
        checkRoiIndices(roiIndices);
        if (!getTraceKinds().contains(kind)) {
            throw new IllegalArgumentException("no " + kind.key() + " traces in " + content.path() + " (traces: "
                    + getTraceKinds().stream().map(TraceKind::key).toList() + ")");
        }
        return content.traces().read(kind, start, end, roiIndices);
    }

    @Override
    public List<RoiProperty> getProperties() {
        return content.properties();
    }

    @Override
    public List<String> getImageNames() {
        return List.copyOf(content.images().keySet());
    }

    @Override
    public float[] getImage(String name) {
        float[] image = content.images().get(name);
        return image == null ? super.getImage(name) : image.clone();
    }

    @Override
    public Map<String, Object> getMetadata() {
        return Collections.unmodifiableMap(content.metadata());
    }
}
