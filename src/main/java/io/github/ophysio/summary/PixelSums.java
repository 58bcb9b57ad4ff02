package io.github.ophysio.summary;

/**
 * Running float64 sums of one plane: Σx and Σx² per pixel and, for the correlation image, Σx·y with
 * the right, lower, lower-right and lower-left neighbour (each pair once). Every x is taken relative to
 * a per-pixel shift (the first frame this accumulator saw), so that the variance Σx²/n − (Σx/n)² does
 * not cancel catastrophically on bright, quiet pixels; for integer data the sums stay exact.
 */
final class PixelSums {

    final int rows;
    final int cols;
    final double[] sum;
    final double[] sumSq;
    /** Σx·y with the neighbour at (dr, dc) = (0, 1), (1, 0), (1, 1), (1, -1); null without correlation. */
    final double[][] products;
    private float[] shift;
    private long frames;

    PixelSums(int rows, int cols, boolean neighbours) {
        this.rows = rows;
        this.cols = cols;
        int pixels = rows * cols;
        this.sum = new double[pixels];
        this.sumSq = new double[pixels];
        this.products = neighbours ? new double[4][pixels] : null;
    }

    long frames() {
        return frames;
    }

    /** The shifted-back mean of pixel i (valid once a frame was added). */
    double mean(int i) {
        return shift[i] + sum[i] / frames;
    }

    /** The population variance of pixel i. */
    double variance(int i) {
        double m = sum[i] / frames;
        return Math.max(0, sumSq[i] / frames - m * m);
    }

    /** The population covariance of pixel i and its neighbour j in direction p ({@link NeighbourPairs}). */
    double covariance(int p, int i, int j) {
        return products[p][i] / frames - (sum[i] / frames) * (sum[j] / frames);
    }

    void add(FrameBatch batch) {
        if (batch.count() == 0) {
            return;
        }
        if (shift == null) {
            shift = batch.frame(0).clone();
        }
        new BatchSums(this, batch, shift).addAll();
        frames += batch.count();
    }

    /** Adds another accumulator's sums, first taking them to this one's shift. */
    void merge(PixelSums other) {
        if (other.frames == 0) {
            return;
        }
        if (frames == 0) {
            shift = other.shift.clone();
        }
        other.rebase(shift);
        addArrays(sum, other.sum);
        addArrays(sumSq, other.sumSq);
        for (int p = 0; products != null && p < products.length; p++) {
            addArrays(products[p], other.products[p]);
        }
        frames += other.frames;
    }

    /**
     * Re-expresses the sums relative to {@code target}: with d = shift − target, Σ(x + d)·(y + e) =
     * Σxy + e·Σx + d·Σy + n·d·e. Products first: they need the old Σx.
     */
    private void rebase(float[] target) {
        double[] d = new double[sum.length];
        for (int i = 0; i < d.length; i++) {
            d[i] = (double) shift[i] - target[i];
        }
        if (products != null) {
            NeighbourPairs.forEach(rows, cols, (p, i, j) ->
                    products[p][i] += d[j] * sum[i] + d[i] * sum[j] + frames * d[i] * d[j]);
        }
        for (int i = 0; i < d.length; i++) {
            sumSq[i] += 2 * d[i] * sum[i] + frames * d[i] * d[i];
            sum[i] += frames * d[i];
        }
        shift = target;
    }

    private static void addArrays(double[] into, double[] from) {
        for (int i = 0; i < into.length; i++) {
            into[i] += from[i];
        }
    }
}
