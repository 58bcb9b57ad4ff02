package io.github.ophysio.io.mat;

import java.util.Arrays;

/**
 * A sparse matrix in MATLAB's compressed-column form, the same for MAT v5 and v7.3: the entries of
 * column {@code j} are {@code jc[j]} to {@code jc[j + 1] - 1}, at rows {@code ir[]} (from 0) with
 * {@code values[]}. Kept sparse so that a footprint matrix of d1·d2 × K pixels is never made dense.
 */
public record MatSparse(int rows, int cols, int[] ir, int[] jc, double[] values) {

    public MatSparse {
        if (jc.length != cols + 1 || ir.length != values.length || jc[cols] > values.length) {
            throw new IllegalArgumentException("sparse " + rows + " x " + cols + ": " + jc.length + " column starts, "
                    + ir.length + " row indices, " + values.length + " values");
        }
    }

    /** Builds the columns from entries in any order (mfl-core hands them one by one). */
    static MatSparse of(int rows, int cols, int count, int[] entryRows, int[] entryCols, double[] entryValues) {
        int[] jc = new int[cols + 1];
        for (int i = 0; i < count; i++) {
            jc[entryCols[i] + 1]++;
        }
        for (int j = 0; j < cols; j++) {
            jc[j + 1] += jc[j];
        }
        int[] next = Arrays.copyOf(jc, cols);
        int[] ir = new int[count];
        double[] values = new double[count];
        for (int i = 0; i < count; i++) {
            int at = next[entryCols[i]]++;
            ir[at] = entryRows[i];
            values[at] = entryValues[i];
        }
        return new MatSparse(rows, cols, ir, jc, values);
    }

    /** Every element, column-major, zeros included. */
    public double[] dense() {
        long n = (long) rows * cols;
        if (n > Integer.MAX_VALUE - 8) {
            throw new IllegalStateException("a " + rows + " x " + cols + " sparse matrix is too large to expand");
        }
        double[] out = new double[(int) n];
        for (int j = 0; j < cols; j++) {
            for (int i = jc[j]; i < jc[j + 1]; i++) {
                out[ir[i] + j * rows] += values[i];
            }
        }
        return out;
    }
}
