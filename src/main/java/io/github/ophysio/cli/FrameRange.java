package io.github.ophysio.cli;

/** Parses {@code --frames A:B} (half-open; either end may be left out) against a recording's length. */
final class FrameRange {

    private FrameRange() {
    }

    static int[] parse(String text, int samples) {
        if (text == null || text.isBlank()) {
            return new int[] {0, samples};
        }
        String[] ends = text.split(":", -1);
        if (ends.length != 2) {
            throw new IllegalArgumentException("--frames must be A:B, not " + text);
        }
        int start = ends[0].isBlank() ? 0 : parseEnd(ends[0], text);
        int end = ends[1].isBlank() ? samples : parseEnd(ends[1], text);
        if (start < 0 || end > samples || start >= end) {
            throw new IllegalArgumentException("--frames " + text + " is not a non-empty range inside [0, " + samples + ")");
        }
        return new int[] {start, end};
    }

    private static int parseEnd(String end, String text) {
        try {
            return Integer.parseInt(end.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--frames must be A:B with whole numbers, not " + text, e);
        }
    }
}
