package io.github.ophysio.formats.suite2p;

import io.github.ophysio.error.CorruptFileException;
import io.github.ophysio.error.UnsupportedFormatException;
import io.github.ophysio.io.ArrayLayout;
import io.github.ophysio.io.Dtypes;
import io.github.ophysio.io.MappedFile;
import io.github.ophysio.io.NpyHeader;
import io.github.ophysio.model.PixelType;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.Map;

/**
 * An (N rois, T samples) float {@code .npy} of traces read lazily through its mapped layout (ROIs
 * on the layout's row axis, samples on its time axis, C or Fortran order): one ROI's window reads
 * only that ROI's bytes, with one bulk copy when its samples are contiguous (C order, as Suite2p writes).
 */
final class TraceMatrix {

    /** Bytes one copy may span: far below MappedFile's window overlap (64 MiB), so it stays in one window. */
    private static final long MAX_SPAN = 16L << 20;

    private final MappedFile file;
    private final ArrayLayout layout;
    private final long[] shape;

    private TraceMatrix(MappedFile file, ArrayLayout layout, long[] shape) {
        this.file = file;
        this.layout = layout;
        this.shape = shape;
    }

    static TraceMatrix open(Path path) {
        NpyHeader header = NpyHeader.read(path);
        long[] shape = header.shape();
        if (shape.length != 2) {
            throw CorruptFileException.expected(path, "traces shape", "(rois, samples)", header.shapeText());
        }
        PixelType type = Dtypes.pixelType(path, header.descr());
        if (type != PixelType.FLOAT32 && type != PixelType.FLOAT64) {
            throw new UnsupportedFormatException(path, "traces of dtype '" + header.descr() + "' (float32 or float64 expected)");
        }
        if (shape[1] > Integer.MAX_VALUE || shape[0] > Integer.MAX_VALUE) {
            throw new UnsupportedFormatException(path, "traces shape " + header.shapeText() + " (at most 2^31-1 per axis)");
        }
        ArrayLayout layout = ArrayLayout.of(type, Dtypes.byteOrder(header.descr()), header.dataOffset(),
                header.fortranOrder() ? "ty" : "yt", Map.of('y', shape[0], 't', shape[1]));
        MappedFile file = MappedFile.open(path);
        long needed = header.dataOffset() + layout.dataBytes();
        if (file.size() < needed) {
            throw CorruptFileException.expected(path, "size for " + header.shapeText() + " " + header.descr(),
                    needed + " bytes", file.size() + " (truncated?)");
        }
        return new TraceMatrix(file, layout, shape);
    }

    Path path() {
        return file.path();
    }

    int rois() {
        return (int) shape[0];
    }

    int samples() {
        return (int) shape[1];
    }

    /** Samples [start, end) of the ROIs at {@code rois} into {@code dest}, shaped (samples, rois.length). */
    void read(int start, int end, int[] rois, double[] dest) {
        double[] column = new double[end - start];
        for (int j = 0; j < rois.length; j++) {
            readRoi(rois[j], start, column);
            for (int t = 0; t < column.length; t++) {
                dest[t * rois.length + j] = column[t];
            }
        }
    }

    private void readRoi(int roi, int start, double[] out) {
        long step = layout.strides()[0];
        int bytes = layout.type().bytes();
        long first = layout.offset() + ((long) start * step + (long) roi * layout.strides()[1]) * bytes;
        int chunk = (int) Math.max(1, MAX_SPAN / (step * bytes));
        for (int done = 0; done < out.length; done += chunk) {
            int count = Math.min(chunk, out.length - done);
            ByteBuffer in = file.from(first + (long) done * step * bytes, layout.order());
            copy(in, step, out, done, count);
        }
    }

    /** float32 widens exactly; float64 (Fneu from some pipelines) is kept as stored. */
    private void copy(ByteBuffer in, long step, double[] out, int at, int count) {
        boolean single = layout.type() == PixelType.FLOAT32;
        int stride = (int) (step * layout.type().bytes());
        for (int i = 0; i < count; i++) {
            out[at + i] = single ? in.getFloat(i * stride) : in.getDouble(i * stride);
        }
    }
}
