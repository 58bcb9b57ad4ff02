package io.github.ophysio.summary;

import java.util.Arrays;

/**
 * Adds one batch of frames to {@link PixelSums}, row by row: every frame's row is shifted into
 * float64 once, the row's sums are gathered over the batch in small arrays, then added to the plane's
 * sums. The plane-sized arrays are touched once per batch, not once per frame.
 */
final class BatchSums {

    private final PixelSums sums;
    private final FrameBatch batch;
    private final float[] shift;
    private final int cols;
    private double[][] current;
    private double[][] below;
    private final double[][] rowSums;

    BatchSums(PixelSums sums, FrameBatch batch, float[] shift) {
        this.sums = sums;
        this.batch = batch;
        this.shift = shift;
        this.cols = sums.cols;
        this.current = new double[batch.count()][cols];
        this.below = new double[batch.count()][cols];
        this.rowSums = new double[sums.products == null ? 2 : 6][cols];
    }

    void addAll() {
        if (cols == 0) {
            return;
        }
        for (int k = 0; k < batch.count(); k++) {
            shiftRow(k, 0, current[k]);
        }
        for (int r = 0; r < sums.rows; r++) {
            boolean hasBelow = r + 1 < sums.rows;
            for (double[] row : rowSums) {
                Arrays.fill(row, 0);
            }
            int k = 0;
            for (; hasBelow && sums.products != null && k + 1 < batch.count(); k += 2) {
                shiftRow(k, r + 1, below[k]);
                shiftRow(k + 1, r + 1, below[k + 1]);
                addAllSums(current[k], below[k], current[k + 1], below[k + 1]);
            }
            for (; k < batch.count(); k++) {
                if (hasBelow) {
                    shiftRow(k, r + 1, below[k]);
                }
                addRow(current[k], hasBelow ? below[k] : null);
            }
            flush(r);
            double[][] done = current;
            current = below;
            below = done;
        }
    }

    /** One frame's row x (and the row below it, y, null in the last row) into the row's sums. */
    private void addRow(double[] x, double[] y) {
        if (sums.products == null) {
            addMoments(x);
        } else if (y == null) {
            addRight(x);
        } else {
            addAllSums(x, y);
        }
    }

    private void shiftRow(int k, int r, double[] into) {
        float[] frame = batch.frame(k);
        int base = r * cols;
        for (int c = 0; c < cols; c++) {
            into[c] = (double) frame[base + c] - shift[base + c];
        }
    }

    private void addMoments(double[] x) {
        double[] s = rowSums[0];
        double[] q = rowSums[1];
        for (int c = 0; c < cols; c++) {
            s[c] += x[c];
            q[c] += x[c] * x[c];
        }
    }

    /** The last row's products: with the right neighbour only. */
    private void addRight(double[] x) {
        addMoments(x);
        double[] right = rowSums[2];
        for (int c = 0; c + 1 < cols; c++) {
            right[c] += x[c] * x[c + 1];
        }
    }

    /**
     * Σx, Σx² and the products with the right neighbour and the row below {@code y}, in one loop over the
     * columns that have a right neighbour (so x and y are loaded once for all six sums, with no branch
     * inside); the last column (no right neighbour) is done after it.
     */
    private void addAllSums(double[] x, double[] y) {
        double[] s = rowSums[0];
        double[] q = rowSums[1];
        double[] right = rowSums[2];
        double[] down = rowSums[3];
        double[] downRight = rowSums[4];
        double[] downLeft = rowSums[5];
        for (int c = 0; c + 1 < cols; c++) {
            double here = x[c];
            double next = x[c + 1];
            double under = y[c];
            s[c] += here;
            q[c] += here * here;
            right[c] += here * next;
            down[c] += here * under;
            downRight[c] += here * y[c + 1];
            downLeft[c + 1] += next * under;
        }
        int last = cols - 1;
        s[last] += x[last];
        q[last] += x[last] * x[last];
        down[last] += x[last] * y[last];
    }

    /**
     * {@link #addAllSums(double[], double[])} for two frames (rows x, y and u, v) at once: each sum is
     * loaded and stored once per two frames. Added in the same order as two single calls, so the sums
     * are the same to the bit.
     */
    private void addAllSums(double[] x, double[] y, double[] u, double[] v) {
        double[] s = rowSums[0];
        double[] q = rowSums[1];
        double[] right = rowSums[2];
        double[] down = rowSums[3];
        double[] downRight = rowSums[4];
        double[] downLeft = rowSums[5];
        for (int c = 0; c + 1 < cols; c++) {
            double here = x[c];
            double next = x[c + 1];
            double under = y[c];
            double here2 = u[c];
            double next2 = u[c + 1];
            double under2 = v[c];
            s[c] = s[c] + here + here2;
            q[c] = q[c] + here * here + here2 * here2;
            right[c] = right[c] + here * next + here2 * next2;
            down[c] = down[c] + here * under + here2 * under2;
            downRight[c] = downRight[c] + here * y[c + 1] + here2 * v[c + 1];
            downLeft[c + 1] = downLeft[c + 1] + next * under + next2 * under2;
        }
        int last = cols - 1;
        s[last] = s[last] + x[last] + u[last];
        q[last] = q[last] + x[last] * x[last] + u[last] * u[last];
        down[last] = down[last] + x[last] * y[last] + u[last] * v[last];
    }

    private void flush(int r) {
        int base = r * cols;
        add(sums.sum, rowSums[0], base);
        add(sums.sumSq, rowSums[1], base);
        for (int p = 0; sums.products != null && p < 4; p++) {
            add(sums.products[p], rowSums[p + 2], base);
        }
    }

    private void add(double[] into, double[] row, int base) {
        for (int c = 0; c < cols; c++) {
            into[base + c] += row[c];
        }
    }
}
