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
 */
public final class MaskOutlines {

    private MaskOutlines() {
    }

    /** The outline of {@code mask} in frame coordinates; null for an empty mask. */
    public static Roi outline(PixelMask mask) {
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
