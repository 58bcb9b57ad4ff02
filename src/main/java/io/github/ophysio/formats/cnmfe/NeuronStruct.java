package io.github.ophysio.formats.cnmfe;

import io.github.ophysio.error.CorruptFileException;
import io.github.ophysio.io.mat.MatArrays;
import io.github.ophysio.io.mat.MatFile;
import io.github.ophysio.io.mat.MatKind;
import io.github.ophysio.io.mat.MatMetadata;
import io.github.ophysio.io.mat.MatValue;
import io.github.ophysio.model.PixelMask;
import io.github.ophysio.model.StoredSegmentation;
import io.github.ophysio.model.StoredSegmentationBuilder;
import io.github.ophysio.model.TraceSource;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * CNMF-E's {@code neuron} (a {@code Sources2D}) saved as a struct, e.g. {@code neuron = struct(neuron);
 * save(file, 'neuron', '-v7.3')}: {@code A} is d1·d2 × K footprints (usually sparse: CNMF-E's
 * {@code compress_results} makes A and S sparse), one column per ROI in MATLAB's pixel order;
 * {@code C} (denoised), {@code C_raw} (raw) and {@code S} (deconvolved) are K × T; {@code Cn} and
 * {@code PNR} are d1 × d2 images; {@code options.d1}/{@code d2} give the frame; {@code ids} name the ROIs.
 */
final class NeuronStruct {

    /** The fields that make a struct a saved neuron, whatever the variable is called. */
    static final List<String> SIGNATURE = List.of("A", "C", "options");
    static final String NAME = "neuron";

    private NeuronStruct() {
    }

    static boolean hasSignature(List<String> fields) {
        return fields.containsAll(SIGNATURE);
    }

    /**
     * A scalar struct with A, C and options, one named neuron first; else the file's variables when they
     * are those fields ({@code save(file, '-struct', 'neuron')}).
     */
    static Optional<MatValue> find(MatFile mat) {
        Optional<MatValue> struct = mat.variables().stream()
                .filter(v -> v.kind() == MatKind.STRUCT && hasSignature(v.fieldNames()))
                .min(Comparator.comparing(v -> v.name().equals(NAME) ? 0 : 1));
        return struct.isPresent() || !hasSignature(mat.names()) ? struct : Optional.of(mat.root());
    }

    static StoredSegmentation read(MatFile mat, MatValue neuron, OptionalDouble userFs) {
        Path path = mat.path();
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("matFileVersion", mat.version().text());
        metadata.put("variable", neuron.name().isEmpty() ? "(top level: save -struct)" : neuron.name());
        metadata.put("layout", "neuron struct");
        Frame frame = frame(path, neuron);
        metadata.put("frameSource", frame.source());
        List<PixelMask> masks = MatArrays.columnMasks(path, neuron.field("A").orElseThrow(), frame.shape(),
                frame.source());
        NeuronTraces traces = NeuronTraces.read(path, neuron, masks.size());
        OptionalDouble fs = CnmfeRate.ofNeuron(neuron, userFs, metadata);
        neuron.field("file").filter(f -> f.kind() == MatKind.CHAR).ifPresent(f -> metadata.put("file", f.text()));
        metadata.putAll(MatMetadata.flatten(neuron.field("options").orElseThrow(), "options."));
        Optional<List<Object>> ids = ids(neuron, masks.size(), metadata);
        StoredSegmentationBuilder read = StoredSegmentation.builder(path).frame(frame.shape()).masks(masks)
                .samples(traces.samples()).samplingFrequency(fs)
                .traces(TraceSource.inMemory(masks.size(), traces.values()))
                .images(images(path, neuron, frame.shape())).metadata(metadata);
        ids.ifPresent(read::ids);
        return read.build();
    }

    /** The frame's (rows, cols) and where they came from. */
    private record Frame(int[] shape, String source) {
    }

    /** options.d1 x options.d2, as CNMF-E sets them; else the size of Cn. */
    private static Frame frame(Path path, MatValue neuron) {
        OptionalDouble d1 = CnmfeRate.positive(neuron, "options", "d1");
        OptionalDouble d2 = CnmfeRate.positive(neuron, "options", "d2");
        if (d1.isPresent() && d2.isPresent()) {
            return new Frame(new int[] {(int) d1.getAsDouble(), (int) d2.getAsDouble()}, "options.d1 x options.d2");
        }
        Optional<MatValue> cn = neuron.field("Cn").filter(c -> c.isNumeric() && c.dims().length == 2 && c.numel() > 0);
        if (cn.isPresent()) {
            return new Frame(cn.get().dims(), "the size of Cn");
        }
        MatValue options = neuron.field("options").orElseThrow();
        throw CorruptFileException.expected(path, options.name(), "the frame size in d1 and d2 (or a Cn image)",
                "fields " + options.fieldNames());
    }

    /** Cn (correlation) and PNR (peak-to-noise), when saved; an empty one is left out. */
    private static Map<String, float[]> images(Path path, MatValue neuron, int[] frame) {
        Map<String, float[]> images = new LinkedHashMap<>();
        neuron.field("Cn").filter(c -> c.numel() > 0).ifPresent(c -> images.put("correlation",
                MatArrays.image(path, c, frame)));
        neuron.field("PNR").filter(c -> c.numel() > 0).ifPresent(c -> images.put("pnr",
                MatArrays.image(path, c, frame)));
        return images;
    }

    /** CNMF-E's ids as ROI ids when there is one whole number per ROI and none repeats; else column indices. */
    private static Optional<List<Object>> ids(MatValue neuron, int rois, Map<String, Object> metadata) {
        Optional<MatValue> field = neuron.field("ids").filter(MatValue::isNumeric);
        List<Object> ids = new ArrayList<>();
        if (field.isPresent() && field.get().numel() == rois) {
            for (double id : field.get().doubles()) {
                if (id == Math.rint(id) && Math.abs(id) <= Integer.MAX_VALUE) {
                    ids.add((int) id);
                }
            }
        }
        boolean usable = rois > 0 && ids.size() == rois && new HashSet<>(ids).size() == rois;
        metadata.put("roiIdSource", usable ? "ids" : field.isPresent() ? "column index (ids unusable: "
                + field.get().size() + ", not " + rois + " different whole numbers)" : "column index");
        return usable ? Optional.of(ids) : Optional.empty();
    }
}
