package io.github.ophysio.formats;

import io.github.ophysio.error.UnsupportedFormatException;
import io.github.ophysio.io.ArrayLayout;
import io.github.ophysio.io.MappedFile;
import io.github.ophysio.io.StridedPlanes;
import io.github.ophysio.model.DescribedImaging;
import io.github.ophysio.model.ImagingExtractor;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a strided (T, rows, cols, N) array into a recording the same way for every array format
 * (.npy, raw binary): N is channels (one picked by {@code channel=}) or, with
 * {@code fourth-axis=planes}, the planes of a volume.
 */
public final class ArrayRecordings {

    private ArrayRecordings() {
    }

    /** Channel names of a layout: "0" … "N-1", or just "0" when N holds planes. */
    public static List<String> channelNames(ArrayLayout layout, OpenOptions options) {
        int count = options.fourthAxisIsPlanes() ? 1 : layout.channels();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            names.add(Integer.toString(i));
        }
        return names;
    }

    /** Opens the recording the options ask for; refuses arrays with no samples. */
    public static ImagingExtractor open(MappedFile file, ArrayLayout layout, OpenOptions options,
            Map<String, Object> metadata) {
        requireData(file.path(), layout);
        boolean planes = options.fourthAxisIsPlanes();
        int channel = planes ? StridedPlanes.PLANES : channelIndex(file.path(), layout, options);
        Map<String, Object> all = new LinkedHashMap<>(metadata);
        all.put(OpenOptions.FOURTH_AXIS, planes ? OpenOptions.FOURTH_AXIS_PLANES : OpenOptions.FOURTH_AXIS_CHANNELS);
        String name = planes ? "0" : Integer.toString(channel);
        return new DescribedImaging(new StridedPlanes(file, layout, channel),
                new DescribedImaging.Facts(options.samplingFrequency(), null, null, name, all));
    }

    private static void requireData(Path path, ArrayLayout layout) {
        if (java.util.Arrays.stream(layout.sizes()).anyMatch(size -> size == 0)) {
            throw new UnsupportedFormatException(path, "an empty recording: " + layout.samples() + " samples of "
                    + layout.rows() + " x " + layout.cols() + " x " + layout.channels() + " (nothing to show)");
        }
        for (long size : layout.sizes()) {
            if (size > Integer.MAX_VALUE) {
                throw new UnsupportedFormatException(path, "an axis of " + size + " elements (at most "
                        + Integer.MAX_VALUE + " per axis)");
            }
        }
    }

    /** The channel named by {@code channel=}: a name among "0" … "N-1" (so also an index). */
    private static int channelIndex(Path path, ArrayLayout layout, OpenOptions options) {
        String wanted = options.get(OpenOptions.CHANNEL).orElse("0");
        List<String> names = channelNames(layout, options);
        int index = names.indexOf(wanted);
        if (index < 0) {
            throw new IllegalArgumentException(path + ": no channel '" + wanted + "' (channels: "
                    + String.join(", ", names) + ")");
        }
        return index;
    }
}
