package io.github.ophysio.fiji.command;

import io.github.ophysio.summary.SummaryImage;
import java.util.List;

/**
 * What {@code Summary Images} was asked for: the images ({@code images=[mean correlation]}) and the
 * frames, 1-based and inclusive as ImageJ numbers them ({@code frames=A-B}; blank or {@code all} for
 * every frame).
 */
record SummaryRequest(List<SummaryImage> images, int first, int last) {

    static final String DEFAULT_IMAGES = "mean correlation";
    static final String ALL_FRAMES = "all";

    static SummaryRequest parse(String images, String frames, int samples) {
        List<SummaryImage> chosen = SummaryImage.parseList(images);
        String range = frames == null ? "" : frames.trim();
        if (range.isEmpty() || range.equalsIgnoreCase(ALL_FRAMES)) {
            return new SummaryRequest(chosen, 1, samples);
        }
        String[] ends = range.split("-", -1);
        if (ends.length != 2) {
            throw new IllegalArgumentException("frames must be A-B (1-based, inclusive) or all, not " + range);
        }
        int first = number(ends[0], range);
        int last = number(ends[1], range);
        if (first < 1 || last > samples || first > last) {
            throw new IllegalArgumentException("frames=" + range + " is not a range inside 1-" + samples);
        }
        return new SummaryRequest(chosen, first, last);
    }

    private static int number(String end, String range) {
        try {
            return Integer.parseInt(end.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("frames must be A-B with whole numbers, not " + range, e);
        }
    }

    /** The same request in the dialog's and the macro's words. */
    String framesText() {
        return first + "-" + last;
    }
}
