package io.github.ophysio.model;

/** The shape of one sample: rows, columns and planes (1 for a planar recording). */
public record SampleShape(int rows, int cols, int planes) {

    public SampleShape {
        if (rows <= 0 || cols <= 0 || planes <= 0) {
            throw new IllegalArgumentException("sample shape must be positive: " + rows + "x" + cols + "x" + planes);
        }
    }

    /** A planar sample shape. */
    public static SampleShape of(int rows, int cols) {
        return new SampleShape(rows, cols, 1);
    }

    public boolean isVolumetric() {
        return planes > 1;
    }

    /** Pixels in one plane (rows × cols). */
    public int planePixels() {
        return Math.multiplyExact(rows, cols);
    }

    /** (rows, cols), as roiextractors' {@code get_image_shape}. */
    public int[] imageShape() {
        return new int[] {rows, cols};
    }
}
