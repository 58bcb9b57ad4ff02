package io.github.ophysio.io.mat;

import io.github.ophysio.model.PixelMask;
import io.github.ophysio.model.RoiProperty;
import io.github.ophysio.model.SegmentationExtractor;
import io.github.ophysio.model.TraceBlock;
import io.github.ophysio.model.TraceKind;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * A segmentation read whole when its file was opened (MATLAB outputs are read in one go: mfl-core
 * inflates a v5 file entirely, and MATLAB's outputs are small next to the movies). Immutable; ROI ids
 * are the MATLAB column indices from 0, as roiextractors numbers them, unless the file names its own.
 */
public final class LoadedSegmentation extends SegmentationExtractor {

    /** Everything read at open; traces are (samples, rois) in C order. */
    public record Content(Path path, int[] frame, List<PixelMask> masks, int samples, Map<TraceKind, float[]> traces,
            Map<String, float[]> images, List<RoiProperty> properties, OptionalDouble fs, Map<String, Object> metadata) {

        public Content {
            traces = Collections.unmodifiableMap(new LinkedHashMap<>(traces));
            images = Collections.unmodifiableMap(new LinkedHashMap<>(images));
            properties = List.copyOf(properties);
            metadata = Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
        }
    }

    private final Content content;
    private final List<Object> roiIds;

    /** ROI ids are the column indices from 0. */
    public LoadedSegmentation(Content content) {
        this(content, indices(content.masks().size()));
    }

    /** ROI ids the file names (e.g. CNMF-E's {@code ids}): one per ROI, all different. */
    public LoadedSegmentation(Content content, List<Object> roiIds) {
        if (roiIds.size() != content.masks().size() || Set.copyOf(roiIds).size() != roiIds.size()) {
            throw new IllegalArgumentException(roiIds.size() + " ROI ids for " + content.masks().size() + " ROIs, or"
                    + " repeated ids: " + roiIds);
        }
        this.content = content;
        this.roiIds = List.copyOf(roiIds);
    }

    private static List<Object> indices(int count) {
        List<Object> ids = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            ids.add(i);
        }
        return ids;
    }

    @Override
    public List<Object> getRoiIds() {
        return new ArrayList<>(roiIds);
    }

    @Override
    public int[] getFrameShape() {
        return content.frame().clone();
    }

    @Override
    public int getNumSamples() {
        return content.samples();
    }

    @Override
    public OptionalDouble getSamplingFrequency() {
        return content.fs();
    }

    @Override
    public PixelMask getPixelMask(int roiIndex) {
        checkRoiIndices(new int[] {roiIndex});
        PixelMask mask = content.masks().get(roiIndex);
        return new PixelMask(mask.rows().clone(), mask.cols().clone(), mask.weights().clone());
    }

    @Override
    public Set<TraceKind> getTraceKinds() {
        return Collections.unmodifiableSet(new LinkedHashSet<>(content.traces().keySet()));
    }

    @Override
    public TraceBlock readTraces(TraceKind kind, int start, int end, int[] roiIndices) {
        checkRange(start, end);
        checkRoiIndices(roiIndices);
        float[] all = content.traces().get(kind);
        if (all == null) {
            throw new IllegalArgumentException("no " + kind.key() + " traces in " + content.path() + " (traces: "
                    + getTraceKinds().stream().map(TraceKind::key).toList() + ")");
        }
        int rois = getNumRois();
        float[] values = new float[(end - start) * roiIndices.length];
        for (int t = start; t < end; t++) {
            for (int j = 0; j < roiIndices.length; j++) {
                values[(t - start) * roiIndices.length + j] = all[t * rois + roiIndices[j]];
            }
        }
        return new TraceBlock(end - start, roiIndices.length, values);
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
        return content.metadata();
    }
}
