package io.github.ophysio.formats.extract;

import io.github.ophysio.error.CorruptFileException;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/** Finds the EXTRACT struct in a MAT file, reads it in MATLAB orientation and builds the segmentation. */
final class ExtractOpener {

    /** info images and the names they get (cli.md's format-own image names). */
    private static final Map<String, String> IMAGES = Map.of("summary_image", "summary_image",
            "max_image", "max_image", "F_per_pixel", "f_per_pixel");
    /** Legacy EXTRACT's summary image is its correlation image: roiextractors names it so. */
    private static final Map<String, String> LEGACY_IMAGES = Map.of("summary_image", "correlation",
            "max_image", "max_image", "F_per_pixel", "f_per_pixel");
    private static final List<String> IMAGE_ORDER = List.of("summary_image", "max_image", "F_per_pixel");

    private ExtractOpener() {
    }

    static SegmentationExtractor open(Path path, OpenOptions options) {
        OptionalDouble userFs = options.samplingFrequency();
        return MatFile.read(path, mat -> read(mat, userFs));
    }

    /** The output struct, read whole (MATLAB outputs are small next to the movies); ids 0 … N-1. */
    private static StoredSegmentation read(MatFile mat, OptionalDouble userFs) {
        MatValue s = find(mat);
        ExtractOutputLayout layout = s.fieldNames().contains(ExtractOutputLayout.CURRENT.masks)
                ? ExtractOutputLayout.CURRENT : ExtractOutputLayout.LEGACY;
        Path path = mat.path();
        MatValue stack = required(path, s, layout.masks, "rows x cols x N footprints");
        int[] frame = MatArrays.frame(path, stack);
        List<PixelMask> masks = MatArrays.masks(path, stack);
        MatArrays.Traces traces = MatArrays.traces(path, required(path, s, layout.traces,
                (layout.roisFirst ? "N x T" : "T x N") + " traces"), masks.size(), layout.roisFirst);
        Map<String, Object> metadata = metadata(mat, s, layout);
        Optional<MatValue> config = config(mat, s);
        TraceKind kind = ExtractConfig.traceKind(config, metadata);
        config.ifPresent(c -> metadata.putAll(MatMetadata.flatten(c, "config.")));
        OptionalDouble fs = rate(s, layout, traces.samples(), userFs, metadata);
        return StoredSegmentation.builder(path).frame(frame).masks(masks).samples(traces.samples())
                .samplingFrequency(fs).traces(TraceSource.inMemory(masks.size(), Map.of(kind, traces.values())))
                .images(images(path, s, frame, layout)).properties(ExtractConfig.cellcheck(s, masks.size()))
                .metadata(metadata).build();
    }

    /** output / extractAnalysisOutput by name, else any scalar struct holding either layout's fields. */
    private static MatValue find(MatFile mat) {
        for (String name : List.of(ExtractFormat.OUTPUT, ExtractFormat.LEGACY)) {
            Optional<MatValue> named = mat.variable(name).filter(v -> v.kind() == MatKind.STRUCT);
            if (named.isPresent()) {
                return named.get();
            }
        }
        return mat.variables().stream().filter(v -> v.fieldNames().contains(ExtractOutputLayout.CURRENT.masks)
                || v.fieldNames().contains(ExtractOutputLayout.LEGACY.masks)).findFirst()
                .orElseThrow(() -> MatOutputVariables.neither(mat.path(), mat.version().text(), mat.names()));
    }

    /** The struct's own config (output.config), else the top-level config EXTRACT saves beside it. */
    private static Optional<MatValue> config(MatFile mat, MatValue s) {
        Optional<MatValue> own = s.field(ExtractFormat.CONFIG).filter(c -> c.kind() == MatKind.STRUCT);
        return own.isPresent() ? own : mat.variable(ExtractFormat.CONFIG).filter(c -> c.kind() == MatKind.STRUCT);
    }

    private static Map<String, Object> metadata(MatFile mat, MatValue s, ExtractOutputLayout layout) {
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("matFileVersion", mat.version().text());
        metadata.put("variable", s.name());
        metadata.put("layout", layout.label);
        s.path("info", "version").filter(v -> v.kind() == MatKind.CHAR).ifPresent(v -> metadata.put("version", v.text()));
        s.path("info", "runtime").ifPresent(v -> metadata.put("runtime", MatMetadata.plain(v)));
        s.field("file").filter(v -> v.kind() == MatKind.CHAR).ifPresent(v -> metadata.put("file", v.text()));
        return metadata;
    }

    private static Map<String, float[]> images(Path path, MatValue s, int[] frame, ExtractOutputLayout layout) {
        Map<String, String> names = layout == ExtractOutputLayout.LEGACY ? LEGACY_IMAGES : IMAGES;
        Map<String, float[]> images = new LinkedHashMap<>();
        for (String field : IMAGE_ORDER) {
            s.path("info", field).ifPresent(v -> images.put(names.get(field), MatArrays.image(path, v, frame)));
        }
        return images;
    }

    /** The user's fs; legacy files also have T / time.totalTime (roiextractors' rule); EXTRACT ≥ 1.0 none. */
    private static OptionalDouble rate(MatValue s, ExtractOutputLayout layout, int samples, OptionalDouble userFs,
            Map<String, Object> metadata) {
        OptionalDouble totalTime = s.path("time", "totalTime").filter(v -> v.isNumeric() && v.numel() == 1)
                .map(v -> OptionalDouble.of(v.doubles()[0])).orElse(OptionalDouble.empty());
        totalTime.ifPresent(t -> metadata.put("totalTime", t));
        if (userFs.isPresent()) {
            metadata.put("samplingFrequencySource", "fs option");
            return userFs;
        }
        if (layout == ExtractOutputLayout.LEGACY && totalTime.isPresent() && totalTime.getAsDouble() > 0
                && samples > 0) {
            metadata.put("samplingFrequencySource", "T / time.totalTime");
            return OptionalDouble.of(samples / totalTime.getAsDouble());
        }
        metadata.put("samplingFrequencySource", "none (EXTRACT stores no rate: give fs=)");
        return OptionalDouble.empty();
    }

    private static MatValue required(Path path, MatValue s, String field, String what) {
        return s.field(field).orElseThrow(() -> CorruptFileException.expected(path, s.name() + "." + field,
                what + " (EXTRACT writes it)", "nothing (fields: " + String.join(", ", s.fieldNames()) + ")"));
    }
}
