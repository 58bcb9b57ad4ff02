package io.github.ophysio.formats.raw;

import io.github.ophysio.error.CorruptFileException;
import io.github.ophysio.formats.ArrayRecordings;
import io.github.ophysio.formats.Confidence;
import io.github.ophysio.formats.FileProbe;
import io.github.ophysio.formats.FormatReader;
import io.github.ophysio.formats.OpenOptions;
import io.github.ophysio.io.ArrayLayout;
import io.github.ophysio.io.MappedFile;
import io.github.ophysio.model.ImagingExtractor;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads raw binary recordings described by options ({@code rows=}, {@code cols=}, {@code dtype=}, …). */
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
        MappedFile file = MappedFile.open(path);
        return ArrayRecordings.channelNames(RawLayout.of(file.path(), file.size(), options).layout(), options);
    }

    @Override
    public ImagingExtractor openImaging(Path path, OpenOptions options) {
        MappedFile file = MappedFile.open(path);
        RawLayout raw = RawLayout.of(path, file.size(), options);
        return ArrayRecordings.open(file, raw.layout(), options, metadata(raw));
    }

    private static Map<String, Object> metadata(RawLayout raw) {
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put(OpenOptions.AXES, raw.axes());
        metadata.put(OpenOptions.OFFSET, raw.layout().offset());
        metadata.put(OpenOptions.BYTE_ORDER, raw.layout().order().toString().startsWith("BIG") ? "big" : "little");
        metadata.put("trailingBytes", raw.trailingBytes());
        return metadata;
    }

    /** Throws when the header offset lies beyond the end of the file. */
    static void requireOffsetInside(Path path, long offset, long size) {
        if (offset > size) {
            throw CorruptFileException.expected(path, "header offset", "at most the file size " + size, offset);
        }
    }
}
