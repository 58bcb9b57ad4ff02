package io.github.ophysio.formats.caiman;

import io.github.ophysio.error.CorruptFileException;
import io.github.ophysio.error.UnsupportedFormatException;
import io.github.ophysio.formats.ArrayRecordings;
import io.github.ophysio.formats.OpenOptions;
import io.github.ophysio.io.ArrayLayout;
import io.github.ophysio.io.MappedFile;
import io.github.ophysio.model.ImagingExtractor;
import io.github.ophysio.model.PixelType;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Opens a CaImAn memmap (.mmap movie) as a strided recording. The file is CaImAn's headerless float32 matrix Yr of shape
 * (d, T), pixel p = row + col·d1 + z·d1·d2 (frames flattened in Fortran order), stored C-ordered
 * (each pixel's time series contiguous) or F-ordered (each frame contiguous, column-major).
 */
final class CaimanMovieOpener {

    private CaimanMovieOpener() {
    }

    static ImagingExtractor open(Path path, OpenOptions options) {
        MmapName name = MmapName.parse(path).orElseThrow(() -> new UnsupportedFormatException(path,
                "a .mmap whose name does not state its layout (expected <base>_d1_<rows>_d2_<cols>_d3_<planes>"
                        + "_order_<C|F>_frames_<T>_.mmap)"));
        MappedFile file = MappedFile.open(path);
        long expected = Math.multiplyExact(Math.multiplyExact(name.pixels(), name.frames()), 4L);
        if (file.size() != expected) {
            throw CorruptFileException.expected(path, "size", expected + " bytes (float32 " + name.describe()
                    + " from the file name)", file.size());
        }
        // A volume's planes are the fourth axis whatever the options say: d3 is not a channel count.
        OpenOptions opened = name.d3() > 1 ? options.with(OpenOptions.FOURTH_AXIS, OpenOptions.FOURTH_AXIS_PLANES)
                : options;
        return ArrayRecordings.open(file, layout(name), opened, metadata(name));
    }

    /** C: element (p, t) at p·T + t, so t is fastest; F: at p + t·d, so rows are fastest. */
    static ArrayLayout layout(MmapName name) {
        String storage = name.order() == 'C' ? "cxyt" : "tcxy";
        Map<Character, Long> sizes = Map.of('t', name.frames(), 'y', name.d1(), 'x', name.d2(), 'c', name.d3());
        return ArrayLayout.of(PixelType.FLOAT32, ByteOrder.LITTLE_ENDIAN, 0, storage, sizes);
    }

    private static Map<String, Object> metadata(MmapName name) {
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("caimanFile", "memmap");
        metadata.put("d1", name.d1());
        metadata.put("d2", name.d2());
        metadata.put("d3", name.d3());
        metadata.put("order", String.valueOf(name.order()));
        metadata.put("frames", name.frames());
        return metadata;
    }
}
