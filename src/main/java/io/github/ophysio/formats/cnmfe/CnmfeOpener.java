package io.github.ophysio.formats.cnmfe;

import io.github.ophysio.error.CorruptFileException;
import io.github.ophysio.error.UnsupportedFormatException;
import io.github.ophysio.formats.MatOutputVariables;
import io.github.ophysio.formats.OpenOptions;
import io.github.ophysio.io.mat.MatArrays;
import io.github.ophysio.io.mat.MatFile;
import io.github.ophysio.io.mat.MatKind;
import io.github.ophysio.io.mat.MatMetadata;
import io.github.ophysio.io.mat.MatValue;
import io.github.ophysio.model.PixelMask;
import io.github.ophysio.model.StoredSegmentation;
import io.github.ophysio.model.TraceSource;
import io.github.ophysio.model.SegmentationExtractor;
import io.github.ophysio.model.TraceKind;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/** Finds the CNMF-E struct in a MAT file, reads it in MATLAB orientation and builds the segmentation. */
final class CnmfeOpener {

    static final String IMAGES = "extractedImages";
    static final String SIGNALS = "extractedSignals";

    private CnmfeOpener() {
    }

    /** CIAtah's struct first, then a saved neuron struct; else refused, saying why. */
    static SegmentationExtractor open(Path path, OpenOptions options) {
        OptionalDouble userFs = options.samplingFrequency();
        return MatFile.read(path, mat -> {
            Optional<MatValue> ciatah = ciatah(mat);
            if (ciatah.isPresent()) {
                return ciatah(mat, ciatah.get(), userFs);
            }
            Optional<MatValue> neuron = NeuronStruct.find(mat);
            if (neuron.isPresent()) {
                return NeuronStruct.read(mat, neuron.get(), userFs);
            }
            throw refusal(mat);
        });
    }

    /** A scalar struct with extractedImages, a cnmfeAnalysis… name first. */
    private static Optional<MatValue> ciatah(MatFile mat) {
        return mat.variables().stream()
                .filter(v -> v.fieldNames().contains(IMAGES) || v.name().startsWith(CnmfeFormat.PREFIX))
                .min(Comparator.comparing(v -> v.name().startsWith(CnmfeFormat.PREFIX) ? 0 : 1));
    }

    /** Why a MAT file holds no CNMF-E output: an MCOS object (save the struct instead), or other variables. */
    private static UnsupportedFormatException refusal(MatFile mat) {
        return mat.variables().stream().filter(v -> v.kind() == MatKind.OBJECT).findFirst()
                .map(v -> sources2d(mat, v))
                .orElseGet(() -> MatOutputVariables.neither(mat.path(), mat.version().text(), mat.names()));
    }

    /**
     * CNMF-E's own {@code neuron.save_workspace} saves the object like this; {@code struct(neuron)} copies
     * its properties into a struct this reader reads (-v7.3: MAT v5/v7 cannot hold a variable over 2 GB).
     */
    private static UnsupportedFormatException sources2d(MatFile mat, MatValue object) {
        return new UnsupportedFormatException(mat.path(), object.name() + " is a MATLAB " + object.matlabClass()
                + " object (MCOS, a CNMF-E Sources2D saved as a class, e.g. by neuron.save_workspace), which only"
                + " MATLAB can decode: in MATLAB, save the neuron struct instead (neuron = struct(neuron);"
                + " save(file, 'neuron', '-v7.3')), or CIAtah's cnmfeAnalysis output");
    }

    /** CIAtah's struct, read whole (MATLAB outputs are small next to the movies); ids 0 … N-1. */
    private static StoredSegmentation ciatah(MatFile mat, MatValue s, OptionalDouble userFs) {
        Path path = mat.path();
        MatValue images = required(path, s, IMAGES, "rows x cols x N footprints");
        int[] frame = MatArrays.frame(path, images);
        List<PixelMask> masks = MatArrays.masks(path, images);
        MatArrays.Traces raw = MatArrays.traces(path, required(path, s, SIGNALS, "N x T signals"), masks.size(), true);
        Map<String, float[]> pictures = new LinkedHashMap<>();
        s.field("Cn").ifPresent(cn -> pictures.put("correlation", MatArrays.image(path, cn, frame)));
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("matFileVersion", mat.version().text());
        metadata.put("variable", s.name());
        OptionalDouble fs = CnmfeRate.of(s, raw.samples(), userFs, metadata);
        s.field("movieList").ifPresent(m -> metadata.put("movieList", MatMetadata.plain(m)));
        s.field("inputOptions").ifPresent(o -> metadata.putAll(MatMetadata.flatten(o, "inputOptions.")));
        return StoredSegmentation.builder(path).frame(frame).masks(masks).samples(raw.samples())
                .samplingFrequency(fs).traces(TraceSource.inMemory(masks.size(), Map.of(TraceKind.RAW, raw.values())))
                .images(pictures).metadata(metadata).build();
    }

    private static MatValue required(Path path, MatValue s, String field, String what) {
        return s.field(field).orElseThrow(() -> CorruptFileException.expected(path, s.name() + "." + field,
                what + " (CIAtah's cnmfeAnalysis writes it)", "nothing (fields: " + String.join(", ", s.fieldNames())
                        + ")"));
    }
}
