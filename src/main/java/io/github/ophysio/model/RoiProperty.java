package io.github.ophysio.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One typed per-ROI property (a column: Suite2p {@code iscell}, CaImAn {@code snr}, NWB columns…):
 * its name, a description and one value per ROI, in ROI order. Values are Boolean, Number, String
 * or a List of those (ragged columns).
 */
public record RoiProperty(String name, String description, List<Object> values) {

    public RoiProperty {
        values = Collections.unmodifiableList(new ArrayList<>(values));
    }

    /** The values of the ROIs at {@code indices}, in that order. */
    public RoiProperty select(int[] indices) {
        List<Object> picked = new ArrayList<>(indices.length);
        for (int index : indices) {
            picked.add(values.get(index));
        }
        return new RoiProperty(name, description, picked);
    }
}
