package io.github.ophysio.formats.raw;

import io.github.ophysio.formats.ArrayRecordings;
import io.github.ophysio.formats.OpenOptions;
import io.github.ophysio.io.MappedFile;
import io.github.ophysio.model.ImagingExtractor;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Maps a raw binary file as the recording its options describe ({@link RawLayout}). */
final class RawOpener {

    private RawOpener() {
    }

    static List<String> channelNames(Path path, OpenOptions options) {
        MappedFile file = MappedFile.open(path);
        return ArrayRecordings.channelNames(RawLayout.of(file.path(), file.size(), options).layout(), options);
    }

    static ImagingExtractor open(Path path, OpenOptions options) {
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
}
