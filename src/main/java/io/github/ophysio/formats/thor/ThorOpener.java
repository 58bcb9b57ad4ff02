package io.github.ophysio.formats.thor;

import io.github.ophysio.error.MissingFileException;
import io.github.ophysio.formats.OpenOptions;
import io.github.ophysio.model.DescribedImaging;
import io.github.ophysio.model.ImagingExtractor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Opens a ThorImage folder: {@code Experiment.xml} names the channels and states the rate and pixel
 * size, the channel's file names give the (time, plane) grid. No per-frame times: i / fs.
 */
final class ThorOpener {

    private static final Pattern CHANNEL_NAME = Pattern.compile("Chan([A-Za-z0-9]+)");

    private ThorOpener() {
    }

    /** The folder of a PATH: the folder itself, or the folder of one of its files. */
    static Path folder(Path path) {
        Path absolute = path.toAbsolutePath();
        return Files.isDirectory(absolute) ? absolute : absolute.getParent();
    }

    static List<String> channelNames(Path path) {
        Path folder = folder(path);
        return names(ThorExperiment.read(folder.resolve(ThorExperiment.NAME)), folder);
    }

    static ImagingExtractor open(Path path, OpenOptions options) {
        Path folder = folder(path);
        ThorExperiment experiment = ThorExperiment.read(folder.resolve(ThorExperiment.NAME));
        List<String> names = names(experiment, folder);
        int channel = channelIndex(path, names, options);
        ThorFiles files = ThorFiles.of(folder, letter(folder, names, channel));
        OptionalDouble fs = options.samplingFrequency().isPresent() ? options.samplingFrequency()
                : files.planes() == 1 ? experiment.frameRate() : OptionalDouble.empty();
        return new DescribedImaging(new ThorPlanes(files), new DescribedImaging.Facts(fs, null,
                experiment.pixelSize(), names.get(channel), metadata(experiment, files)));
    }

    /** The {@code <Wavelength name>}s, or Chan + each letter of the files when the experiment names none. */
    private static List<String> names(ThorExperiment experiment, Path folder) {
        if (!experiment.channelNames().isEmpty()) {
            return experiment.channelNames();
        }
        return ThorFiles.letters(folder).stream().map(letter -> "Chan" + letter).toList();
    }

    /** The file letter of channel {@code channel}: its name's (ChanA → A), else the channel's rank among the letters. */
    private static String letter(Path folder, List<String> names, int channel) {
        List<String> letters = ThorFiles.letters(folder);
        Matcher m = CHANNEL_NAME.matcher(names.get(channel));
        if (m.matches() && letters.contains(m.group(1))) {
            return m.group(1);
        }
        if (channel < letters.size()) {
            return letters.get(channel);
        }
        throw new MissingFileException(folder, "no Chan…_.tif files of channel " + names.get(channel) + " (files of "
                + (letters.isEmpty() ? "no channel" : "Chan" + String.join(", Chan", letters)) + ")");
    }

    /** The channel {@code channel=} names, by name or index (default the first). */
    private static int channelIndex(Path path, List<String> channels, OpenOptions options) {
        if (channels.isEmpty()) {
            throw new MissingFileException(path, "no Chan…_.tif files and no <Wavelength> in Experiment.xml");
        }
        String wanted = options.get(OpenOptions.CHANNEL).orElse(channels.get(0));
        int index = channels.indexOf(wanted);
        if (index < 0 && wanted.matches("\\d{1,9}") && Integer.parseInt(wanted) < channels.size()) {
            index = Integer.parseInt(wanted);
        }
        if (index < 0) {
            throw new IllegalArgumentException(path + ": no channel '" + wanted + "' (channels: "
                    + String.join(", ", channels) + ")");
        }
        return index;
    }

    private static Map<String, Object> metadata(ThorExperiment experiment, ThorFiles files) {
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("channelFiles", "Chan" + files.letter());
        metadata.put("planes", files.planes());
        metadata.put("timePoints", files.times());
        experiment.frameRate().ifPresent(rate -> metadata.put("frameRate", rate));
        metadata.put("experiment", experiment.elements());
        return metadata;
    }
}
