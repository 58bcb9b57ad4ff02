package io.github.ophysio.fiji.roi;

import io.github.ophysio.fiji.ImageJInternals;
import ij.gui.Roi;

/**
 * Puts a new ROI into a ROI Manager group. ImageJ 1.54p's {@code Roi.setGroup} looks up its glasbey
 * LUT for the group colour on every call while the LUT file is missing (plain ImageJ 1.x), printing
 * "LUT not found" each time: 5 000 ROIs cost 0.3 s and 5 000 console lines. The ROI's colour is the
 * status colour anyway, so the group is set directly (through {@link ImageJInternals}; through
 * {@code setGroup} when this ImageJ hides the field).
 */
final class RoiGroups {

    private RoiGroups() {
    }

    static void assign(Roi roi, int group) {
        if (!ImageJInternals.setRoiGroup(roi, group)) {
            roi.setGroup(group);
        }
    }
}
