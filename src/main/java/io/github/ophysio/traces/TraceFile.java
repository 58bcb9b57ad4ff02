package io.github.ophysio.traces;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Samples × columns of float32 (or, where exact values matter more than space, float64) traces in a
 * temporary memory-mapped file, so 5 000 ROIs × 50 000 samples (1 GB as float32) stay off the heap. Rows are mapped in segments of at most {@value #SEGMENT_BYTES}
 * bytes. The file is deleted as soon as it is mapped where the system allows it (the mapping keeps
 * the data until it is dropped, and nothing is left behind if the JVM dies), else when it is closed
 * or the JVM exits. Rows written by different threads must not overlap. Values are little-endian, so
 * a float64 file is already the data of a C-order {@code .npy} of shape (samples, columns).
 */
public final class TraceFile implements AutoCloseable {

    static final long SEGMENT_BYTES = 1L << 30;

    private final int samples;
    private final int columns;
    private final int rowsPerSegment;
    private final int valueBytes;
    private final Path path;
    private volatile MappedByteBuffer[] segments;

    private TraceFile(int samples, int columns, int valueBytes, Path path, MappedByteBuffer[] segments,
            int rowsPerSegment) {
        this.samples = samples;
        this.columns = columns;
        this.valueBytes = valueBytes;
        this.path = path;
        this.segments = segments;
        this.rowsPerSegment = rowsPerSegment;
    }

    /** A new zero-filled file of samples × columns floats in the temporary folder. */
    public static TraceFile create(int samples, int columns) {
        return create(samples, columns, false);
    }

    /** As {@link #create(int, int)}, holding doubles when {@code exact} (values as computed, not rounded to float). */
    public static TraceFile create(int samples, int columns, boolean exact) {
        int valueBytes = exact ? 8 : 4;
        try {
            Path path = Files.createTempFile("ophys-traces-", exact ? ".f64" : ".f32");
            long rowBytes = Math.max(valueBytes, (long) valueBytes * columns);
            int rowsPerSegment = (int) Math.max(1, Math.min(samples, SEGMENT_BYTES / rowBytes));
            MappedByteBuffer[] segments = map(path, samples, rowBytes, rowsPerSegment);
            forget(path);
            return new TraceFile(samples, columns, valueBytes, path, segments, rowsPerSegment);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make a temporary trace file: " + e.getMessage(), e);
        }
    }

    private static MappedByteBuffer[] map(Path path, int samples, long rowBytes, int rowsPerSegment)
            throws IOException {
        int count = (samples + rowsPerSegment - 1) / rowsPerSegment;
        MappedByteBuffer[] segments = new MappedByteBuffer[count];
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            for (int s = 0; s < count; s++) {
                long rows = Math.min(rowsPerSegment, samples - (long) s * rowsPerSegment);
                segments[s] = channel.map(FileChannel.MapMode.READ_WRITE, s * rowsPerSegment * rowBytes, rows * rowBytes);
                segments[s].order(ByteOrder.LITTLE_ENDIAN);
            }
        }
        return segments;
    }

    /** Unlinks the file now if the system lets a mapped file go, else when the JVM exits. */
    private static void forget(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            path.toFile().deleteOnExit();
        }
    }

    public int samples() {
        return samples;
    }

    public int columns() {
        return columns;
    }

    /** Writes {@code values[offset … offset + columns)} as row {@code sample}. */
    void putRow(int sample, double[] values, int offset) {
        MappedByteBuffer segment = segment(sample);
        int base = (sample % rowsPerSegment) * columns * valueBytes;
        for (int c = 0; c < columns; c++) {
            put(segment, base + valueBytes * c, values[offset + c]);
        }
    }

    double get(int sample, int column) {
        int at = ((sample % rowsPerSegment) * columns + column) * valueBytes;
        return valueBytes == 8 ? segment(sample).getDouble(at) : segment(sample).getFloat(at);
    }

    void put(int sample, int column, double value) {
        put(segment(sample), ((sample % rowsPerSegment) * columns + column) * valueBytes, value);
    }

    private void put(MappedByteBuffer segment, int at, double value) {
        if (valueBytes == 8) {
            segment.putDouble(at, value);
        } else {
            segment.putFloat(at, (float) value);
        }
    }

    /** Every value, sample after sample, as little-endian float64: bytes copied as they are when the file holds doubles. */
    void writeDoubles(OutputStream out) throws IOException {
        byte[] chunk = new byte[1 << 20];
        for (int s = 0; s < segmentCount(); s++) {
            ByteBuffer bytes = segment(s * rowsPerSegment).duplicate().order(ByteOrder.LITTLE_ENDIAN).clear();
            if (valueBytes == 4) {
                bytes = widened(bytes);
            }
            while (bytes.hasRemaining()) {
                int n = Math.min(chunk.length, bytes.remaining());
                bytes.get(chunk, 0, n);
                out.write(chunk, 0, n);
            }
        }
    }

    private static ByteBuffer widened(ByteBuffer floats) {
        ByteBuffer doubles = ByteBuffer.allocate(floats.remaining() * 2).order(ByteOrder.LITTLE_ENDIAN);
        while (floats.hasRemaining()) {
            doubles.putDouble(floats.getFloat());
        }
        return doubles.flip();
    }

    private int segmentCount() {
        return (samples + rowsPerSegment - 1) / rowsPerSegment;
    }

    /** Columns [from, to) of every sample, shaped (samples, to − from), as doubles. */
    double[] readColumns(int from, int to) {
        int width = to - from;
        double[] out = new double[samples * width];
        for (int t = 0; t < samples; t++) {
            for (int c = 0; c < width; c++) {
                out[t * width + c] = get(t, from + c);
            }
        }
        return out;
    }

    private MappedByteBuffer segment(int sample) {
        MappedByteBuffer[] mapped = segments;
        if (mapped == null) {
            throw new IllegalStateException("the trace file was closed");
        }
        return mapped[sample / rowsPerSegment];
    }

    /** Drops the mapping (its memory and disk space go when it is collected) and deletes the file if still there. */
    @Override
    public void close() {
        segments = null;
        forget(path);
    }
}
