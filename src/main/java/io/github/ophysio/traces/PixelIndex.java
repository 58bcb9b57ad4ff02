package io.github.ophysio.traces;

import io.github.ophysio.model.PixelMask;
import java.util.List;

/**
 * The ROIs of one plane as a sparse pixel→ROI index, CSR-like: for each pixel that any ROI covers, the
 * output columns it adds to and with what weight. One sample's weighted sums for every ROI are then one
 * walk over the covered pixels, whatever the number of ROIs (each pixel read once, however many ROIs
 * overlap it). Pixels outside the frame and zero weights are left out.
 */
final class PixelIndex {

    private final int[] pixels;
    private final int[] starts;
    private final int[] columns;
    private final float[] weights;

    private PixelIndex(int[] pixels, int[] starts, int[] columns, float[] weights) {
        this.pixels = pixels;
        this.starts = starts;
        this.columns = columns;
        this.weights = weights;
    }

    /** One column per entry: {@code masks.get(k)} adds to column {@code columnOf[k]}; weight sums go to {@code weightSums}. */
    static PixelIndex build(int rows, int cols, List<PixelMask> masks, int[] columnOf, double[] weightSums) {
        int[] perPixel = new int[rows * cols + 1];
        for (PixelMask mask : masks) {
            NeuropilRings.forEachWeight(mask, rows, cols, (p, w) -> perPixel[p + 1]++);
        }
        int covered = 0;
        for (int p = 0; p < rows * cols; p++) {
            covered += perPixel[p + 1] > 0 ? 1 : 0;
            perPixel[p + 1] += perPixel[p];
        }
        int entries = perPixel[rows * cols];
        int[] fill = perPixel.clone();
        int[] columns = new int[entries];
        float[] weights = new float[entries];
        for (int k = 0; k < masks.size(); k++) {
            int column = columnOf[k];
            NeuropilRings.forEachWeight(masks.get(k), rows, cols, (p, w) -> {
                columns[fill[p]] = column;
                weights[fill[p]++] = w;
                weightSums[column] += w;
            });
        }
        return compact(perPixel, covered, columns, weights);
    }

    /** Keeps only the covered pixels' rows of the full CSR. */
    private static PixelIndex compact(int[] perPixel, int covered, int[] columns, float[] weights) {
        int[] pixels = new int[covered];
        int[] starts = new int[covered + 1];
        int k = 0;
        for (int p = 0; p + 1 < perPixel.length; p++) {
            if (perPixel[p + 1] > perPixel[p]) {
                pixels[k] = p;
                starts[k++] = perPixel[p];
            }
        }
        starts[covered] = columns.length;
        return new PixelIndex(pixels, starts, columns, weights);
    }

    /** Adds {@code w·x} of every covered pixel of {@code plane} to its columns' sums. */
    void accumulate(float[] plane, double[] sums) {
        for (int i = 0; i < pixels.length; i++) {
            double x = plane[pixels[i]];
            for (int j = starts[i]; j < starts[i + 1]; j++) {
                sums[columns[j]] += weights[j] * x;
            }
        }
    }

    int coveredPixels() {
        return pixels.length;
    }

    int entries() {
        return columns.length;
    }
}
