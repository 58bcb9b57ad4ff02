package io.github.ophysio.fiji.roi;

import ij.gui.Roi;
import java.lang.reflect.Field;

/**
 * Puts a new ROI into a ROI Manager group. ImageJ 1.54p's {@code Roi.setGroup} looks up its glasbey
 * LUT for the group colour on every call while the LUT file is missing (plain ImageJ 1.x), printing
 * "LUT not found" each time: 5 000 ROIs cost 0.3 s and 5 000 console lines. The ROI's colour is the
 * status colour anyway, so the group is set directly (by reflection; through {@code setGroup} when
 * this ImageJ hides the field).
 */
final class RoiGroups {

    private static final Field GROUP = groupField();

    private RoiGroups() {
    }

    static void assign(Roi roi, int group) {
        if (GROUP == null) {
            roi.setGroup(group);
            return;
        }
        try {
            GROUP.setInt(roi, group);
        } catch (IllegalAccessException e) {
            roi.setGroup(group);
        }
    }

    private static Field groupField() {
        try {
            Field field = Roi.class.getDeclaredField("group");
            field.setAccessible(true);
            return field.getType() == int.class ? field : null;
        } catch (NoSuchFieldException | RuntimeException e) {
            return null;
        }
    }
}
