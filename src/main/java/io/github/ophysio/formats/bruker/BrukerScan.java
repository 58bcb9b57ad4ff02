package io.github.ophysio.formats.bruker;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What a PrairieView {@code .xml} lists, as a compact index (arrays, no object per frame, no open
 * file): every frame in acquisition order with its {@code relativeTime}, the cycle it belongs to, and
 * for each channel the file and page holding its image.
 *
 * @param xml            the {@code .xml} read
 * @param channelNumbers the {@code channel} numbers, ascending
 * @param channelNames   their {@code channelName}s, in the same order
 * @param sequenceTypes  the distinct {@code <Sequence type>}s, in order of appearance
 * @param cycleStarts    the index of each sequence's first frame, plus the frame count at the end
 * @param times          each frame's {@code relativeTime} in seconds
 * @param files          the file of frame f, channel c at {@code f · channels + c}, relative to the folder
 * @param pages          the 0-based page of that file
 * @param pixelSize      (dy, dx) in µm from {@code micronsPerPixel}, or null
 * @param state          the file-level {@code PVStateShard} values, by key
 */
record BrukerScan(Path xml, int[] channelNumbers, List<String> channelNames, List<String> sequenceTypes,
        int[] cycleStarts, double[] times, String[] files, int[] pages, double[] pixelSize, Map<String, Object> state) {

    int channels() {
        return channelNumbers.length;
    }

    int frames() {
        return times.length;
    }

    int cycles() {
        return cycleStarts.length - 1;
    }

    int framesInCycle(int cycle) {
        return cycleStarts[cycle + 1] - cycleStarts[cycle];
    }

    /** The folder the file names are relative to. */
    Path folder() {
        return xml.toAbsolutePath().getParent();
    }

    Path file(int frame, int channel) {
        return folder().resolve(files[frame * channels() + channel]);
    }

    int page(int frame, int channel) {
        return pages[frame * channels() + channel];
    }

    /** Whether every sequence is a Z-series (a volume per sequence), as {@code TSeries ZSeries Element} is. */
    boolean volumetric() {
        return sequenceTypes.stream().allMatch(t -> t.contains("ZSeries"));
    }
}
