package io.github.ophysio.formats.npy;

import io.github.ophysio.formats.Confidence;
import io.github.ophysio.formats.FileProbe;
import io.github.ophysio.formats.FormatReader;
import io.github.ophysio.formats.OpenOptions;
import io.github.ophysio.io.NpyHeader;
import io.github.ophysio.model.ImagingExtractor;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * Reads NumPy .npy arrays as recordings, as roiextractors' {@code NumpyImagingExtractor} does. Sniffs
 * and delegates; {@link NpyOpener} opens.
 */
public final class NpyFormat implements FormatReader {

    @Override
    public String id() {
        return "npy";
    }

    @Override
    public Set<String> recordingOptions() {
        return Set.of(OpenOptions.FOURTH_AXIS);
    }

    @Override
    public String description() {
        return "NumPy .npy array";
    }

    /** The .npy magic is a signature: any array file with it is readable as an array. */
    @Override
    public Confidence sniff(FileProbe probe) {
        if (probe.startsWith(NpyHeader.MAGIC)) {
            return Confidence.SIGNATURE;
        }
        return !probe.isDirectory() && probe.extension().equals("npy") ? Confidence.EXTENSION_HINT : Confidence.NO;
    }

    @Override
    public List<String> channelNames(Path path, OpenOptions options) {
        return NpyOpener.channelNames(path, options);
    }

    @Override
    public ImagingExtractor openImaging(Path path, OpenOptions options) {
        return NpyOpener.open(path, options);
    }
}
