package io.github.ophysio.fiji.roi;

import io.github.ophysio.model.MaskKind;
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
 * Traces a mask into an ImageJ ROI along the pixel edges: one piece becomes a polygon (ImageJ's
 * wand, checked pixel by pixel), anything else goes through ImageJ's {@link ThresholdToSelection},
 * where several pieces stay one composite ROI.
 *
 * <p>Which pixels are traced: a weighted footprint (CaImAn's fade into their neighbours: outlined at
 * every non-zero pixel, half the pixels of the real CaImAn file sat in two ROIs or more) by its
 * {@link OutlineRule}; a binary mask or a pixel-set ROI (Suite2p) as it is. The weights themselves
 * are always kept in full.
 */
public final class MaskOutlines {

    private MaskOutlines() {
    }

    /** The outline of {@code mask} (null for an empty mask): by {@code rule} when its weights shape it. */
    public static Roi outline(PixelMask mask, OutlineRule rule, MaskKind kind) {
        return trace(shaped(mask, kind) ? OutlinePixels.select(mask, rule) : mask);
    }

    /** Whether {@code mask}'s weights decide its outline: a weighted footprint whose weights differ. */
    public static boolean shaped(PixelMask mask, MaskKind kind) {
        return kind == MaskKind.WEIGHTED && !binary(mask);
    }

    private static boolean binary(PixelMask mask) {
        float first = 0;
        for (float w : mask.weights()) {
            if (w != 0) {
                if (first != 0 && w != first) {
                    return false;
                }
                first = w;
            }
        }
        return true;
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
