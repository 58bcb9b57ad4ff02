package io.github.ophysio.formats.suite2p;

import io.github.ophysio.formats.SegmentationWriter;
import io.github.ophysio.formats.TraceRows;
import io.github.ophysio.io.NpyWriter;
import io.github.ophysio.io.pickle.NumpyPickler;
import io.github.ophysio.io.pickle.PickledArray;
import io.github.ophysio.model.CurationStatus;
import io.github.ophysio.model.RoiProperty;
import io.github.ophysio.model.SegmentationExtractor;
import io.github.ophysio.model.TraceKind;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Writes a segmentation as a Suite2p plane folder {@code OUT/plane0/} that {@code np.load} and
 * Suite2p's GUI open: {@code stat.npy} and {@code ops.npy} pickled as NumPy does ({@link Suite2pDicts}),
 * {@code F.npy} (raw, else the first kind), {@code Fneu.npy} (neuropil) and {@code spks.npy}
 * (deconvolved) as float32 (rois, samples), zeros where the source has no such traces, and
 * {@code iscell.npy} (rois, 2) float64: 1 unless rejected, then the probability (else the same 0/1).
 */
public final class Suite2pWriter implements SegmentationWriter {

    @Override
    public String id() {
        return "suite2p";
    }

    @Override
    public boolean writesFolder() {
        return true;
    }

    @Override
    public void write(SegmentationExtractor source, Path target) throws IOException {
        Path plane = Files.createDirectory(target.resolve("plane0"));
        save(plane.resolve("stat.npy"), out -> NumpyPickler.writeNpy(Suite2pDicts.stat(source), out));
        save(plane.resolve("ops.npy"), out -> NumpyPickler.writeNpy(Suite2pDicts.ops(source), out));
        save(plane.resolve("F.npy"), out -> TraceRows.writeFloat32(source, fluorescence(source), out));
        save(plane.resolve("Fneu.npy"), out -> TraceRows.writeFloat32(source, TraceKind.NEUROPIL, out));
        save(plane.resolve("spks.npy"), out -> TraceRows.writeFloat32(source, TraceKind.DECONVOLVED, out));
        save(plane.resolve("iscell.npy"), out -> NpyWriter.writeDoubles(new long[] {source.getNumRois(), 2},
                iscell(source), out));
    }

    /** raw, else the first kind present (not neuropil or deconvolved, which have files of their own). */
    static TraceKind fluorescence(SegmentationExtractor source) {
        if (source.hasTraces(TraceKind.RAW)) {
            return TraceKind.RAW;
        }
        return source.getTraceKinds().stream()
                .filter(k -> k != TraceKind.NEUROPIL && k != TraceKind.DECONVOLVED).findFirst().orElse(null);
    }

    /** Column 0: 1 for accepted or undecided, 0 for rejected; column 1: the probability, else the same. */
    static double[] iscell(SegmentationExtractor source) {
        CurationStatus[] statuses = CurationStatus.of(source);
        Optional<RoiProperty> probability = source.getProperty("iscell_probability")
                .or(() -> source.getProperty("cnn_preds"));
        double[] values = new double[statuses.length * 2];
        for (int i = 0; i < statuses.length; i++) {
            values[2 * i] = statuses[i].keptAsCell() ? 1 : 0;
            int roi = i;
            values[2 * i + 1] = probability.map(p -> p.values().get(roi)).filter(Number.class::isInstance)
                    .map(v -> ((Number) v).doubleValue()).orElse(values[2 * i]);
        }
        return values;
    }

    private interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private static void save(Path file, Content content) throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 20)) {
            content.writeTo(out);
        }
    }
}
