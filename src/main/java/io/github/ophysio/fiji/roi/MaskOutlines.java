package io.github.ophysio.fiji.roi;

import io.github.ophysio.model.PixelMask;
import ij.gui.PolygonRoi;
import ij.gui.Roi;
import ij.gui.ShapeRoi;
import ij.gui.Wand;
import ij.plugin.filter.ThresholdToSelection;
import ij.process.ByteProcessor;
import ij.process.ImageProcessor;
import java.awt.Polygon;

/**
 * Traces a mask's non-zero pixels into an ImageJ ROI along the pixel edges: one piece becomes a
 * polygon (ImageJ's wand, checked pixel by pixel), anything else goes through ImageJ's
 * {@link ThresholdToSelection}, where several pieces stay one composite ROI.
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
        Roi traced = onePiece(pixels);
        if (traced == null) {
            pixels.setThreshold(255, 255, ImageProcessor.NO_LUT_UPDATE);
            traced = simplify(new ThresholdToSelection().convert(pixels));
        }
        traced.setLocation(traced.getXBase() + box[1], traced.getYBase() + box[0]);
        return traced;
    }

    /**
     * The outline ImageJ's wand traces around the first pixel (along pixel edges, as
     * {@link ThresholdToSelection} traces), when it encloses exactly the mask's pixels: one piece
     * without holes, most ROIs, at a fraction of the cost. Null otherwise (several pieces, pieces
     * touching only at corners, holes): those are traced by {@code ThresholdToSelection}.
     */
    private static Roi onePiece(ByteProcessor pixels) {
        int first = firstPixel(pixels);
        Wand wand = new Wand(pixels);
        wand.autoOutline(first % pixels.getWidth(), first / pixels.getWidth(), 255.0, 255.0, Wand.FOUR_CONNECTED);
        Polygon outline = new Polygon(wand.xpoints, wand.ypoints, wand.npoints);
        for (int y = 0; y < pixels.getHeight(); y++) {
            for (int x = 0; x < pixels.getWidth(); x++) {
                if (outline.contains(x + 0.5, y + 0.5) != (pixels.get(x, y) != 0)) {
                    return null;
                }
            }
        }
        return new PolygonRoi(outline, Roi.TRACED_ROI);
    }

    private static int firstPixel(ByteProcessor pixels) {
        byte[] values = (byte[]) pixels.getPixels();
        int i = 0;
        while (values[i] == 0) {
            i++;
        }
        return i;
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
