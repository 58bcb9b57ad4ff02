package io.github.ophysio.cli;

import io.github.ophysio.formats.FormatRegistry;
import io.github.ophysio.formats.OpenOptions;
import io.github.ophysio.io.NpyWriter;
import io.github.ophysio.model.ImagingExtractor;
import io.github.ophysio.model.TraceKind;
import io.github.ophysio.traces.ExtractedTraces;
import io.github.ophysio.traces.RoiFootprint;
import io.github.ophysio.traces.TraceExtraction;
import io.github.ophysio.traces.TraceOptions;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * {@code traces RECORDING OUT.npy --rois SOURCE [--name raw|neuropil|dff]}: the traces of SOURCE's ROIs computed
 * from the recording in one pass, float64 (samples, ROIs) in SOURCE's order, kept as doubles from the sums to
 * the file. A volume is measured on the plane {@code --plane} picks.
 */
final class RoiTraces {

    /** The options of the command as given (null where not given). */
    record Settings(String name, String neuropil, Double factor, Double percentile, Double window) {
    }

    private final FormatRegistry registry;
    private final OpenOptions options;

    RoiTraces(FormatRegistry registry, OpenOptions options) {
        this.registry = registry;
        this.options = options;
    }

    int write(Path recordingPath, Path source, Settings settings, Path out) throws IOException {
        TraceKind kind = kind(settings.name());
        TraceOptions traceOptions = traceOptions(settings, kind);
        ImagingExtractor recording = OpenedRecording.open(registry, recordingPath, options).recording();
        if (recording.isVolumetric()) {
            throw new IllegalArgumentException("the recording is a volume of " + recording.getNumPlanes()
                    + " planes: pick the plane to measure with --plane");
        }
        int[] frame = recording.getImageShape();
        List<RoiFootprint> rois = RoiSource.read(registry, source, frame[0], frame[1]);
        try (ExtractedTraces traces = TraceExtraction.of(recording, rois, traceOptions).exact(true).run()) {
            long[] shape = {traces.samples(), traces.rois()};
            OutputFile.write(recordingPath, out, stream -> {
                stream.write(NpyWriter.header("<f8", shape));
                traces.writeDoubles(kind, stream);
            });
        }
        return 0;
    }

    private static TraceKind kind(String name) {
        return switch (name) {
            case "raw" -> TraceKind.RAW;
            case "neuropil" -> TraceKind.NEUROPIL;
            case "dff" -> TraceKind.DFF;
            default -> throw new IllegalArgumentException("with --rois, --name is raw, neuropil or dff, not " + name);
        };
    }

    /** The README's defaults, with what was given; {@code --name neuropil} turns the ring on. */
    private static TraceOptions traceOptions(Settings settings, TraceKind kind) {
        boolean ring = ring(settings.neuropil(), kind);
        return TraceOptions.rawOnly().withRing(ring).withDff(kind == TraceKind.DFF)
                .withNeuropilFactor(Objects.requireNonNullElse(settings.factor(), TraceOptions.NEUROPIL_FACTOR))
                .withBaseline(Objects.requireNonNullElse(settings.percentile(), TraceOptions.PERCENTILE),
                        Objects.requireNonNullElse(settings.window(), TraceOptions.WINDOW_SECONDS));
    }

    private static boolean ring(String neuropil, TraceKind kind) {
        if (neuropil == null) {
            return kind == TraceKind.NEUROPIL;
        }
        if (!neuropil.equals("none") && !neuropil.equals("ring")) {
            throw new IllegalArgumentException("--neuropil is none or ring, not " + neuropil);
        }
        if (neuropil.equals("none") && kind == TraceKind.NEUROPIL) {
            throw new IllegalArgumentException("--name neuropil needs the ring (--neuropil ring, or leave it out)");
        }
        return neuropil.equals("ring");
    }
}
