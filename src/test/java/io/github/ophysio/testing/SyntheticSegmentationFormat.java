package io.github.ophysio.testing;

import io.github.ophysio.formats.Confidence;
import io.github.ophysio.formats.DataKind;
import io.github.ophysio.formats.FileProbe;
import io.github.ophysio.formats.FormatReader;
import io.github.ophysio.formats.FormatRegistry;
import io.github.ophysio.formats.OpenOptions;
import io.github.ophysio.model.ImagingExtractor;
import io.github.ophysio.model.SegmentationExtractor;
import io.github.ophysio.model.SyntheticSegmentation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A test-only format: any file named {@code *.synthseg} is {@link SyntheticSegmentation#standard()},
 * so the command line and the Fiji layer can be tested before (and independently of) real formats.
 */
public final class SyntheticSegmentationFormat implements FormatReader {

    @Override
    public String id() {
        return "synthseg";
    }

    @Override
    public String description() {
        return "synthetic segmentation (tests)";
    }

    @Override
    public Confidence sniff(FileProbe probe) {
        return probe.extension().equals("synthseg") ? Confidence.SIGNATURE : Confidence.NO;
    }

    @Override
    public DataKind kind(Path path, OpenOptions options) {
        return DataKind.SEGMENTATION;
    }

    @Override
    public SegmentationExtractor openSegmentation(Path path, OpenOptions options) {
        int rois = firstByte(path);
        return rois == 0 ? SyntheticSegmentation.standard() : SyntheticSegmentation.of(rois, 20, 24, 9);
    }

    private static int firstByte(Path path) {
        try {
            byte[] bytes = Files.readAllBytes(path);
            return bytes.length == 0 ? 0 : bytes[0] & 0xff;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Override
    public ImagingExtractor openImaging(Path path, OpenOptions options) {
        throw new UnsupportedOperationException("a segmentation");
    }

    /** The installed readers plus this one. */
    public static FormatRegistry registry() {
        List<FormatReader> readers = new ArrayList<>(FormatRegistry.load().readers());
        readers.add(new SyntheticSegmentationFormat());
        return new FormatRegistry(readers);
    }

    /** A file this format claims: {@link SyntheticSegmentation#standard()}. */
    public static Path file(Path dir) throws IOException {
        return Files.write(dir.resolve("cells.synthseg"), new byte[] {0});
    }

    /** A file this format claims: {@code rois} (1–255) synthetic ROIs on a 20 × 24 frame, 9 samples. */
    public static Path file(Path dir, int rois) throws IOException {
        return Files.write(dir.resolve("cells" + rois + ".synthseg"), new byte[] {(byte) rois});
    }
}
