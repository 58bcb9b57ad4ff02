package io.github.ophysio.fiji.command;

import io.github.ophysio.model.TraceKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What to show of a segmentation: all or only accepted ROIs, which trace kinds, whether to open
 * the footprints and summary images, and whether to add to what an earlier load showed. An added
 * load carries a {@code label}: its ROI names are {@code label/id} and its windows' titles end in
 * {@code (label)}, so two segmentations never share a name. {@code traces=} takes "all", "none" or
 * kinds separated by commas or spaces ("raw,dff").
 */
public record SegmentationRequest(boolean acceptedOnly, List<TraceKind> traceKinds, boolean footprints,
        boolean images, boolean append, String label) {

    public SegmentationRequest(boolean acceptedOnly, List<TraceKind> traceKinds, boolean footprints, boolean images) {
        this(acceptedOnly, traceKinds, footprints, images, false, null);
    }

    public static final String ALL = "all";
    public static final String ACCEPTED = "accepted";

    /** Everything: all ROIs, every trace kind, footprints and images. */
    public static SegmentationRequest everything() {
        return new SegmentationRequest(false, Arrays.asList(TraceKind.values()), true, true);
    }

    /** This request with ROI names and window titles marked by {@code label} (null: unmarked). */
    public SegmentationRequest labelled(String label) {
        return new SegmentationRequest(acceptedOnly, traceKinds, footprints, images, append, label);
    }

    /** A window title with this request's label, if any: {@code "Ophys raw traces (plane1)"}. */
    public String title(String title) {
        return label == null ? title : title + " (" + label + ")";
    }

    /** The kinds named by {@code text}; a usage error names an unknown kind. */
    public static List<TraceKind> kinds(String text) {
        String words = text == null ? ALL : text.trim().toLowerCase(Locale.ROOT);
        if (words.isEmpty() || words.equals(ALL)) {
            return Arrays.asList(TraceKind.values());
        }
        List<TraceKind> kinds = new ArrayList<>();
        for (String word : words.split("[,\\s]+")) {
            if (!word.equals("none")) {
                kinds.add(TraceKind.fromKey(word).orElseThrow(() -> new IllegalArgumentException(
                        "traces must be all, none or kinds among raw, dff, neuropil, deconvolved, denoised, baseline,"
                                + " background, not " + word)));
            }
        }
        return kinds;
    }
}
