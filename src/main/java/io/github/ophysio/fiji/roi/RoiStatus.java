package io.github.ophysio.fiji.roi;

import io.github.ophysio.model.RoiProperty;
import io.github.ophysio.model.SegmentationExtractor;
import java.awt.Color;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

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

    private static final List<String> ACCEPT_KEYS = List.of("is_accepted", "iscell", "accepted");

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

    /** The status of every ROI of {@code segmentation}. */
    public static RoiStatus[] of(SegmentationExtractor segmentation) {
        RoiStatus[] statuses = new RoiStatus[segmentation.getNumRois()];
        Optional<RoiProperty> status = find(segmentation, List.of("cell_status"));
        Optional<RoiProperty> accept = find(segmentation, ACCEPT_KEYS);
        Optional<RoiProperty> reject = find(segmentation, List.of("rejected", "is_bad"));
        for (int i = 0; i < statuses.length; i++) {
            statuses[i] = status.isPresent() ? fromWord(status.get().values().get(i))
                    : accept.isPresent() ? fromFlag(accept.get().values().get(i), true)
                    : reject.isPresent() ? fromFlag(reject.get().values().get(i), false) : UNKNOWN;
        }
        return statuses;
    }

    private static Optional<RoiProperty> find(SegmentationExtractor segmentation, List<String> names) {
        return segmentation.getProperties().stream()
                .filter(p -> names.contains(p.name().toLowerCase(Locale.ROOT))).findFirst();
    }

    private static RoiStatus fromWord(Object value) {
        String word = String.valueOf(value).toLowerCase(Locale.ROOT);
        return word.startsWith("accept") ? ACCEPTED : word.startsWith("reject") ? REJECTED
                : word.startsWith("undecided") ? UNDECIDED : UNKNOWN;
    }

    private static RoiStatus fromFlag(Object value, boolean flagMeansAccepted) {
        boolean flag = value instanceof Boolean b ? b : value instanceof Number n && n.doubleValue() != 0;
        if (value == null) {
            return UNKNOWN;
        }
        return flag == flagMeansAccepted ? ACCEPTED : REJECTED;
    }
}
