package io.github.ophysio.io.mat;

import io.github.ophysio.error.CorruptFileException;
import io.github.ophysio.model.PixelMask;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * MATLAB arrays as the model wants them, in MATLAB's orientation (dimension 1 = rows, never
 * transposed): footprint stacks, footprint columns, images and trace matrices. Shapes that do not fit are corrupt-file
 * errors naming the variable, the size expected and the size found.
 */
public final class MatArrays {

    /** Traces shaped (samples, rois), C order, as stored (MATLAB's double traces stay double). */
    public record Traces(int samples, int rois, double[] values) {
    }

    private MatArrays() {
    }

    /** The (rows, cols) of a rows × cols × N footprint stack. */
    public static int[] frame(Path file, MatValue stack) {
        requireNumeric(file, stack, "rows x cols x N footprints");
        int[] dims = stack.dims();
        if (dims.length > 3) {
            throw CorruptFileException.expected(file, stack.name(), "rows x cols x N footprints", stack.size());
        }
        return new int[] {dims[0], dims[1]};
    }

    /** ROI k of a rows × cols × N stack is page k; a rows × cols array is one ROI (MATLAB drops a trailing 1). */
    public static List<PixelMask> masks(Path file, MatValue stack) {
        int[] frame = frame(file, stack);
        int[] dims = stack.dims();
        int pixels = frame[0] * frame[1];
        int count = stack.numel() == 0 ? 0 : dims.length == 3 ? dims[2] : 1;
        float[] values = stack.floats();
        List<PixelMask> masks = new ArrayList<>(count);
        for (int k = 0; k < count; k++) {
            masks.add(page(values, k * pixels, frame[0], frame[1]));
        }
        return masks;
    }

    /**
     * ROI k is column k of a (rows·cols) × K matrix (CNMF's {@code A}, dense or sparse, never expanded
     * when sparse); pixel p of a column is MATLAB's linear index, column-major: row p % rows, col p / rows.
     * {@code frameSource} names where the frame came from, for the message when the sizes disagree.
     */
    public static List<PixelMask> columnMasks(Path file, MatValue matrix, int[] frame, String frameSource) {
        long pixels = (long) frame[0] * frame[1];
        String expected = pixels + " x K pixel columns (" + frameSource + " = " + frame[0] + " x " + frame[1] + ")";
        requireNumeric(file, matrix, expected);
        int[] dims = matrix.dims();
        boolean none = matrix.numel() == 0;
        if (dims.length != 2 || dims[0] != pixels && !none) {
            throw CorruptFileException.expected(file, matrix.name(), expected, matrix.size());
        }
        int rois = none ? 0 : dims[1];
        Optional<MatSparse> sparse = matrix.sparse();
        float[] dense = sparse.isPresent() || none ? new float[0] : matrix.floats();
        List<PixelMask> masks = new ArrayList<>(rois);
        for (int k = 0; k < rois; k++) {
            masks.add(sparse.isPresent() ? column(sparse.get(), k, frame) : page(dense, (int) (k * pixels), frame[0],
                    frame[1]));
        }
        return masks;
    }

    /** The entries of one sparse column, listed row by row like a dense page. */
    private static PixelMask column(MatSparse matrix, int k, int[] frame) {
        List<int[]> entries = new ArrayList<>();
        for (int i = matrix.jc()[k]; i < matrix.jc()[k + 1]; i++) {
            if (matrix.values()[i] != 0) {
                int p = matrix.ir()[i];
                entries.add(new int[] {p % frame[0], p / frame[0], i});
            }
        }
        entries.sort(Comparator.<int[]>comparingInt(e -> e[0]).thenComparingInt(e -> e[1]));
        int[] rr = new int[entries.size()];
        int[] cc = new int[entries.size()];
        float[] w = new float[entries.size()];
        for (int n = 0; n < rr.length; n++) {
            int[] e = entries.get(n);
            rr[n] = e[0];
            cc[n] = e[1];
            w[n] = (float) matrix.values()[e[2]];
        }
        return new PixelMask(rr, cc, w);
    }

    /** A rows × cols image, row-major; its size must be the frame's. */
    public static float[] image(Path file, MatValue image, int[] frame) {
        requireNumeric(file, image, frame[0] + " x " + frame[1] + " image");
        int[] dims = image.dims();
        if (dims.length != 2 || dims[0] != frame[0] || dims[1] != frame[1]) {
            throw CorruptFileException.expected(file, image.name(), frame[0] + " x " + frame[1]
                    + " (rows x cols, like the footprints)", image.size());
        }
        float[] values = image.floats();
        float[] out = new float[values.length];
        for (int r = 0; r < frame[0]; r++) {
            for (int c = 0; c < frame[1]; c++) {
                out[r * frame[1] + c] = values[r + c * frame[0]];
            }
        }
        return out;
    }

    /**
     * An N × T or T × N matrix as (samples, rois): the side of length N is the ROI axis; when both
     * sides are N, {@code roisFirst} (the layout the writer documents) decides.
     */
    public static Traces traces(Path file, MatValue matrix, int rois, boolean roisFirst) {
        String expected = (roisFirst ? "N x T" : "T x N") + " traces with N = " + rois + " ROIs (like the footprints)";
        requireNumeric(file, matrix, expected);
        int[] dims = matrix.dims();
        boolean first = dims[0] == rois && (dims[1] != rois || roisFirst);
        boolean second = dims[1] == rois && !first;
        if (dims.length != 2 || !first && !second) {
            throw CorruptFileException.expected(file, matrix.name(), expected, matrix.size());
        }
        double[] values = matrix.doubles();
        int samples = first ? dims[1] : dims[0];
        // MATLAB's N x T in column-major order is already (samples, rois) in C order; T x N is transposed
        return new Traces(samples, rois, first ? values : transpose(values, samples, rois));
    }

    private static double[] transpose(double[] columnMajor, int samples, int rois) {
        double[] out = new double[columnMajor.length];
        for (int k = 0; k < rois; k++) {
            for (int t = 0; t < samples; t++) {
                out[t * rois + k] = columnMajor[t + k * samples];
            }
        }
        return out;
    }

    /** The non-zero pixels of one column-major page, listed row by row. */
    private static PixelMask page(float[] values, int offset, int rows, int cols) {
        int n = 0;
        for (int i = 0; i < rows * cols; i++) {
            n += values[offset + i] != 0 ? 1 : 0;
        }
        int[] rr = new int[n];
        int[] cc = new int[n];
        float[] w = new float[n];
        int k = 0;
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                float v = values[offset + r + c * rows];
                if (v != 0) {
                    rr[k] = r;
                    cc[k] = c;
                    w[k++] = v;
                }
            }
        }
        return new PixelMask(rr, cc, w);
    }

    private static void requireNumeric(Path file, MatValue value, String expected) {
        if (!value.isNumeric()) {
            throw CorruptFileException.expected(file, value.name(), "a numeric " + expected,
                    "a " + value.matlabClass() + " (" + value.size() + ")");
        }
    }
}
