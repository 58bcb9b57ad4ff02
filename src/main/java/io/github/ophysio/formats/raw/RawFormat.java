package io.github.ophysio.formats.raw;

import io.github.ophysio.formats.Confidence;
import io.github.ophysio.formats.FileProbe;
import io.github.ophysio.formats.FormatReader;
import io.github.ophysio.formats.OpenOptions;
import io.github.ophysio.model.ImagingExtractor;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * Reads raw binary recordings described by options ({@code rows=}, {@code cols=}, {@code dtype=}, …).
 * Sniffs and delegates; {@link RawOpener} opens.
 */
public final class RawFormat implements FormatReader {

    private static final Set<String> EXTENSIONS = Set.of("raw", "bin", "dat");

    @Override
    public String id() {
        return "raw";
    }

    @Override
    public Set<String> recordingOptions() {
        return Set.of(OpenOptions.ROWS, OpenOptions.COLS, OpenOptions.DTYPE, OpenOptions.OFFSET,
                OpenOptions.BYTE_ORDER, OpenOptions.CHANNELS, OpenOptions.AXES, OpenOptions.FOURTH_AXIS);
    }

    @Override
    public String description() {
        return "raw binary (shape from options)";
    }

    /** Raw bytes have no signature: only the file name hints at them, and weakly. */
    @Override
    public Confidence sniff(FileProbe probe) {
        return !probe.isDirectory() && EXTENSIONS.contains(probe.extension()) ? Confidence.EXTENSION_HINT : Confidence.NO;
    }

    @Override
    public List<String> channelNames(Path path, OpenOptions options) {
        return RawOpener.channelNames(path, options);
    }

    @Override
    public ImagingExtractor openImaging(Path path, OpenOptions options) {
        return RawOpener.open(path, options);
    }
}
