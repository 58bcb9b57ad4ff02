package io.github.ophysio.fiji.command;

import io.github.ophysio.model.TraceKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What to show of a segmentation: all or only accepted ROIs, which trace kinds, and whether to open
 * the footprints and summary images. {@code traces=} takes "all", "none" or kinds separated by
 * commas or spaces ("raw,dff").
 */
public record SegmentationRequest(boolean acceptedOnly, List<TraceKind> traceKinds, boolean footprints,
        boolean images) {

    public static final String ALL = "all";
    public static final String ACCEPTED = "accepted";

    /** Everything: all ROIs, every trace kind, footprints and images. */
    public static SegmentationRequest everything() {
        return new SegmentationRequest(false, Arrays.asList(TraceKind.values()), true, true);
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
