package io.github.ophysio.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Some ROIs of a segmentation, in a chosen order. Properties are selected with the same indices,
 * so they stay aligned with the ids (roiextractors' slicing loses that alignment).
 */
final class RoiSelection extends SegmentationView {

    private final int[] indices;

    RoiSelection(SegmentationExtractor parent, int[] indices) {
        super(parent);
        parent.checkRoiIndices(indices);
        this.indices = indices.clone();
    }

    @Override
    public List<Object> getRoiIds() {
        List<Object> all = parent.getRoiIds();
        List<Object> ids = new ArrayList<>(indices.length);
        for (int index : indices) {
            ids.add(all.get(index));
        }
        return ids;
    }

    @Override
    public PixelMask getPixelMask(int roiIndex) {
        return parent.getPixelMask(indices[roiIndex]);
    }

    @Override
    public TraceBlock readTraces(TraceKind kind, int start, int end, int[] roiIndices) {
        checkRoiIndices(roiIndices);
        int[] mapped = new int[roiIndices.length];
        for (int i = 0; i < mapped.length; i++) {
            mapped[i] = indices[roiIndices[i]];
        }
        return parent.readTraces(kind, start, end, mapped);
    }

    @Override
    public List<RoiProperty> getProperties() {
        return parent.getProperties().stream().map(p -> p.select(indices)).toList();
    }
}
