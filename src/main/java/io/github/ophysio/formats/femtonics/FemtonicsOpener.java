package io.github.ophysio.formats.femtonics;

import io.github.ophysio.error.UnsupportedFormatException;
import io.github.ophysio.formats.OpenOptions;
import io.github.ophysio.io.AxisMap;
import io.github.ophysio.io.hdf5.Hdf5Array;
import io.github.ophysio.io.hdf5.Hdf5Files;
import io.github.ophysio.io.hdf5.Hdf5Types;
import io.github.ophysio.model.DescribedImaging;
import io.github.ophysio.model.ImagingExtractor;
import io.github.ophysio.model.PixelType;
import io.jhdf.api.Dataset;
import io.jhdf.api.Group;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Reads, while the file is open, the unit {@code dataset=} picks, its channels and facts, and opens
 * one channel's {@code Channel_k} dataset, stored (T, rows, cols), as a plane source; the file is
 * closed after. The stored values are given as they are; the channel's conversion is metadata
 * ({@code conversion}, {@code offset}: value = offset + conversion · stored).
 */
final class FemtonicsOpener {

    /** What opening found, gathered while the file is open. */
    private record Found(String unit, MescUnit.Channel channel, Hdf5Array array, OptionalDouble rate,
            double[] pixelSize, Map<String, Object> attributes) {
    }

    private FemtonicsOpener() {
    }

    static List<String> channelNames(Path path, OpenOptions options) {
        return Hdf5Files.read(path, file -> MescUnit.channels(path,
                MescUnits.choose(path, file, options.get(OpenOptions.DATASET)))).stream()
                .map(MescUnit.Channel::name).toList();
    }

    /** Every unit: its path, then the first channel's shape and type and the channel names. */
    static List<String> candidates(Path path) {
        return Hdf5Files.read(path, file -> MescUnits.all(path, file).stream()
                .map(unit -> describe(path, unit, (Group) file.getByPath(unit))).toList());
    }

    private static String describe(Path path, String name, Group unit) {
        try {
            List<MescUnit.Channel> channels = MescUnit.channels(path, unit);
            Dataset first = channels.get(0).dataset();
            String type = Hdf5Types.pixelType(first.getDataType()).map(PixelType::numpyName)
                    .orElse(Hdf5Types.name(first.getDataType()));
            return name + " " + Hdf5Array.tuple(first.getDimensionsAsLong()) + " " + type + ", channels "
                    + String.join(", ", channels.stream().map(MescUnit.Channel::name).toList());
        } catch (UnsupportedFormatException e) {
            return name + " (no Channel_k dataset)";
        }
    }

    static ImagingExtractor open(Path path, OpenOptions options) {
        Found found = Hdf5Files.read(path, file -> find(path, MescUnits.choose(path, file,
                options.get(OpenOptions.DATASET)), options));
        MescUnit.Channel channel = found.channel();
        AxisMap axes = AxisMap.of("tyx", found.array().shape());
        OptionalDouble fs = options.samplingFrequency().isPresent() ? options.samplingFrequency() : found.rate();
        return new DescribedImaging(found.array().open(axes, 0), new DescribedImaging.Facts(fs, null,
                found.pixelSize(), channel.name(), metadata(found, channel)));
    }

    private static Found find(Path path, Group unit, OpenOptions options) {
        List<MescUnit.Channel> channels = MescUnit.channels(path, unit);
        MescUnit.Channel channel = channels.get(channelIndex(path, channels, options));
        int rank = channel.dataset().getDimensions().length;
        if (rank != 3) {
            throw new UnsupportedFormatException(path, "dataset " + channel.dataset().getPath() + " has " + rank
                    + " dimensions; a MESc channel is (T, rows, cols)");
        }
        return new Found(unit.getPath().substring(1).replaceAll("/$", ""), channel,
                Hdf5Array.of(path, channel.dataset()), MescUnit.rate(unit), MescUnit.pixelSize(unit),
                MescUnit.attributes(unit));
    }

    /** The channel {@code channel=} names, by name or index (default the first). */
    private static int channelIndex(Path path, List<MescUnit.Channel> channels, OpenOptions options) {
        List<String> names = channels.stream().map(MescUnit.Channel::name).toList();
        String wanted = options.get(OpenOptions.CHANNEL).orElse(names.get(0));
        int index = names.indexOf(wanted);
        if (index < 0 && wanted.matches("\\d{1,9}") && Integer.parseInt(wanted) < names.size()) {
            index = Integer.parseInt(wanted);
        }
        if (index < 0) {
            throw new IllegalArgumentException(path + ": no channel '" + wanted + "' (channels: "
                    + String.join(", ", names) + ")");
        }
        return index;
    }

    private static Map<String, Object> metadata(Found found, MescUnit.Channel channel) {
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put(OpenOptions.DATASET, found.unit());
        metadata.put("channelDataset", channel.dataset().getPath());
        metadata.put("hdf5Shape", found.array().shape());
        metadata.put("layout", found.array().layout());
        metadata.put("conversion", channel.scale());
        metadata.put("offset", channel.offset());
        metadata.put("framePeriodMs", found.attributes().get(MescUnit.FRAME_PERIOD_MS));
        metadata.put("attributes", found.attributes());
        return metadata;
    }
}
