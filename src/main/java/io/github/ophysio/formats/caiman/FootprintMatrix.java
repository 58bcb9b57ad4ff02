package io.github.ophysio.formats.caiman;

import io.github.ophysio.io.hdf5.Hdf5Flat;
import io.github.ophysio.error.CorruptFileException;
import io.github.ophysio.model.PixelMask;
import io.jhdf.api.Dataset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Footprints stored as columns of a (d, n) matrix over Fortran-ordered pixels (p = row + col·d1):
 * CaImAn's CSC groups ({@code data}, {@code indices}, {@code indptr}, {@code shape}) and dense
 * arrays. A column's entries are scattered in stored order: CaImAn does not sort them.
 */
final class FootprintMatrix {

    private final Path path;
    private final String name;
    private final int d1;
    private final int d2;

    /** Footprints of the frame (d1 rows, d2 cols) read from {@code name} in {@code path}. */
    FootprintMatrix(Path path, String name, int d1, int d2) {
        this.path = path;
        this.name = name;
        this.d1 = d1;
        this.d2 = d2;
    }

    /** (d, n) of a CSC group, from its {@code shape} dataset. */
    static long[] cscShape(CaimanHdf5 h5, String group) {
        long[] shape = toLongs(Hdf5Flat.doubles(h5.path(), group + "/shape", h5.require(group + "/shape").getData()));
        if (shape.length != 2 || shape[0] < 0 || shape[1] < 0 || shape[1] > Integer.MAX_VALUE) {
            throw CorruptFileException.expected(h5.path(), group + "/shape", "[pixels, components]",
                    java.util.Arrays.toString(shape));
        }
        return shape;
    }

    /** The columns of the CSC group as masks, after checking its index structure. */
    List<PixelMask> fromCsc(CaimanHdf5 h5) {
        int columns = (int) cscShape(h5, name)[1];
        float[] data = Hdf5Flat.floats(path, name + "/data", dataOf(h5, name + "/data"));
        int[] indices = Hdf5Flat.ints(path, name + "/indices", dataOf(h5, name + "/indices"));
        int[] indptr = Hdf5Flat.ints(path, name + "/indptr", h5.require(name + "/indptr").getData());
        checkIndptr(indptr, columns, data.length, indices.length);
        List<PixelMask> masks = new ArrayList<>(columns);
        for (int k = 0; k < columns; k++) {
            masks.add(column(indices, data, indptr[k], indptr[k + 1]));
        }
        return masks;
    }

    /** The columns of a dense (d, n) dataset as masks of their non-zero pixels. */
    List<PixelMask> fromDense(Dataset dense) {
        long[] shape = CaimanHdf5.shape(dense);
        if (shape.length != 2 || shape[0] != (long) d1 * d2) {
            throw CorruptFileException.expected(path, name, "shape (" + (long) d1 * d2 + ", n) for the "
                    + d1 + " x " + d2 + " frame", java.util.Arrays.toString(shape));
        }
        float[] values = Hdf5Flat.floats(path, name, dense.getData());
        int n = (int) shape[1];
        List<PixelMask> masks = new ArrayList<>(n);
        for (int j = 0; j < n; j++) {
            masks.add(denseColumn(values, j, n));
        }
        return masks;
    }

    private PixelMask denseColumn(float[] values, int column, int columns) {
        List<Integer> pixels = new ArrayList<>();
        for (int p = 0; p < d1 * d2; p++) {
            if (values[p * columns + column] != 0) {
                pixels.add(p);
            }
        }
        int[] indices = pixels.stream().mapToInt(Integer::intValue).toArray();
        float[] weights = new float[indices.length];
        for (int i = 0; i < indices.length; i++) {
            weights[i] = values[indices[i] * columns + column];
        }
        return column(indices, weights, 0, indices.length);
    }

    /** Entries [from, to) as a mask: pixel p is at row p % d1, column p / d1. */
    private PixelMask column(int[] indices, float[] data, int from, int to) {
        int n = to - from;
        int[] rows = new int[n];
        int[] cols = new int[n];
        float[] weights = new float[n];
        for (int i = 0; i < n; i++) {
            int p = indices[from + i];
            if (p < 0 || p >= d1 * d2) {
                throw new CorruptFileException(path, name + "/indices: pixel index " + p + " outside the " + d1 * d2
                        + " pixels of the " + d1 + " x " + d2 + " frame");
            }
            rows[i] = p % d1;
            cols[i] = p / d1;
            weights[i] = data[from + i];
        }
        return new PixelMask(rows, cols, weights);
    }

    private void checkIndptr(int[] indptr, int columns, int nnz, int indexCount) {
        if (indexCount != nnz) {
            throw CorruptFileException.expected(path, name + "/indices", nnz + " entries like data", indexCount);
        }
        if (indptr.length != columns + 1 || indptr[0] != 0 || indptr[columns] != nnz) {
            throw CorruptFileException.expected(path, name + "/indptr", (columns + 1) + " offsets from 0 to " + nnz,
                    indptr.length + " offsets from " + indptr[0] + " to " + indptr[indptr.length - 1]);
        }
        for (int k = 0; k < columns; k++) {
            if (indptr[k + 1] < indptr[k]) {
                throw CorruptFileException.expected(path, name + "/indptr", "non-decreasing offsets",
                        indptr[k] + " then " + indptr[k + 1]);
            }
        }
    }

    /** A dataset's data, or an empty array for a zero-length one (a column-less or all-zero matrix). */
    private static Object dataOf(CaimanHdf5 h5, String nodePath) {
        return h5.node(nodePath).isPresent() && h5.dataset(nodePath).isEmpty() ? new double[0]
                : h5.require(nodePath).getData();
    }

    private static long[] toLongs(double[] values) {
        long[] out = new long[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (long) values[i];
        }
        return out;
    }
}
