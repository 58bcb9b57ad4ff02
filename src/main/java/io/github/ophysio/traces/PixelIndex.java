package io.github.ophysio.traces;

import io.github.ophysio.model.PixelMask;
import java.util.List;

/**
 * The ROIs of one plane as one sparse footprint matrix in CSR form (as suite2p and CaImAn extract): for each
 * mask, the pixels it covers and their weights, in one flat array. One sample's weighted sums for every ROI
 * are then one product of that matrix with the plane, whatever the number of ROIs: each mask's dot product
 * is summed in four independent double accumulators, so the adds do not wait on one another (a single
 * running sum, or pixel-major updates of a ROI's sum pixel after pixel, is bound by the add's latency, three
 * times slower). Pixels outside the frame and zero weights are left out.
 */
final class PixelIndex {

    private final int[] columns;
    private final int[] starts;
    private final int[] pixels;
    private final float[] weights;

    private PixelIndex(int[] columns, int[] starts, int[] pixels, float[] weights) {
        this.columns = columns;
        this.starts = starts;
        this.pixels = pixels;
        this.weights = weights;
    }

    /**
     * One column per entry: {@code masks.get(k)} adds to column {@code columnOf[k]}; weight sums go to
     * {@code weightSums}. The masks are stored in the order of their first pixel, so that one sample's product
     * sweeps the plane from top to bottom (ROIs listed in any order would make it jump about the plane, and
     * cache misses then cost more than the arithmetic).
     */
    static PixelIndex build(int rows, int cols, List<PixelMask> masks, int[] columnOf, double[] weightSums) {
        int[] order = byFirstPixel(rows, cols, masks);
        int[] starts = new int[masks.size() + 1];
        for (int i = 0; i < order.length; i++) {
            int[] count = {0};
            NeuropilRings.forEachWeight(masks.get(order[i]), rows, cols, (p, w) -> count[0]++);
            starts[i + 1] = starts[i] + count[0];
        }
        int[] pixels = new int[starts[masks.size()]];
        float[] weights = new float[pixels.length];
        int[] columns = new int[order.length];
        for (int i = 0; i < order.length; i++) {
            int column = columnOf[order[i]];
            columns[i] = column;
            int[] at = {starts[i]};
            NeuropilRings.forEachWeight(masks.get(order[i]), rows, cols, (p, w) -> {
                pixels[at[0]] = p;
                weights[at[0]++] = w;
                weightSums[column] += w;
            });
        }
        return new PixelIndex(columns, starts, pixels, weights);
    }

    /** The mask indices sorted by each mask's smallest pixel index in the frame (empty masks last). */
    private static int[] byFirstPixel(int rows, int cols, List<PixelMask> masks) {
        long[] keys = new long[masks.size()];
        for (int k = 0; k < keys.length; k++) {
            int[] first = {Integer.MAX_VALUE};
            NeuropilRings.forEachPixel(masks.get(k), rows, cols, p -> first[0] = Math.min(first[0], p));
            keys[k] = ((long) first[0] << 32) | k;
        }
        java.util.Arrays.sort(keys);
        int[] order = new int[keys.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = (int) keys[i];
        }
        return order;
    }

    /** Adds {@code w·x} of every mask's pixels of {@code plane} to its column's sum. */
    void accumulate(float[] plane, double[] sums) {
        for (int k = 0; k < columns.length; k++) {
            sums[columns[k]] += dot(plane, starts[k], starts[k + 1]);
        }
    }

    private double dot(float[] plane, int from, int to) {
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int j = from;
        for (; j + 3 < to; j += 4) {
            s0 += (double) weights[j] * plane[pixels[j]];
            s1 += (double) weights[j + 1] * plane[pixels[j + 1]];
            s2 += (double) weights[j + 2] * plane[pixels[j + 2]];
            s3 += (double) weights[j + 3] * plane[pixels[j + 3]];
        }
        for (; j < to; j++) {
            s0 += (double) weights[j] * plane[pixels[j]];
        }
        return (s0 + s1) + (s2 + s3);
    }

    int entries() {
        return pixels.length;
    }
}
