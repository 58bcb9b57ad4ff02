package io.github.ophysio.formats.scanimage;

import io.github.ophysio.formats.Confidence;
import io.github.ophysio.formats.FileProbe;
import io.github.ophysio.formats.FormatReader;
import io.github.ophysio.formats.OpenOptions;
import io.github.ophysio.io.tiff.TiffFile;
import io.github.ophysio.model.ImagingExtractor;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * ScanImage TIFFs (≥ 2016 and 3.x), one acquisition per recording even when split over files. Sniffs
 * by content and delegates; {@link ScanImageOpener} opens.
 */
public final class ScanImageFormat implements FormatReader {

    /** The word ScanImage ≥ 2016 writes at byte 16 of its BigTIFF files. */
    static final int SCANIMAGE_MAGIC = 117637889;
    /** TIFFs of a folder looked into when sniffing it (an overview image may come first; 100 000 files must not). */
    static final int SNIFFED_FILES = 8;

    @Override
    public String id() {
        return "scanimage";
    }

    @Override
    public String description() {
        return "ScanImage TIFF";
    }

    @Override
    public Set<String> recordingOptions() {
        return Set.of(OpenOptions.PLANE, OpenOptions.SLICE_SAMPLE);
    }

    /**
     * ScanImage's own header word or its {@code SI.*}/{@code state.*} lines in page 0 recognise its output;
     * a folder by one of its first TIFFs in natural order; any other .tif is a hint, so that the error says
     * what was looked for.
     */
    @Override
    public Confidence sniff(FileProbe probe) {
        if (probe.isDirectory()) {
            boolean recognised = ScanImageFiles.tiffs(probe.path()).limit(SNIFFED_FILES)
                    .anyMatch(ScanImageVersion::isScanImage);
            return recognised ? Confidence.RECOGNISED_OUTPUT : Confidence.NO;
        }
        byte[] head = probe.head();
        if (!TiffFile.hasTiffMagic(head)) {
            return Confidence.NO;
        }
        if (hasHeaderWord(head) || ScanImageVersion.isScanImage(probe.path())) {
            return Confidence.RECOGNISED_OUTPUT;
        }
        return probe.extension().matches("tiff?") ? Confidence.EXTENSION_HINT : Confidence.NO;
    }

    @Override
    public List<String> channelNames(Path path, OpenOptions options) {
        return ScanImageOpener.channelNames(path);
    }

    @Override
    public ImagingExtractor openImaging(Path path, OpenOptions options) {
        return ScanImageOpener.open(path, options);
    }

    private static boolean hasHeaderWord(byte[] head) {
        ByteBuffer b = ByteBuffer.wrap(head).order(head[0] == 'M' ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN);
        return head.length >= 20 && b.getShort(2) == 43 && b.getInt(16) == SCANIMAGE_MAGIC;
    }
}
