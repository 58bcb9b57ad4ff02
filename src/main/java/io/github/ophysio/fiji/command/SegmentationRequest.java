package io.github.ophysio.fiji.command;

import io.github.ophysio.fiji.roi.OutlineRule;
import io.github.ophysio.model.TraceKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What to show of a segmentation: all or only accepted ROIs, which trace tables, whether to open the
 * footprints stack, which summary images, and whether to add to what an earlier load showed. An
 * added load carries a {@code label}: its ROI names are {@code label/id} and its windows' titles end
 * in {@code (label)}, so two segmentations never share a name.
 *
 * <p>{@code traces=} takes "default" (raw, else the first kind the file has), "all", "none" or kinds
 * separated by commas or spaces ("raw,dff"); {@code images=} "auto" (one image for the ROIs to sit on,
 * none when a recording of their frame is open), "all" or "none".
 */
public record SegmentationRequest(boolean acceptedOnly, String traces, boolean footprints, Images images,
        OutlineRule outline, boolean append, String label) {

    public static final String ALL = "all";
    public static final String NONE = "none";
    public static final String DEFAULT = "default";
    public static final String ACCEPTED = "accepted";

    /** Which summary images open. */
    public enum Images {
        AUTO, ALL, NONE;

        /** {@code auto}, {@code all} or {@code none}; {@code true}/{@code false} as before (all/none). */
        public static Images of(String text) {
            String word = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
            return switch (word) {
                case "", "auto" -> AUTO;
                case "all", "true" -> ALL;
                case "none", "false" -> NONE;
                default -> throw new IllegalArgumentException("images must be auto, all or none, not " + text);
            };
        }
    }

    public SegmentationRequest {
        kinds(traces);
    }

    /** Everything: all ROIs, every trace kind, footprints and images. */
    public static SegmentationRequest everything() {
        return new SegmentationRequest(false, ALL, true, Images.ALL, OutlineRule.DEFAULT, false, null);
    }

    /** What a load shows by default: the ROIs, one trace table, one image to sit on. */
    public static SegmentationRequest defaults() {
        return new SegmentationRequest(false, DEFAULT, false, Images.AUTO, OutlineRule.DEFAULT, false, null);
    }

    /** This request with ROI names and window titles marked by {@code label} (null: unmarked). */
    public SegmentationRequest labelled(String label) {
        return new SegmentationRequest(acceptedOnly, traces, footprints, images, outline, append, label);
    }

    /** A window title with this request's label, if any: {@code "Ophys raw traces (plane1)"}. */
    public String title(String title) {
        return label == null ? title : title + " (" + label + ")";
    }

    /** The kinds to open among those {@code present}, in TraceKind order. */
    public List<TraceKind> traceKinds(Set<TraceKind> present) {
        List<TraceKind> asked = kinds(traces);
        List<TraceKind> kinds = Arrays.stream(TraceKind.values()).filter(present::contains).filter(asked::contains)
                .toList();
        return isDefault(traces) && !kinds.isEmpty() ? List.of(present.contains(TraceKind.RAW) ? TraceKind.RAW
                : kinds.get(0)) : kinds;
    }

    private static boolean isDefault(String text) {
        return text == null || text.isBlank() || text.trim().equalsIgnoreCase(DEFAULT);
    }

    /** The kinds named by {@code text} (every kind for "all" and "default"); a usage error names an unknown kind. */
    public static List<TraceKind> kinds(String text) {
        String words = isDefault(text) ? ALL : text.trim().toLowerCase(Locale.ROOT);
        if (words.equals(ALL)) {
            return Arrays.asList(TraceKind.values());
        }
        List<TraceKind> kinds = new ArrayList<>();
        for (String word : words.split("[,\\s]+")) {
            if (!word.equals(NONE)) {
                kinds.add(TraceKind.fromKey(word).orElseThrow(() -> new IllegalArgumentException(
                        "traces must be default, all, none or kinds among raw, dff, neuropil, deconvolved, denoised,"
                                + " baseline, background, not " + word)));
            }
        }
        return kinds;
    }
}
