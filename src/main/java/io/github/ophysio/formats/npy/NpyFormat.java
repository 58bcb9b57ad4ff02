package io.github.ophysio.formats.npy;

import io.github.ophysio.error.FileText;
import io.github.ophysio.error.UnsupportedFormatException;
import io.github.ophysio.formats.ArrayRecordings;
import io.github.ophysio.formats.Confidence;
import io.github.ophysio.formats.FileProbe;
import io.github.ophysio.formats.FormatReader;
import io.github.ophysio.formats.OpenOptions;
import io.github.ophysio.io.ArrayLayout;
import io.github.ophysio.io.Dtypes;
import io.github.ophysio.io.MappedFile;
import io.github.ophysio.io.NpyHeader;
import io.github.ophysio.io.Sizes;
import io.github.ophysio.model.ImagingExtractor;
import io.github.ophysio.model.PixelType;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads NumPy .npy arrays as recordings, as roiextractors' {@code NumpyImagingExtractor} does. */
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
        return ArrayRecordings.channelNames(layout(path, NpyHeader.read(path), MappedFile.open(path).size()), options);
    }

    @Override
    public ImagingExtractor openImaging(Path path, OpenOptions options) {
        NpyHeader header = NpyHeader.read(path);
        MappedFile file = MappedFile.open(path);
        ArrayLayout layout = layout(path, header, file.size());
        return ArrayRecordings.open(file, layout, options, metadata(header));
    }

    /** The array's layout, once its shape is known to fit in the file (a damaged shape must not overflow). */
    private static ArrayLayout layout(Path path, NpyHeader header, long fileSize) {
        long[] shape = header.shape();
        if (shape.length != 3 && shape.length != 4) {
            throw new UnsupportedFormatException(path, "array of shape " + header.shapeText()
                    + "; a recording is (T, rows, cols) or (T, rows, cols, N)");
        }
        PixelType type = Dtypes.pixelType(path, header.descr());
        Sizes.requireBytes(path, FileText.quote(header.descr()) + " ", shape, type.bytes(), fileSize - header.dataOffset());
        for (long d : shape) {
            Sizes.toInt(path, "npy dimension", d);
        }
        Map<Character, Long> sizes = Map.of('t', shape[0], 'y', shape[1], 'x', shape[2],
                'c', shape.length == 4 ? shape[3] : 1L);
        String order = header.fortranOrder() ? "cxyt" : "tyxc";
        return ArrayLayout.of(type, Dtypes.byteOrder(header.descr()), header.dataOffset(), order, sizes);
    }

    private static Map<String, Object> metadata(NpyHeader header) {
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("npyVersion", header.major() + "." + header.minor());
        metadata.put("descr", header.descr());
        metadata.put("fortranOrder", header.fortranOrder());
        metadata.put("arrayShape", header.shape());
        return metadata;
    }
}
