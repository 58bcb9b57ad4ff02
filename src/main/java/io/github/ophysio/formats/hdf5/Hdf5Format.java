package io.github.ophysio.formats.hdf5;

import io.github.ophysio.formats.Confidence;
import io.github.ophysio.formats.FileProbe;
import io.github.ophysio.formats.FormatReader;
import io.github.ophysio.formats.OpenOptions;
import io.github.ophysio.io.hdf5.Hdf5Signature;
import io.github.ophysio.model.ImagingExtractor;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * Reads a numeric HDF5 dataset as a recording, as roiextractors' {@code Hdf5ImagingExtractor}
 * does, lazily: contiguous data memory-mapped, chunked data decoded chunk by chunk. Sniffs and
 * delegates; {@link Hdf5Opener} opens.
 */
public final class Hdf5Format implements FormatReader {

    private static final Set<String> EXTENSIONS = Set.of("h5", "hdf5", "hdf", "he5");

    @Override
    public String id() {
        return "hdf5";
    }

    @Override
    public Set<String> recordingOptions() {
        return Set.of(OpenOptions.AXES);
    }

    @Override
    public String description() {
        return "HDF5 dataset (also MATLAB v7.3)";
    }

    /**
     * The HDF5 signature and no more: NWB, CaImAn and the MAT outputs recognise more inside the same
     * container and win; a MAT v7.3 file no output reader recognises stays here (a MATLAB movie).
     */
    @Override
    public Confidence sniff(FileProbe probe) {
        if (probe.isDirectory()) {
            return Confidence.NO;
        }
        if (Hdf5Signature.offset(probe.path()) >= 0) {
            return Confidence.SIGNATURE;
        }
        return EXTENSIONS.contains(probe.extension()) ? Confidence.EXTENSION_HINT : Confidence.NO;
    }

    @Override
    public List<String> channelNames(Path path, OpenOptions options) {
        return Hdf5Opener.channelNames(path, options);
    }

    @Override
    public List<String> candidates(Path path, OpenOptions options) {
        return Hdf5Opener.candidates(path);
    }

    @Override
    public ImagingExtractor openImaging(Path path, OpenOptions options) {
        return Hdf5Opener.open(path, options);
    }
}
