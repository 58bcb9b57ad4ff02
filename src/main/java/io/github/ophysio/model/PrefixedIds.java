package io.github.ophysio.model;

import java.util.List;

/**
 * A segmentation whose ROI ids carry a prefix ({@code "plane1/3"}), so that ROIs of two segmentations
 * shown together keep names that say whose they are. Nothing else changes.
 */
final class PrefixedIds extends SegmentationView {

    private final String prefix;

    PrefixedIds(SegmentationExtractor parent, String prefix) {
        super(parent);
        this.prefix = prefix;
    }

    @Override
    public List<Object> getRoiIds() {
        return parent.getRoiIds().stream().map(id -> (Object) (prefix + id)).toList();
    }
}
