package io.github.ophysio.formats;

import io.github.ophysio.io.NpyWriter;
import io.github.ophysio.model.SegmentationExtractor;
import io.github.ophysio.model.TraceBlock;
import io.github.ophysio.model.TraceKind;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * A segmentation's traces one ROI per row, (rois, samples), as pipelines store them (Suite2p's
 * {@code F.npy}, CaImAn's {@code C}); ours are (samples, rois). Read a block of ROIs at a time (at most
 * 32 MiB of doubles), so memory stays bounded whatever the length. A missing kind is zeros.
 */
public final class TraceRows {

    private static final long BLOCK_DOUBLES = 4L << 20;

    private TraceRows() {
    }

    /** Writes {@code kind} (zeros when null or absent) as a float32 {@code (rois, samples)} .npy. */
    public static void writeFloat32(SegmentationExtractor source, TraceKind kind, OutputStream out) throws IOException {
        int samples = source.getNumSamples();
        out.write(NpyWriter.header("<f4", new long[] {source.getNumRois(), samples}));
        ByteBuffer row = ByteBuffer.allocate(samples * 4).order(ByteOrder.LITTLE_ENDIAN);
        forEachRow(source, kind, values -> {
            row.clear();
            for (double v : values) {
                row.putFloat((float) v);
            }
            out.write(row.array());
        });
    }

    /** All of {@code kind} (zeros when null or absent) as {@code [roi][sample]}. */
    public static double[][] doubles(SegmentationExtractor source, TraceKind kind) {
        double[][] rows = new double[source.getNumRois()][];
        int[] next = {0};
        try {
            forEachRow(source, kind, values -> rows[next[0]++] = values);
        } catch (IOException e) {
            throw new UncheckedIOException("no I/O happens here", e);
        }
        return rows;
    }

    /** Hands each ROI's whole trace to {@code row}, in ROI order. */
    public static void forEachRow(SegmentationExtractor source, TraceKind kind, Row row) throws IOException {
        int samples = source.getNumSamples();
        int rois = source.getNumRois();
        boolean present = kind != null && source.hasTraces(kind);
        int block = (int) Math.max(1, Math.min(rois, BLOCK_DOUBLES / Math.max(1, samples)));
        for (int first = 0; first < rois; first += block) {
            int count = Math.min(block, rois - first);
            TraceBlock read = present ? source.readTraces(kind, 0, samples, range(first, count)) : null;
            for (int r = 0; r < count; r++) {
                row.accept(read == null ? new double[samples] : read.column(r));
            }
        }
    }

    /** Takes one ROI's trace. */
    public interface Row {
        void accept(double[] values) throws IOException;
    }

    private static int[] range(int first, int count) {
        int[] indices = new int[count];
        for (int i = 0; i < count; i++) {
            indices[i] = first + i;
        }
        return indices;
    }
}
