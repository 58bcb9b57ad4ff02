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
 * the reader of its own format and in that format's convention (a .npy is already in matrix order).
 * With {@code starting_frame}, only the first file (frame shape and type) and the last (the total
 * count) are opened at once; the others when one of their frames is read ({@link LazyExternal}).
 */
final class NwbExternal {

    private final Path nwb;
    private final List<String> files;
    private final FormatRegistry registry = FormatRegistry.load();
    private final OpenOptions own;

    private NwbExternal(Path nwb, List<String> files, OpenOptions options) {
        this.nwb = nwb;
        this.files = files;
        OpenOptions fs = OpenOptions.none();
        if (options.get(OpenOptions.FS).isPresent()) {
            fs = fs.with(OpenOptions.FS, options.get(OpenOptions.FS).get());
        }
        this.own = fs;
    }

    static ImagingExtractor open(Path nwb, List<String> files, int[] startingFrames, OpenOptions options) {
        NwbExternal external = new NwbExternal(nwb, files, options);
        if (files.size() == 1) {
            return external.part(0);
        }
        if (startingFrames == null || startingFrames.length != files.size()) {
            return external.concatenated(startingFrames);
        }
        checkStarts(nwb, files, startingFrames);
        return new LazyExternal(nwb, files, startingFrames, external::part);
    }

    /** Without a starting frame per file, every file is opened to count its frames. */
    private ImagingExtractor concatenated(int[] startingFrames) {
        List<ImagingExtractor> parts = new ArrayList<>();
        int frame = 0;
        for (int i = 0; i < files.size(); i++) {
            if (startingFrames != null && i < startingFrames.length && startingFrames[i] != frame) {
                throw CorruptFileException.expected(nwb, "starting_frame of external file " + files.get(i), frame,
                        startingFrames[i]);
            }
            ImagingExtractor part = part(i);
            parts.add(part);
            frame += part.getNumSamples();
        }
        return ImagingExtractor.concatenate(parts);
    }

    private static void checkStarts(Path nwb, List<String> files, int[] starts) {
        for (int i = 0; i < starts.length; i++) {
            int previous = i == 0 ? -1 : starts[i - 1];
            if (i == 0 ? starts[0] != 0 : starts[i] <= previous) {
                throw new CorruptFileException(nwb, "starting_frame of external file " + files.get(i) + ": expected "
                        + (i == 0 ? "0" : "more than " + previous) + ", found " + starts[i]);
            }
        }
    }

    /** Opens file {@code index} by its own format's reader. */
    ImagingExtractor part(int index) {
        String name = files.get(index);
        Path parent = nwb.toAbsolutePath().getParent();
        Path file = parent == null ? Path.of(name) : parent.resolve(name);
        if (!Files.isRegularFile(file)) {
            throw new MissingFileException(nwb, "external_file " + name + " does not exist (looked for " + file + ")");
        }
        try {
            return registry.openImaging(file, own);
        } catch (UnsupportedFormatException e) {
            throw new UnsupportedFormatException(nwb, "external_file " + name + " is in a format Ophys IO does not read ("
                    + e.getMessage() + ")");
        }
    }
}
