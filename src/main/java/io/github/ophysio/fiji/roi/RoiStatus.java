package io.github.ophysio.fiji.roi;

import io.github.ophysio.model.CurationStatus;
import io.github.ophysio.model.SegmentationExtractor;
import java.awt.Color;
import java.util.Locale;

/**
 * A ROI's curation status, read from whichever property the format provides (CaImAn
 * {@code is_accepted}, Suite2p {@code iscell}, Inscopix {@code cell_status}, NWB {@code Accepted} /
 * {@code Rejected}, EXTRACT {@code is_bad}), and the ROI Manager group and colour it gets.
 */
public enum RoiStatus {
    ACCEPTED(1, new Color(0, 200, 80)),
    REJECTED(2, new Color(230, 40, 90)),
    UNDECIDED(3, new Color(240, 190, 0)),
    UNKNOWN(0, Color.YELLOW);

    private final int group;
    private final Color color;

    RoiStatus(int group, Color color) {
        this.group = group;
        this.color = color;
    }

    /** ImageJ ROI group (0 = none). */
    public int group() {
        return group;
    }

    public Color color() {
        return color;
    }

    /** The group's name as the ROI Manager shows it. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The status a ROI Manager group stands for (a group of none of ours: unknown). */
    public static RoiStatus ofGroup(int group) {
        for (RoiStatus status : values()) {
            if (status.group == group) {
                return status;
            }
        }
        return UNKNOWN;
    }

    /** The status of every ROI of {@code segmentation} ({@link CurationStatus} read, as a ROI Manager group). */
    public static RoiStatus[] of(SegmentationExtractor segmentation) {
        CurationStatus[] read = CurationStatus.of(segmentation);
        RoiStatus[] statuses = new RoiStatus[read.length];
        for (int i = 0; i < read.length; i++) {
            statuses[i] = valueOf(read[i].name());
        }
        return statuses;
    }
}
