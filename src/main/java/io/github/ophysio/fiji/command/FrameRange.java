package io.github.ophysio.fiji.command;

import io.github.ophysio.model.ImagingExtractor;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code frames=A-B}: frames A to B, 1-based and inclusive as in Bio-Formats' "Specify range" (the
 * command line's {@code --frames A:B} is numpy's 0-based half-open slice instead). Opened lazily as a
 * slice of each channel, whose clock starts at frame A, not at 0, so times, slice labels and
 * {@code Show Info} say where in the recording the frames lie.
 */
final class FrameRange {

    private final int first;
    private final int last;

    private FrameRange(int first, int last) {
        this.first = first;
        this.last = last;
    }

    /** Each channel's frames A-B; the channels themselves when {@code text} is blank or null. */
    static List<ImagingExtractor> select(Path file, String text, List<ImagingExtractor> channels) {
        if (text == null || text.isBlank()) {
            return channels;
        }
        FrameRange range = parse(file, text.trim(), channels.get(0).getNumSamples());
        return channels.stream().map(range::slice).toList();
    }

    static FrameRange parse(Path file, String text, int frames) {
        String[] ends = text.split("-", -1);
        if (ends.length > 2) {
            throw usage(file, text, frames);
        }
        int first = number(file, ends[0], text, frames);
        int last = ends.length == 1 ? first : number(file, ends[1], text, frames);
        if (first < 1 || last < first || last > frames) {
            throw usage(file, text, frames);
        }
        return new FrameRange(first, last);
    }

    /** The text for titles: {@code frames 101-200}. */
    static String describe(String text) {
        return "frames " + text.trim();
    }

    private ImagingExtractor slice(ImagingExtractor channel) {
        // A channel shorter than the first (whose length the range was checked against) keeps what it has.
        int end = Math.min(last, channel.getNumSamples());
        int start = Math.min(first - 1, end);
        ImagingExtractor slice = channel.sliceSamples(start, end);
        if (!channel.hasTimeVector() && channel.getSamplingFrequency().isPresent()) {
            // A regular clock would restart at 0 in the slice (roiextractors' frame_slice does so too):
            // keep the recording's times (one double per frame, nothing read from the file).
            slice.setTimes(channel.getTimestamps(start, end));
        }
        return slice;
    }

    private static int number(Path file, String end, String text, int frames) {
        try {
            return Integer.parseInt(end.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(usage(file, text, frames).getMessage(), e);
        }
    }

    private static IllegalArgumentException usage(Path file, String text, int frames) {
        return new IllegalArgumentException(file + ": frames=" + text + " is not a range of its " + frames
                + " frames: expected frames=A-B with 1 <= A <= B <= " + frames + " (1-based, inclusive; e.g. frames=1-"
                + frames + ")");
    }
}
