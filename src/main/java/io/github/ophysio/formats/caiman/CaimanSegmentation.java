package io.github.ophysio.formats.caiman;

import io.github.ophysio.model.PixelMask;
import io.github.ophysio.model.RoiProperty;
import io.github.ophysio.model.SegmentationExtractor;
import io.github.ophysio.model.TraceBlock;
import io.github.ophysio.model.TraceKind;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * A CaImAn {@code cnm.save()} file as a segmentation. Immutable: footprints, background footprints,
 * properties and images are read at open (small), traces per request from the file.
 * ROI ids are CaImAn's component indices 0 … K-1 (what {@code idx_components} lists); background
 * components are {@code background0}, {@code background1}, … as roiextractors names them.
 */
final class CaimanSegmentation extends SegmentationExtractor {

    /** What was read at open. */
    record Content(Path path, int[] frame, List<PixelMask> masks, List<PixelMask> background, CaimanTraces traces,
            List<RoiProperty> properties, Map<String, float[]> images, OptionalDouble fs, Map<String, Object> metadata) {
    }

    private final Content content;

    CaimanSegmentation(Content content) {
        this.content = content;
    }

    @Override
    public List<Object> getRoiIds() {
        List<Object> ids = new ArrayList<>(content.masks().size());
        for (int i = 0; i < content.masks().size(); i++) {
            ids.add(i);
        }
        return ids;
    }

    @Override
    public int[] getFrameShape() {
        return content.frame().clone();
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
    public PixelMask getPixelMask(int roiIndex) {
        checkRoiIndices(new int[] {roiIndex});
        return copy(content.masks().get(roiIndex));
    }

    @Override
    public Set<TraceKind> getTraceKinds() {
        return Collections.unmodifiableSet(content.traces().roiKinds());
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
    public List<Object> getBackgroundIds() {
        List<Object> ids = new ArrayList<>();
        for (int i = 0; i < content.background().size(); i++) {
            ids.add("background" + i);
        }
        return ids;
    }

    @Override
    public PixelMask getBackgroundMask(int index) {
        if (index < 0 || index >= content.background().size()) {
            return super.getBackgroundMask(index);
        }
        return copy(content.background().get(index));
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
        if (!content.traces().has(TraceKind.BACKGROUND)) {
            throw new IllegalArgumentException("no background traces in " + content.path() + " (estimates/f is None)");
        }
        return content.traces().read(TraceKind.BACKGROUND, start, end, indices);
    }

    @Override
    public Map<String, Object> getMetadata() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(content.metadata()));
    }

    /** Masks are records of arrays: hand out copies so callers cannot change what later calls return. */
    private static PixelMask copy(PixelMask mask) {
        return new PixelMask(mask.rows().clone(), mask.cols().clone(), mask.weights().clone());
    }
}
