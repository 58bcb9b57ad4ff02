package io.github.ophysio.cli;

import io.github.ophysio.formats.FormatReader;
import io.github.ophysio.formats.FormatRegistry;
import io.github.ophysio.formats.OpenOptions;
import io.github.ophysio.model.ImagingExtractor;
import java.nio.file.Path;
import java.util.List;

/** A recording opened for a command: its reader, channel names and the (plane-selected) extractor. */
record OpenedRecording(FormatReader reader, List<String> channels, ImagingExtractor recording) {

    static OpenedRecording open(FormatRegistry registry, Path path, OpenOptions options) {
        return open(registry.readerFor(path, options), path, options);
    }

    /** Opens with a reader already chosen (so the file is sniffed once). */
    static OpenedRecording open(FormatReader reader, Path path, OpenOptions options) {
        ImagingExtractor recording = reader.openImaging(path, options);
        List<String> channels = reader.channelNames(path, options);
        return new OpenedRecording(reader, channels, pickPlane(recording, options));
    }

    /** {@code --plane N} turns a volume into one of its planes. */
    private static ImagingExtractor pickPlane(ImagingExtractor recording, OpenOptions options) {
        if (options.get(OpenOptions.PLANE).isEmpty() || !recording.isVolumetric()) {
            return recording;
        }
        String name = options.get(OpenOptions.PLANE).get();
        try {
            return recording.selectPlanes(Integer.parseInt(name));
        } catch (NumberFormatException | IndexOutOfBoundsException e) {
            throw new IllegalArgumentException("no plane '" + name + "' (planes: 0.." + (recording.getNumPlanes() - 1)
                    + ")", e);
        }
    }
}
