package io.github.ophysio.fiji.roi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ophysio.fiji.stack.Progress;
import io.github.ophysio.model.MaskKind;
import io.github.ophysio.model.PixelMask;
import io.github.ophysio.model.SyntheticSegmentation;
import ij.gui.PolygonRoi;
import ij.gui.Roi;
import ij.gui.ShapeRoi;
import java.awt.Rectangle;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Masks become ROIs named by id, traced along pixel edges, grouped by status (no display needed). */
class SegmentationRoisTest {

    private final SyntheticSegmentation segmentation = SyntheticSegmentation.standard();

    @Test
    void aRectangleTracesToItsPixelEdges() {
        Roi roi = MaskOutlines.outline(segmentation.getPixelMask(0), OutlineRule.DEFAULT, MaskKind.PIXEL_SET);
        assertInstanceOf(PolygonRoi.class, roi);
        assertEquals(new Rectangle(0, 0, 3, 3), roi.getBounds());
        assertTrue(roi.contains(2, 2));
        assertFalse(roi.contains(3, 3));
    }

    @Test
    void twoPiecesStayOneCompositeRoi() {
        Roi roi = MaskOutlines.outline(segmentation.getPixelMask(1), OutlineRule.DEFAULT, MaskKind.PIXEL_SET);
        assertInstanceOf(ShapeRoi.class, roi);
        assertEquals(2, ((ShapeRoi) roi).getRois().length);
        assertEquals(new Rectangle(2, 6, 9, 2), roi.getBounds());
        assertTrue(roi.contains(3, 7) && roi.contains(10, 7));
        assertFalse(roi.contains(5, 7), "the gap between the pieces is outside");
    }

    @Test
    void aRingKeepsItsHoleAndCornerTouchingPiecesStayTwo() {
        // a 5 x 5 ring around (2, 2) at rows 10-14, cols 10-14; two pixels touching at a corner at (0, 20), (1, 21)
        List<int[]> pixels = new java.util.ArrayList<>();
        for (int r = 10; r < 15; r++) {
            for (int c = 10; c < 15; c++) {
                if (r != 12 || c != 12) {
                    pixels.add(new int[] {r, c});
                }
            }
        }
        Roi ring = MaskOutlines.outline(mask(pixels), OutlineRule.DEFAULT, MaskKind.PIXEL_SET);
        assertEquals(new Rectangle(10, 10, 5, 5), ring.getBounds());
        assertTrue(ring.contains(11, 12) && ring.contains(14, 14));
        assertFalse(ring.contains(12, 12), "the hole is outside");
        Roi corners = MaskOutlines.outline(mask(List.of(new int[] {0, 20}, new int[] {1, 21})), OutlineRule.DEFAULT,
                MaskKind.PIXEL_SET);
        assertTrue(corners.contains(20, 0) && corners.contains(21, 1));
        assertFalse(corners.contains(21, 0) || corners.contains(20, 1), "only the two pixels are inside");
    }

    @Test
    void anIrregularPieceEnclosesExactlyItsPixels() {
        List<int[]> pixels = List.of(new int[] {3, 4}, new int[] {3, 5}, new int[] {4, 5}, new int[] {5, 5},
                new int[] {5, 6}, new int[] {5, 7}, new int[] {4, 7}, new int[] {6, 3}, new int[] {6, 4},
                new int[] {6, 5});
        Roi roi = MaskOutlines.outline(mask(pixels), OutlineRule.DEFAULT, MaskKind.PIXEL_SET);
        assertInstanceOf(PolygonRoi.class, roi);
        for (int r = 0; r < 10; r++) {
            for (int c = 0; c < 10; c++) {
                int row = r;
                int col = c;
                boolean in = pixels.stream().anyMatch(p -> p[0] == row && p[1] == col);
                assertEquals(in, roi.contains(col, row), "pixel (" + r + ", " + c + ")");
            }
        }
    }

    private static PixelMask mask(List<int[]> pixels) {
        int[] rows = pixels.stream().mapToInt(p -> p[0]).toArray();
        int[] cols = pixels.stream().mapToInt(p -> p[1]).toArray();
        float[] weights = new float[rows.length];
        java.util.Arrays.fill(weights, 1f);
        return new PixelMask(rows, cols, weights);
    }

    @Test
    void theBottomRightCornerIsInside() {
        Roi roi = MaskOutlines.outline(segmentation.getPixelMask(5), OutlineRule.DEFAULT, MaskKind.PIXEL_SET);
        assertEquals(new Rectangle(22, 17, 2, 3), roi.getBounds());
    }

    @Test
    void everyRoiIsNamedGroupedAndKeepsItsProperties() {
        List<Roi> rois = SegmentationRois.build(segmentation, OutlineRule.DEFAULT, Progress.NONE);
        assertEquals(6, rois.size());
        assertEquals("10", rois.get(0).getName());
        assertEquals(RoiStatus.ACCEPTED.group(), rois.get(0).getGroup());
        assertEquals(RoiStatus.REJECTED.group(), rois.get(2).getGroup());
        assertEquals("false", rois.get(2).getProperty("is_accepted"));
        assertEquals("4.5", rois.get(3).getProperty("snr"));
        assertEquals("9", rois.get(0).getProperty("pixels"));
        assertEquals(segmentation.getPixelMask(0).weightSum(), Double.parseDouble(rois.get(0).getProperty("weightSum")),
                1e-9);
    }

    @Test
    void aCancelledBuildReturnsNothing() {
        assertNull(SegmentationRois.build(segmentation, OutlineRule.DEFAULT, new Progress() {
            @Override
            public void show(int done, int total) {
                // not shown
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        }));
    }

    @Test
    void footprintsKeepTheWeights() {
        FootprintStack stack = (FootprintStack) FootprintStack.image(segmentation).getStack();
        assertEquals(6, stack.getSize());
        assertEquals("11", stack.getSliceLabel(2));
        float expected = 1 + 1 + (6 * 24 + 2) / 1000f;
        assertEquals(expected, stack.getProcessor(2).getf(2, 6), 1e-6);
        assertEquals(0, stack.getProcessor(2).getf(5, 6));
    }

    @Test
    void halfMaxOutlinesOnlyTheStrongestPixels() {
        float[] image = new float[20 * 24];
        java.util.Arrays.fill(image, -0.1f);
        for (int r = 5; r < 8; r++) {
            for (int c = 10; c < 14; c++) {
                image[r * 24 + c] = r == 6 ? 4f : 1f;
            }
        }
        io.github.ophysio.model.PixelMask mask = io.github.ophysio.model.PixelMask.fromImage(image, 24);
        Roi roi = MaskOutlines.outline(mask, OutlineRule.of("half-max", ""), MaskKind.WEIGHTED);
        assertEquals(new Rectangle(10, 6, 4, 1), roi.getBounds(), "only pixels >= half the maximum");
        assertEquals(480, mask.pixelCount(), "the weights are all kept");
    }
}
