package io.github.ophysio.fiji.roi;

import io.github.ophysio.model.RoiProperty;
import io.github.ophysio.model.SegmentationExtractor;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The planes of a segmentation that combines several ({@code plane=all}: each ROI has the property
 * {@code plane}). Its ROIs carry their plane as stack position, so each sits on its own plane's
 * image, never all on the first plane's.
 */
public final class RoiPlanes {

    /** The property naming each ROI's plane. */
    public static final String PROPERTY = "plane";

    private final List<String> names;
    private final List<Object> ofRoi;

    private RoiPlanes(List<String> names, List<Object> ofRoi) {
        this.names = names;
        this.ofRoi = ofRoi;
    }

    /** The planes, when the ROIs come from more than one. */
    public static Optional<RoiPlanes> of(SegmentationExtractor segmentation) {
        return segmentation.getProperty(PROPERTY).map(RoiProperty::values).map(RoiPlanes::from)
                .filter(planes -> planes.names.size() > 1);
    }

    private static RoiPlanes from(List<Object> values) {
        List<String> names = new ArrayList<>();
        for (Object value : values) {
            if (!names.contains(String.valueOf(value))) {
                names.add(String.valueOf(value));
            }
        }
        return new RoiPlanes(names, values);
    }

    /** The plane names in order: slice k + 1 of a plane stack is plane k. */
    public List<String> names() {
        return names;
    }

    /** The stack position (1-based) of the ROI at {@code roi}. */
    public int slice(int roi) {
        return names.indexOf(String.valueOf(ofRoi.get(roi))) + 1;
    }
}
