package io.github.ophysio.formats.nwb;

import io.github.ophysio.formats.OpenOptions;
import io.github.ophysio.io.hdf5.Hdf5Files;
import io.github.ophysio.model.DescribedImaging;
import io.github.ophysio.model.ImagingExtractor;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Opens one channel of an imaging series: its parts read while the file is open
 * ({@link NwbSeriesParts}), shown through its IndexSeries if any, its labels checked, with the file's
 * facts (rate, native times, pixel size, channel name, metadata) attached once.
 */
final class NwbImagingOpener {

    private NwbImagingOpener() {
    }

    static List<String> channelNames(Path path, OpenOptions options) {
        boolean xIsRow = xIsRow(options);
        return Hdf5Files.read(path, file -> NwbSeriesParts.find(path, file, options, xIsRow)).channels();
    }

    static ImagingExtractor open(Path path, OpenOptions options) {
        boolean xIsRow = xIsRow(options);
        NwbSeriesParts.Found found = Hdf5Files.read(path, file -> NwbSeriesParts.find(path, file, options, xIsRow));
        int channel = channelIndex(path, found.channels(), options);
        String series = (String) found.metadata().get("dataset");
        ImagingExtractor source = found.frames().apply(channel);
        if (found.indexing() != null) {
            source = IndexedImaging.of(path, series, source, found.indexing());
        }
        NwbLabels.check(path, found.metadata(), source.getNumSamples());
        double[] times = found.time().times(path, series, source.getNumSamples());
        OptionalDouble fs = options.samplingFrequency().isPresent() ? options.samplingFrequency()
                : found.time().samplingFrequency();
        return new DescribedImaging(source, new DescribedImaging.Facts(fs, times, found.pixelSize(),
                found.channels().get(channel), found.metadata()));
    }

    /** The channel {@code channel=} names, by name or index (default the first). */
    private static int channelIndex(Path path, List<String> channels, OpenOptions options) {
        String wanted = options.get(OpenOptions.CHANNEL).orElse(channels.get(0));
        int index = channels.indexOf(wanted);
        if (index < 0 && wanted.matches("\\d+") && Integer.parseInt(wanted) < channels.size()) {
            index = Integer.parseInt(wanted);
        }
        if (index < 0) {
            throw new IllegalArgumentException(path + ": no channel '" + wanted + "' (channels: "
                    + String.join(", ", channels) + ")");
        }
        return index;
    }

    private static boolean xIsRow(OpenOptions options) {
        return NwbOrientation.of(options).imageXIsRow();
    }
}
