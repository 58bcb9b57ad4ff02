package io.github.ophysio.formats.femtonics;

import io.github.ophysio.formats.Confidence;
import io.github.ophysio.formats.FileProbe;
import io.github.ophysio.formats.FormatReader;
import io.github.ophysio.formats.OpenOptions;
import io.github.ophysio.io.hdf5.Hdf5Files;
import io.github.ophysio.io.hdf5.Hdf5Signature;
import io.github.ophysio.model.ImagingExtractor;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads a Femtonics {@code .mesc} measurement unit as a recording. Sniffs above the plain HDF5
 * reader: its {@code MSession_*}/{@code MUnit_*} groups are a layout, a {@code .mesc} name on an HDF5
 * file is the user's word. {@link FemtonicsOpener} opens.
 */
public final class FemtonicsFormat implements FormatReader {

    private static final String EXTENSION = "mesc";

    @Override
    public String id() {
        return "femtonics";
    }

    @Override
    public String description() {
        return "Femtonics MESc (.mesc)";
    }

    @Override
    public Confidence sniff(FileProbe probe) {
        if (probe.isDirectory()) {
            return Confidence.NO;
        }
        boolean named = EXTENSION.equals(probe.extension());
        if (Hdf5Signature.offset(probe.path()) < 0) {
            return named ? Confidence.EXTENSION_HINT : Confidence.NO;
        }
        if (Hdf5Files.test(probe.path(), file -> !MescUnits.all(probe.path(), file).isEmpty())) {
            return Confidence.LAYOUT;
        }
        return named ? Confidence.NAMED_SIGNATURE : Confidence.NO;
    }

    @Override
    public List<String> channelNames(Path path, OpenOptions options) {
        return FemtonicsOpener.channelNames(path, options);
    }

    @Override
    public List<String> candidates(Path path, OpenOptions options) {
        return FemtonicsOpener.candidates(path);
    }

    @Override
    public ImagingExtractor openImaging(Path path, OpenOptions options) {
        return FemtonicsOpener.open(path, options);
    }
}
