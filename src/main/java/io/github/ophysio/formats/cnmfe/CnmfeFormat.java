package io.github.ophysio.formats.cnmfe;

import io.github.ophysio.error.UnsupportedFormatException;
import io.github.ophysio.formats.DataKind;
import io.github.ophysio.formats.FileProbe;
import io.github.ophysio.formats.FormatReader;
import io.github.ophysio.formats.OpenOptions;
import io.github.ophysio.io.mat.MatFile;
import io.github.ophysio.io.mat.MatHeader;
import io.github.ophysio.io.mat.MatKind;
import io.github.ophysio.model.ImagingExtractor;
import io.github.ophysio.model.SegmentationExtractor;
import java.nio.file.Path;

/**
 * CNMF-E output saved by CIAtah ({@code cnmfeAnalysis…} struct) in a .mat file, v5 or v7.3.
 *
 * <p>Confidence: a MAT header plus a top-level {@code cnmfeAnalysis…} variable, or a CNMF-E
 * {@code Sources2D} object (recognised so that it is refused with advice, not "corrupt"), scores
 * {@link #RECOGNISED} = {@link #CERTAIN} + 10, above the plain HDF5 reader a v7.3 file also
 * satisfies. Any other MAT file scores {@link #MAT_FILE}, below the plain HDF5 reader (a v7.3 movie
 * stays a recording) but enough for a v5 file to be told which variables were looked for.
 */
public final class CnmfeFormat implements FormatReader {

    /** A MAT file whose variables name a CNMF-E output. */
    public static final int RECOGNISED = CERTAIN + 10;
    /** Any MAT file: below the plain HDF5 reader's signature confidence (60). */
    public static final int MAT_FILE = 50;

    static final String PREFIX = "cnmfeAnalysis";
    static final String CLASS = "Sources2D";

    @Override
    public String id() {
        return "cnmfe";
    }

    @Override
    public String description() {
        return "CNMF-E output (.mat, CIAtah cnmfeAnalysis)";
    }

    @Override
    public int sniff(FileProbe probe) {
        if (probe.isDirectory() || MatHeader.version(probe.head()).isEmpty()) {
            return NO;
        }
        boolean named = MatFile.list(probe.path()).stream().anyMatch(v -> v.name().startsWith(PREFIX)
                || v.kind() == MatKind.OBJECT && (v.matlabClass().equals(CLASS) || v.name().equals("neuron")));
        return named ? RECOGNISED : MAT_FILE;
    }

    @Override
    public DataKind kind(Path path, OpenOptions options) {
        return DataKind.SEGMENTATION;
    }

    @Override
    public ImagingExtractor openImaging(Path path, OpenOptions options) {
        throw new UnsupportedFormatException(path, "a CNMF-E segmentation (.mat), not a recording: open it with"
                + " Ophys Segmentation");
    }

    @Override
    public SegmentationExtractor openSegmentation(Path path, OpenOptions options) {
        return CnmfeOpener.open(path, options);
    }
}
