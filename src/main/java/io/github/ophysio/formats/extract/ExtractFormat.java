package io.github.ophysio.formats.extract;

import io.github.ophysio.formats.DataKind;
import io.github.ophysio.formats.Confidence;
import io.github.ophysio.formats.FileProbe;
import io.github.ophysio.formats.FormatReader;
import io.github.ophysio.formats.MatOutputs;
import io.github.ophysio.formats.OpenOptions;
import io.github.ophysio.io.mat.MatFile;
import io.github.ophysio.model.ImagingExtractor;
import io.github.ophysio.model.SegmentationExtractor;
import io.github.ophysio.io.mat.MatKind;
import java.nio.file.Path;
import java.util.List;

/**
 * EXTRACT output in a .mat file, v5 or v7.3: the {@code output} struct of EXTRACT ≥ 1.0 (with
 * {@code spatial_weights} and {@code temporal_weights}; {@code config} inside it, beside it or absent), or
 * the legacy {@code extractAnalysisOutput}.
 *
 * <p>Confidence: a MAT header plus those top-level variables is a {@link Confidence#RECOGNISED_OUTPUT} (above
 * the plain HDF5 reader a v7.3 file also satisfies); any other MAT file is {@link Confidence#NO} here: the
 * CNMF-E reader answers for MAT files that hold neither output (before the ladder, both readers claimed them
 * equally and CNMF-E won by id).
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
    public Confidence sniff(FileProbe probe) {
        return MatOutputs.sniff(probe, variables -> variables.stream().anyMatch(ExtractFormat::isExtract),
                Confidence.NO);
    }

    /**
     * roiextractors' test: {@code extractAnalysisOutput}, or an {@code output} struct holding both weights
     * (its config inside it, beside it or absent: {@code save(f, 'output')} writes no top-level config).
     */
    private static boolean isExtract(MatFile.Variable v) {
        return v.name().equals(LEGACY) || v.name().equals(OUTPUT) && v.kind() == MatKind.STRUCT
                && v.fields().containsAll(List.of(ExtractOutputLayout.CURRENT.masks, ExtractOutputLayout.CURRENT.traces));
    }

    @Override
    public DataKind kind(Path path, OpenOptions options) {
        return DataKind.SEGMENTATION;
    }

    @Override
    public ImagingExtractor openImaging(Path path, OpenOptions options) {
        throw notARecording(path, "an EXTRACT segmentation (.mat)", "");
    }

    @Override
    public SegmentationExtractor openSegmentation(Path path, OpenOptions options) {
        return ExtractOpener.open(path, options);
    }
}
