package io.github.ophysio.fiji.roi;

import io.github.ophysio.model.PixelMask;
import ij.gui.Roi;
import ij.gui.ShapeRoi;
import ij.plugin.filter.ThresholdToSelection;
import ij.process.ByteProcessor;
import ij.process.ImageProcessor;

/**
 * Traces a mask's non-zero pixels into an ImageJ ROI with ImageJ's own {@link ThresholdToSelection}:
 * one piece becomes a polygon along the pixel edges, several pieces stay one composite ROI.
 *
 * <p>Dense footprints (PCA/ICA cell sets give every pixel of the frame a small signed weight) would
 * outline the whole frame: when more than a quarter of the frame is non-zero, only pixels of at
 * least half the maximum weight are traced. The weights themselves are always kept in full.
 */
public final class MaskOutlines {

    private MaskOutlines() {
    }

    static final double DENSE_FRACTION = 0.25;
    static final double DENSE_THRESHOLD = 0.5;

    /** The outline of {@code mask} in a frame of {@code framePixels} pixels; null for an empty mask. */
    public static Roi outline(PixelMask mask, int framePixels) {
        return isDense(mask, framePixels) ? trace(strongest(mask)) : trace(mask);
    }

    /** Whether {@code mask} covers so much of the frame that only its strongest pixels are traced. */
    public static boolean isDense(PixelMask mask, int framePixels) {
        return mask.pixelCount() > DENSE_FRACTION * framePixels;
    }

    private static PixelMask strongest(PixelMask mask) {
        float max = 0;
        for (float w : mask.weights()) {
            max = Math.max(max, w);
        }
        float[] kept = mask.weights().clone();
        for (int i = 0; i < kept.length; i++) {
            kept[i] = kept[i] >= DENSE_THRESHOLD * max && kept[i] > 0 ? kept[i] : 0;
        }
        return new PixelMask(mask.rows(), mask.cols(), kept);
    }

    private static Roi trace(PixelMask mask) {
        int[] box = mask.bbox();
        int height = box[2] - box[0];
        int width = box[3] - box[1];
        if (height <= 0 || width <= 0) {
            return null;
        }
        ByteProcessor pixels = new ByteProcessor(width, height);
        for (int i = 0; i < mask.size(); i++) {
            if (mask.weights()[i] != 0) {
                pixels.set(mask.cols()[i] - box[1], mask.rows()[i] - box[0], 255);
            }
        }
        pixels.setThreshold(255, 255, ImageProcessor.NO_LUT_UPDATE);
        Roi traced = simplify(new ThresholdToSelection().convert(pixels));
        traced.setLocation(traced.getXBase() + box[1], traced.getYBase() + box[0]);
        return traced;
    }

    /** A single piece as a plain polygon (nicer in the ROI Manager); several pieces stay a ShapeRoi. */
    private static Roi simplify(Roi roi) {
        if (roi instanceof ShapeRoi shape) {
            Roi[] pieces = shape.getRois();
            if (pieces.length == 1) {
                return pieces[0];
            }
        }
        return roi;
    }
}
