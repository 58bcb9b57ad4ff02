package io.github.ophysio.model;

/**
 * A ROI's footprint as pixels with weights: parallel arrays of row, column and weight (roiextractors'
 * pixel mask). Pixels with weight 0 may be listed; {@link #pixelCount()} counts non-zero ones.
 */
public record PixelMask(int[] rows, int[] cols, float[] weights) {

    public PixelMask {
        if (rows.length != cols.length || rows.length != weights.length) {
            throw new IllegalArgumentException("pixel mask arrays differ in length: " + rows.length + ", "
                    + cols.length + ", " + weights.length);
        }
    }

    public int size() {
        return rows.length;
    }

    /** Pixels with a non-zero weight. */
    public int pixelCount() {
        int count = 0;
        for (float w : weights) {
            count += w != 0 ? 1 : 0;
        }
        return count;
    }

    public double weightSum() {
        double sum = 0;
        for (float w : weights) {
            sum += w;
        }
        return sum;
    }

    /** Unweighted mean (row, col) of the non-zero pixels; NaNs for an empty mask. */
    public double[] centroid() {
        double r = 0;
        double c = 0;
        int n = 0;
        for (int i = 0; i < rows.length; i++) {
            if (weights[i] != 0) {
                r += rows[i];
                c += cols[i];
                n++;
            }
        }
        return new double[] {r / n, c / n};
    }

    /** Inclusive-exclusive bounds {row0, col0, row1, col1} of the non-zero pixels (zeros when empty). */
    public int[] bbox() {
        int[] box = {Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MIN_VALUE, Integer.MIN_VALUE};
        for (int i = 0; i < rows.length; i++) {
            if (weights[i] != 0) {
                box[0] = Math.min(box[0], rows[i]);
                box[1] = Math.min(box[1], cols[i]);
                box[2] = Math.max(box[2], rows[i] + 1);
                box[3] = Math.max(box[3], cols[i] + 1);
            }
        }
        return box[0] == Integer.MAX_VALUE ? new int[4] : box;
    }

    /** The mask as a dense rows × cols image (row-major). */
    public float[] toImage(int frameRows, int frameCols) {
        float[] image = new float[frameRows * frameCols];
        for (int i = 0; i < rows.length; i++) {
            image[rows[i] * frameCols + cols[i]] += weights[i];
        }
        return image;
    }

    /** The non-zero pixels of a dense rows × cols image. */
    public static PixelMask fromImage(float[] image, int frameCols) {
        int n = 0;
        for (float v : image) {
            n += v != 0 ? 1 : 0;
        }
        int[] r = new int[n];
        int[] c = new int[n];
        float[] w = new float[n];
        for (int i = 0, k = 0; i < image.length; i++) {
            if (image[i] != 0) {
                r[k] = i / frameCols;
                c[k] = i % frameCols;
                w[k++] = image[i];
            }
        }
        return new PixelMask(r, c, w);
    }
}
