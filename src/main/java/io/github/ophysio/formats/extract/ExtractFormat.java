package io.github.ophysio.formats.extract;

import io.github.ophysio.error.UnsupportedFormatException;
import io.github.ophysio.formats.DataKind;
import io.github.ophysio.formats.FileProbe;
import io.github.ophysio.formats.FormatReader;
import io.github.ophysio.formats.MatOutputs;
import io.github.ophysio.formats.OpenOptions;
import io.github.ophysio.io.mat.MatFile;
import io.github.ophysio.model.ImagingExtractor;
import io.github.ophysio.model.SegmentationExtractor;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * EXTRACT output in a .mat file, v5 or v7.3: {@code output} (+ {@code config}) of EXTRACT ≥ 1.0, or the
 * legacy {@code extractAnalysisOutput}.
 *
 * <p>Confidence: a MAT header plus those top-level variables scores {@link MatOutputs#RECOGNISED} =
 * {@link #CERTAIN} + 10 (above the plain HDF5 reader a v7.3 file also satisfies); any other MAT file
 * {@link MatOutputs#MAT_FILE}, below the plain HDF5 reader's 60 and equal to the CNMF-E reader's, which gives the
 * same answer for a MAT file that holds neither.
 */
public final class ExtractFormat implements FormatReader {

    static final String OUTPUT = "output";
    static final String CONFIG = "config";
    static final String LEGACY = "extractAnalysisOutput";

    @Override
    public String id() {
        return "extract";
    }

    @Override
    public String description() {
        return "EXTRACT output (.mat: output or extractAnalysisOutput)";
    }

    @Override
    public int sniff(FileProbe probe) {
        return MatOutputs.sniff(probe, variables -> {
            Set<String> names = variables.stream().map(MatFile.Variable::name).collect(Collectors.toSet());
            return names.contains(LEGACY) || names.contains(OUTPUT) && names.contains(CONFIG);
        });
    }

    @Override
    public DataKind kind(Path path, OpenOptions options) {
        return DataKind.SEGMENTATION;
    }

    @Override
    public ImagingExtractor openImaging(Path path, OpenOptions options) {
        throw new UnsupportedFormatException(path, "an EXTRACT segmentation (.mat), not a recording: open it with"
                + " Ophys Segmentation");
    }

    @Override
    public SegmentationExtractor openSegmentation(Path path, OpenOptions options) {
        return ExtractOpener.open(path, options);
    }
}
