package io.github.ophysio.formats.isxd;

import io.github.ophysio.error.OphysException;
import io.github.ophysio.formats.DataKind;
import io.github.ophysio.formats.Confidence;
import io.github.ophysio.formats.FileProbe;
import io.github.ophysio.formats.FormatReader;
import io.github.ophysio.formats.OpenOptions;
import io.github.ophysio.model.ImagingExtractor;
import io.github.ophysio.model.SegmentationExtractor;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * Inscopix {@code .isxd} movies and images (recordings) and cell sets (segmentations), read in pure
 * Java from isxcore's layout (no Inscopix software needed). Event sets and the other data sets of
 * the same container are refused as unsupported, naming what they are.
 */
public final class IsxdFormat implements FormatReader {

    @Override
    public String id() {
        return "isxd";
    }

    @Override
    public Set<String> recordingOptions() {
        return Set.of(OpenOptions.PLANE);
    }

    @Override
    public String description() {
        return "Inscopix .isxd movie or cell set";
    }

    /**
     * A JSON footer is a signature: without the .isxd name surely a JSON-footed file, less surely isxcore's;
     * with it, the user named the file for this reader.
     */
    @Override
    public Confidence sniff(FileProbe probe) {
        if (probe.isDirectory()) {
            return Confidence.NO;
        }
        boolean named = probe.extension().equals("isxd");
        if (IsxdFooter.looksLikeIsxd(probe.path())) {
            return named ? Confidence.NAMED_SIGNATURE : Confidence.SIGNATURE;
        }
        return named ? Confidence.EXTENSION_HINT : Confidence.NO;
    }

    @Override
    public List<String> channelNames(Path path, OpenOptions options) {
        return IsxdMovieOpener.channelNames(path);
    }

    @Override
    public ImagingExtractor openImaging(Path path, OpenOptions options) {
        return IsxdMovieOpener.open(path, options);
    }

    /** A cell set (type 1) is a segmentation; anything else, readable or not, is left to openImaging to judge. */
    @Override
    public DataKind kind(Path path, OpenOptions options) {
        if (!IsxdFooter.looksLikeIsxd(path)) {
            return DataKind.IMAGING;
        }
        try {
            return IsxdFooter.read(path).type() == IsxdFileKind.CELL_SET ? DataKind.SEGMENTATION : DataKind.IMAGING;
        } catch (OphysException e) {
            return DataKind.IMAGING; // a damaged footer: openImaging reports it with the full message
        }
    }

    /** A cell set (type 1); every other data set type is unsupported as a segmentation, naming its type. */
    @Override
    public SegmentationExtractor openSegmentation(Path path, OpenOptions options) {
        return IsxdCellSetOpener.open(path, options);
    }
}
