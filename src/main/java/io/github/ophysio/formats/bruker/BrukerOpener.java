package io.github.ophysio.formats.bruker;

import io.github.ophysio.formats.OpenOptions;
import io.github.ophysio.model.DescribedImaging;
import io.github.ophysio.model.ImagingExtractor;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Opens a Bruker acquisition from what its {@code .xml} says: the frames make samples as
 * {@link BrukerLayout} lays them out, one channel is read ({@code channel=} by name or index), the
 * native times are the frames' {@code relativeTime}s, and with {@code plane=N} a volume opens as its
 * plane N with that plane's own times.
 */
final class BrukerOpener {

    private BrukerOpener() {
    }

    static List<String> channelNames(Path path) {
        return BrukerXml.read(BrukerPaths.requireXml(path)).channelNames();
    }

    static ImagingExtractor open(Path path, OpenOptions options) {
        BrukerScan scan = BrukerXml.read(BrukerPaths.requireXml(path));
        BrukerLayout layout = BrukerLayout.of(scan, plane(path, options));
        int channel = channelIndex(path, scan.channelNames(), options);
        BrukerFiles.requireAll(scan);
        OptionalDouble fs = options.samplingFrequency().isPresent() ? options.samplingFrequency()
                : layout.samplingFrequency();
        return new DescribedImaging(new BrukerPlanes(layout, channel), new DescribedImaging.Facts(fs,
                layout.timestamps(), scan.pixelSize(), scan.channelNames().get(channel), metadata(layout)));
    }

    /** The plane {@code plane=} picks (0-based, by index: its name), or -1 for all. */
    private static int plane(Path path, OpenOptions options) {
        String wanted = options.get(OpenOptions.PLANE).orElse(null);
        if (wanted == null) {
            return -1;
        }
        if (!wanted.matches("\\d{1,9}")) {
            throw new IllegalArgumentException(path + ": no plane '" + wanted + "' (planes are numbered from 0)");
        }
        return Integer.parseInt(wanted);
    }

    /** The channel {@code channel=} names, by name or index (default the first). */
    private static int channelIndex(Path path, List<String> channels, OpenOptions options) {
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

    private static Map<String, Object> metadata(BrukerLayout layout) {
        BrukerScan scan = layout.scan();
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("xml", scan.xml().getFileName().toString());
        metadata.put("sequenceTypes", scan.sequenceTypes());
        metadata.put("cycles", scan.cycles());
        metadata.put("frames", scan.frames());
        if (layout.volumetric() && layout.planes() == 1) {
            metadata.put(OpenOptions.PLANE, layout.firstPlane());
        }
        if (layout.dropped() > 0) {
            metadata.put("droppedFrames", layout.dropped());
        }
        metadata.put("state", scan.state());
        return metadata;
    }
}
