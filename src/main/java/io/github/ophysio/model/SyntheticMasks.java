package io.github.ophysio.model;

/** The footprints of {@link SyntheticSegmentation}: rectangles with position-coded weights. */
final class SyntheticMasks {

    private SyntheticMasks() {
    }

    /**
     * ROI 0 touches the top-left corner; ROI 1 has two pieces; ROI 2 overlaps ROI 0; the last ROI
     * touches the bottom-right corner; others are 3 × 4 rectangles placed by index.
     */
    static PixelMask mask(int roi, int rois, int rows, int cols) {
        float[] image = new float[rows * cols];
        if (roi == rois - 1) {
            fill(image, cols, rows - 3, cols - 2, 3, 2, roi);
        } else if (roi == 0) {
            fill(image, cols, 0, 0, 3, 3, roi);
        } else if (roi == 1) {
            fill(image, cols, 6, 2, 2, 2, roi);
            fill(image, cols, 6, 8, 2, 3, roi);
        } else if (roi == 2) {
            fill(image, cols, 1, 1, 4, 4, roi);
        } else {
            fill(image, cols, (3 + 4 * roi) % (rows - 3), (5 + 3 * roi) % (cols - 4), 3, 4, roi);
        }
        return PixelMask.fromImage(image, cols);
    }

    /** Weight of (r, c) in ROI roi: 1 + roi + (r·cols + c) / 1000, so every weight is distinct. */
    private static void fill(float[] image, int cols, int row0, int col0, int height, int width, int roi) {
        for (int r = row0; r < row0 + height; r++) {
            for (int c = col0; c < col0 + width; c++) {
                image[r * cols + c] = 1 + roi + (r * cols + c) / 1000f;
            }
        }
    }
}
