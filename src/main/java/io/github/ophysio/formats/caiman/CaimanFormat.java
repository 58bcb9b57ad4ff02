package io.github.ophysio.formats.caiman;

import io.github.ophysio.error.CorruptFileException;
import io.github.ophysio.formats.DataKind;
import io.github.ophysio.formats.FileProbe;
import io.github.ophysio.formats.FormatReader;
import io.github.ophysio.formats.OpenOptions;
import io.github.ophysio.model.ImagingExtractor;
import io.github.ophysio.model.SegmentationExtractor;
import io.jhdf.HdfFile;
import io.jhdf.api.Node;
import io.jhdf.exceptions.HdfException;
import java.nio.file.Path;

/**
 * CaImAn files: {@code cnm.save()} HDF5 (a segmentation) and {@code .mmap} movies (recordings).
 *
 * <p>Confidence: an HDF5 file whose root holds the groups {@code estimates} and {@code params} is
 * CaImAn's, so it scores {@link #CERTAIN} + 10, above a generic HDF5 reader that can only say "this is
 * HDF5" ({@link #CERTAIN}). A memmap has no header; its name states the whole layout, which is more
 * than an extension hint, so it scores {@link #MMAP_BY_NAME} = 5 × {@link #BY_NAME}.
 */
public final class CaimanFormat implements FormatReader {

    /** Above a plain HDF5 reader: the root groups identify CaImAn, not just HDF5. */
    public static final int CNM_SAVE = CERTAIN + 10;
    /** A name that spells out d1, d2, d3, order and frames. */
    public static final int MMAP_BY_NAME = 5 * BY_NAME;

    private static final byte[] HDF5_MAGIC = {(byte) 0x89, 'H', 'D', 'F', '\r', '\n', 0x1a, '\n'};

    @Override
    public String id() {
        return "caiman";
    }

    @Override
    public String description() {
        return "CaImAn cnm.save() HDF5 or .mmap movie";
    }

    @Override
    public int sniff(FileProbe probe) {
        if (probe.isDirectory()) {
            return NO;
        }
        if (MmapName.parse(probe.path()).isPresent()) {
            return MMAP_BY_NAME;
        }
        return probe.startsWith(HDF5_MAGIC) && hasCaimanGroups(probe.path()) ? CNM_SAVE : NO;
    }

    @Override
    public DataKind kind(Path path, OpenOptions options) {
        return isMmap(path) ? DataKind.IMAGING : DataKind.SEGMENTATION;
    }

    @Override
    public ImagingExtractor openImaging(Path path, OpenOptions options) {
        if (!isMmap(path)) {
            throw notARecording(path, "a CaImAn segmentation (cnm.save)", "; CaImAn movies are the .mmap files");
        }
        return CaimanMmap.open(path, options);
    }

    @Override
    public SegmentationExtractor openSegmentation(Path path, OpenOptions options) {
        if (isMmap(path)) {
            return FormatReader.super.openSegmentation(path, options);
        }
        return CaimanOpener.open(path, options);
    }

    private static boolean isMmap(Path path) {
        return path.getFileName() != null && path.getFileName().toString().toLowerCase(java.util.Locale.ROOT)
                .endsWith(MmapName.EXTENSION);
    }

    /** Sniffing must not fail: an HDF5 file jhdf cannot read is simply not recognised here. */
    private static boolean hasCaimanGroups(Path path) {
        try (HdfFile file = CaimanHdf5.open(path)) {
            Node estimates = file.getChild("estimates");
            Node params = file.getChild("params");
            return estimates != null && estimates.isGroup() && params != null && params.isGroup();
        } catch (HdfException | CorruptFileException e) {
            return false;
        }
    }
}
