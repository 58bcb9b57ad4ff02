package io.github.ophysio.formats.suite2p;

import io.github.ophysio.error.UnsupportedFormatException;
import io.github.ophysio.io.ArrayLayout;
import io.github.ophysio.io.MappedFile;
import io.github.ophysio.io.StridedPlanes;
import io.github.ophysio.model.DescribedImaging;
import io.github.ophysio.model.ImagingExtractor;
import io.github.ophysio.model.PixelType;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * A plane's registered movie {@code data.bin} ({@code data_chan2.bin} for chan2): headerless int16
 * little-endian (frames, Ly, Lx) in C order, frames = file size / frame bytes (a trailing partial
 * frame is never read), Ly/Lx/fs from ops. Read lazily by the shared strided reader.
 */
final class Suite2pMovie {

    private Suite2pMovie() {
    }

    static ImagingExtractor open(Path planeDir, String channel, OptionalDouble fsOption) {
        Path bin = planeDir.resolve(Suite2pChannels.movieFile(channel));
        if (!Files.isRegularFile(bin)) {
            throw new UnsupportedFormatException(planeDir, "a Suite2p segmentation without a registered movie ("
                    + bin.getFileName() + " was not kept): open it with Ophys Segmentation");
        }
        Suite2pOps ops = Suite2pOps.load(planeDir);
        int rows = ops.positiveInt("Ly");
        int cols = ops.positiveInt("Lx");
        MappedFile file = MappedFile.open(bin);
        long frameBytes = 2L * rows * cols;
        long frames = file.size() / frameBytes;
        if (frames == 0) {
            throw new UnsupportedFormatException(bin, "an empty recording: " + file.size() + " bytes, less than one "
                    + rows + " x " + cols + " int16 frame");
        }
        ArrayLayout layout = ArrayLayout.of(PixelType.INT16, ByteOrder.LITTLE_ENDIAN, 0, "tyx",
                Map.of('t', frames, 'y', (long) rows, 'x', (long) cols));
        OptionalDouble fs = fsOption.isPresent() ? fsOption : ops.samplingFrequency();
        return new DescribedImaging(new StridedPlanes(file, layout, 0), new DescribedImaging.Facts(fs, null, null,
                channel, metadata(ops, planeDir, file.size() - frames * frameBytes)));
    }

    private static Map<String, Object> metadata(Suite2pOps ops, Path planeDir, long trailing) {
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("plane", planeDir.getFileName().toString());
        metadata.putAll(ops.metadata());
        if (trailing > 0) {
            metadata.put("trailingBytes", trailing);
        }
        return metadata;
    }
}
