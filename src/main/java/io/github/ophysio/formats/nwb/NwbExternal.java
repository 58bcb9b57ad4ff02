package io.github.ophysio.formats.nwb;

import io.github.ophysio.error.CorruptFileException;
import io.github.ophysio.error.MissingFileException;
import io.github.ophysio.error.UnsupportedFormatException;
import io.github.ophysio.formats.FormatRegistry;
import io.github.ophysio.formats.OpenOptions;
import io.github.ophysio.model.ImagingExtractor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * An {@code external_file} series: the files it names (relative to the NWB file), each opened by
 * the reader of its own format and in that format's convention (a .npy is already in matrix order),
 * concatenated at their {@code starting_frame}s.
 */
final class NwbExternal {

    private NwbExternal() {
    }

    static ImagingExtractor open(Path nwb, List<String> files, int[] startingFrames, OpenOptions options) {
        FormatRegistry registry = FormatRegistry.load();
        OpenOptions own = OpenOptions.none();
        if (options.get(OpenOptions.FS).isPresent()) {
            own = own.with(OpenOptions.FS, options.get(OpenOptions.FS).get());
        }
        List<ImagingExtractor> parts = new ArrayList<>();
        int frame = 0;
        for (int i = 0; i < files.size(); i++) {
            if (startingFrames != null && i < startingFrames.length && startingFrames[i] != frame) {
                throw CorruptFileException.expected(nwb, "starting_frame of external file " + files.get(i), frame,
                        startingFrames[i]);
            }
            ImagingExtractor part = openOne(nwb, registry, files.get(i), own);
            parts.add(part);
            frame += part.getNumSamples();
        }
        return parts.size() == 1 ? parts.get(0) : ImagingExtractor.concatenate(parts);
    }

    private static ImagingExtractor openOne(Path nwb, FormatRegistry registry, String name, OpenOptions options) {
        Path parent = nwb.toAbsolutePath().getParent();
        Path file = parent == null ? Path.of(name) : parent.resolve(name);
        if (!Files.isRegularFile(file)) {
            throw new MissingFileException(nwb, "external_file " + name + " does not exist (looked for " + file + ")");
        }
        try {
            return registry.openImaging(file, options);
        } catch (UnsupportedFormatException e) {
            throw new UnsupportedFormatException(nwb, "external_file " + name + " is in a format Ophys IO does not read ("
                    + e.getMessage() + ")");
        }
    }
}
