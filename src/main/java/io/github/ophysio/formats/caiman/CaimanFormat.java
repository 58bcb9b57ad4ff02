package io.github.ophysio.formats.caiman;

import io.github.ophysio.error.CorruptFileException;
import io.github.ophysio.formats.DataKind;
import io.github.ophysio.formats.Confidence;
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
 * CaImAn's {@link Confidence#LAYOUT}, above a generic HDF5 reader that can only say "this is HDF5"
 * ({@link Confidence#SIGNATURE}). A memmap has no header: its name is all there is, an
 * {@link Confidence#EXTENSION_HINT} that no other reader claims for a {@code .mmap} name.
 */
public final class CaimanFormat implements FormatReader {

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
    public Confidence sniff(FileProbe probe) {
        if (probe.isDirectory()) {
            return Confidence.NO;
        }
        if (MmapName.parse(probe.path()).isPresent()) {
            return Confidence.EXTENSION_HINT;
        }
        return probe.startsWith(HDF5_MAGIC) && hasCaimanGroups(probe.path()) ? Confidence.LAYOUT : Confidence.NO;
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
        return CaimanMovieOpener.open(path, options);
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
