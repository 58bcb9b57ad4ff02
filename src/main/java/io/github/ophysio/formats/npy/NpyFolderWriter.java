package io.github.ophysio.formats.npy;

import io.github.ophysio.formats.RecordingInfo;
import io.github.ophysio.formats.SegmentationInfo;
import io.github.ophysio.formats.SegmentationWriter;
import io.github.ophysio.io.NpyWriter;
import io.github.ophysio.model.SegmentationExtractor;
import io.github.ophysio.model.TraceKind;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a segmentation as plain arrays in a folder: {@code footprints.npy} (rois, rows, cols) float32
 * weights, {@code traces_<kind>.npy} (samples, rois) float64 per trace kind (as {@code traces} writes
 * them) and {@code rois.json} (as {@code rois} writes it: ids, sizes, centroids, bounds, properties).
 */
public final class NpyFolderWriter implements SegmentationWriter {

    @Override
    public String id() {
        return "npy";
    }

    @Override
    public boolean writesFolder() {
        return true;
    }

    @Override
    public void write(SegmentationExtractor source, Path target) throws IOException {
        try (OutputStream out = open(target.resolve("footprints.npy"))) {
            footprints(source, out);
        }
        for (TraceKind kind : source.getTraceKinds()) {
            try (OutputStream out = open(target.resolve("traces_" + kind.key() + ".npy"))) {
                NpyWriter.writeTraces(source, kind, out);
            }
        }
        Files.writeString(target.resolve("rois.json"), RecordingInfo.toJson(SegmentationInfo.rois(source)),
                StandardCharsets.UTF_8);
    }

    private static OutputStream open(Path file) throws IOException {
        return new BufferedOutputStream(Files.newOutputStream(file), 1 << 20);
    }

    /** One dense float32 image per ROI, in ROI order. */
    private static void footprints(SegmentationExtractor source, OutputStream out) throws IOException {
        int[] frame = source.getFrameShape();
        out.write(NpyWriter.header("<f4", new long[] {source.getNumRois(), frame[0], frame[1]}));
        ByteBuffer bytes = ByteBuffer.allocate(frame[0] * frame[1] * 4).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < source.getNumRois(); i++) {
            bytes.clear();
            bytes.asFloatBuffer().put(source.getImageMask(i));
            out.write(bytes.array());
        }
    }
}
