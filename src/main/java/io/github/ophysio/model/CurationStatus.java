package io.github.ophysio.model;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A ROI's curation status, read from whichever property the format provides (CaImAn
 * {@code is_accepted}, Suite2p {@code iscell}, Inscopix {@code cell_status}, NWB {@code Accepted} /
 * {@code Rejected}, EXTRACT {@code is_bad}); {@link #UNKNOWN} where a segmentation says nothing.
 * One reading for loading into ImageJ and for writing a pipeline's layout.
 */
public enum CurationStatus {
    ACCEPTED, REJECTED, UNDECIDED, UNKNOWN;

    /** The property a status written by Ophys IO itself is kept in ("accepted", "rejected", "undecided"). */
    public static final String PROPERTY = "cell_status";

    private static final List<String> ACCEPT_KEYS = List.of("is_accepted", "iscell", "accepted");

    /** The status of every ROI of {@code segmentation}. */
    public static CurationStatus[] of(SegmentationExtractor segmentation) {
        CurationStatus[] statuses = new CurationStatus[segmentation.getNumRois()];
        Optional<RoiProperty> status = find(segmentation, List.of(PROPERTY));
        Optional<RoiProperty> accept = find(segmentation, ACCEPT_KEYS);
        Optional<RoiProperty> reject = find(segmentation, List.of("rejected", "is_bad"));
        for (int i = 0; i < statuses.length; i++) {
            statuses[i] = status.isPresent() ? fromWord(status.get().values().get(i))
                    : accept.isPresent() ? fromFlag(accept.get().values().get(i), true)
                    : reject.isPresent() ? fromFlag(reject.get().values().get(i), false) : UNKNOWN;
        }
        return statuses;
    }

    /** The word a status property holds: {@code accepted}, {@code rejected}, {@code undecided}, {@code unknown}. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Kept by a layout that knows only cells and non-cells (Suite2p iscell, CaImAn idx_components). */
    public boolean keptAsCell() {
        return this != REJECTED;
    }

    private static Optional<RoiProperty> find(SegmentationExtractor segmentation, List<String> names) {
        return segmentation.getProperties().stream()
                .filter(p -> names.contains(p.name().toLowerCase(Locale.ROOT))).findFirst();
    }

    private static CurationStatus fromWord(Object value) {
        String word = String.valueOf(value).toLowerCase(Locale.ROOT);
        return word.startsWith("accept") ? ACCEPTED : word.startsWith("reject") ? REJECTED
                : word.startsWith("undecided") ? UNDECIDED : UNKNOWN;
    }

    private static CurationStatus fromFlag(Object value, boolean flagMeansAccepted) {
        if (value == null) {
            return UNKNOWN;
        }
        boolean flag = value instanceof Boolean b ? b : value instanceof Number n && n.doubleValue() != 0;
        return flag == flagMeansAccepted ? ACCEPTED : REJECTED;
    }
}
