package io.github.ophysio.fiji.roi;

import io.github.ophysio.model.PixelMask;
import ij.gui.Roi;
import ij.process.ImageProcessor;
import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.List;

/**
 * An area ROI as the binary pixel mask ImageJ's Measure uses: the pixels of its bounds inside the image
 * where {@link Roi#getMask()} is set (every pixel of the bounds for a rectangle), weight 1. So a
 * rectangle's mean over these pixels is Measure's Mean.
 */
public final class RoiRaster {

    private RoiRaster() {
    }

    /** The mask of {@code roi} on a width × height image; a line or point ROI is refused, naming it. */
    public static PixelMask mask(Roi roi, int width, int height) {
        if (!roi.isArea()) {
            throw new IllegalArgumentException("ROI " + roi.getName() + " is not an area (" + roi.getTypeAsString()
                    + "): traces need area ROIs");
        }
        Rectangle bounds = roi.getBounds();
        ImageProcessor mask = roi.getMask();
        List<int[]> pixels = new ArrayList<>();
        for (int y = Math.max(0, bounds.y); y < Math.min(height, bounds.y + bounds.height); y++) {
            for (int x = Math.max(0, bounds.x); x < Math.min(width, bounds.x + bounds.width); x++) {
                if (mask == null || mask.get(x - bounds.x, y - bounds.y) != 0) {
                    pixels.add(new int[] {y, x});
                }
            }
        }
        int[] rows = new int[pixels.size()];
        int[] cols = new int[pixels.size()];
        float[] weights = new float[pixels.size()];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = pixels.get(i)[0];
            cols[i] = pixels.get(i)[1];
            weights[i] = 1f;
        }
        return new PixelMask(rows, cols, weights);
    }
}
