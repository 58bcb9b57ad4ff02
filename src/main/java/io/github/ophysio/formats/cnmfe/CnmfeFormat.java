package io.github.ophysio.formats.cnmfe;

import io.github.ophysio.formats.DataKind;
import io.github.ophysio.formats.Confidence;
import io.github.ophysio.formats.FileProbe;
import io.github.ophysio.formats.FormatReader;
import io.github.ophysio.formats.MatOutputs;
import io.github.ophysio.formats.OpenOptions;
import io.github.ophysio.io.mat.MatFile;
import io.github.ophysio.io.mat.MatKind;
import io.github.ophysio.model.ImagingExtractor;
import io.github.ophysio.model.SegmentationExtractor;
import java.nio.file.Path;
import java.util.List;

/**
 * CNMF-E output in a .mat file, v5 or v7.3: CIAtah's {@code cnmfeAnalysis…} struct, or CNMF-E's
 * {@code neuron} saved as a struct (fields A, C, options, whatever the variable is called, or saved
 * as top-level variables with {@code save -struct}).
 *
 * <p>Confidence: a MAT header plus a top-level {@code cnmfeAnalysis…} variable, a neuron struct, or a
 * CNMF-E {@code Sources2D} object (recognised so that it is refused with advice, not "corrupt"), is a
 * {@link Confidence#RECOGNISED_OUTPUT}, above the plain HDF5 reader a v7.3 file also satisfies. This reader
 * answers for every other MAT file with an {@link Confidence#EXTENSION_HINT} (the EXTRACT reader says
 * {@link Confidence#NO}): below the plain HDF5 reader (a v7.3 movie stays a recording) but enough for a v5
 * file to be told which variables were looked for.
 */
public final class CnmfeFormat implements FormatReader {

    static final String PREFIX = "cnmfeAnalysis";
    static final String CLASS = "Sources2D";

    @Override
    public String id() {
        return "cnmfe";
    }

    @Override
    public String description() {
        return "CNMF-E output (.mat: CIAtah cnmfeAnalysis, or the neuron struct)";
    }

    @Override
    public Confidence sniff(FileProbe probe) {
        return MatOutputs.sniff(probe, variables -> variables.stream().anyMatch(CnmfeFormat::isCnmfe)
                || NeuronStruct.hasSignature(variables.stream().map(MatFile.Variable::name).toList()),
                Confidence.EXTENSION_HINT);
    }

    /**
     * CIAtah's struct, a Sources2D object, or a saved neuron struct: by its fields in v7.3, by its name
     * in v5, whose struct fields are only known by reading the whole variable (another v5 struct gets
     * this reader's {@link Confidence#EXTENSION_HINT}, which no other reader claims, and opening looks at the fields).
     */
    private static boolean isCnmfe(MatFile.Variable v) {
        return v.name().startsWith(PREFIX)
                || v.kind() == MatKind.OBJECT && (v.matlabClass().equals(CLASS) || v.name().equals(NeuronStruct.NAME))
                || v.kind() == MatKind.STRUCT && (NeuronStruct.hasSignature(v.fields())
                        || v.fields().isEmpty() && v.name().startsWith(NeuronStruct.NAME));
    }

    @Override
    public DataKind kind(Path path, OpenOptions options) {
        return DataKind.SEGMENTATION;
    }

    @Override
    public ImagingExtractor openImaging(Path path, OpenOptions options) {
        throw notARecording(path, "a CNMF-E segmentation (.mat)", "");
    }

    @Override
    public SegmentationExtractor openSegmentation(Path path, OpenOptions options) {
        return CnmfeOpener.open(path, options);
    }
}
