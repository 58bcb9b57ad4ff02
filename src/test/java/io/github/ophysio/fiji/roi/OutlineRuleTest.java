package io.github.ophysio.fiji.roi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ophysio.model.MaskKind;
import io.github.ophysio.model.PixelMask;
import ij.gui.Roi;
import java.awt.Rectangle;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Issue 16: weighted footprints are outlined where their energy is, binary masks as they are. */
class OutlineRuleTest {

    /** A 9 x 9 footprint falling off from its centre (4, 4): w = 1 / (1 + d²), d the distance. */
    private static PixelMask blob() {
        float[] image = new float[9 * 9];
        for (int r = 0; r < 9; r++) {
            for (int c = 0; c < 9; c++) {
                image[r * 9 + c] = 1f / (1 + (r - 4) * (r - 4) + (c - 4) * (c - 4));
            }
        }
        return PixelMask.fromImage(image, 9);
    }

    /** The expected count, written out: squares sorted down, summed until 90 % of their total. */
    private static int strongestHolding(float[] weights, double fraction) {
        double[] squares = new double[weights.length];
        double total = 0;
        for (int i = 0; i < weights.length; i++) {
            squares[i] = (double) weights[i] * weights[i];
            total += squares[i];
        }
        Arrays.sort(squares);
        double held = 0;
        int count = 0;
        for (int i = squares.length - 1; held < fraction * total; i--) {
            held += squares[i];
            count++;
        }
        return count;
    }

    @Test
    void energyKeepsTheStrongestPixelsHoldingTheFraction() {
        PixelMask blob = blob();
        int expected = strongestHolding(blob.weights(), 0.9);
        assertTrue(expected < 81, "the faint rim is left out");
        Roi roi = MaskOutlines.outline(blob, OutlineRule.DEFAULT, MaskKind.WEIGHTED);
        assertEquals(expected, roi.getContainedPoints().length);
        Rectangle box = roi.getBounds();
        assertEquals(box.x + box.width / 2, 4, "centred on the peak");
        int half = MaskOutlines.outline(blob, OutlineRule.of("energy", "0.5"), MaskKind.WEIGHTED).getContainedPoints()
                .length;
        assertEquals(strongestHolding(blob.weights(), 0.5), half);
        assertEquals(81, MaskOutlines.outline(blob, OutlineRule.of("all", ""), MaskKind.WEIGHTED).getContainedPoints()
                .length);
    }

    @Test
    void pixelSetsAndBinaryMasksAreOutlinedAsTheyAre() {
        assertEquals(81, MaskOutlines.outline(blob(), OutlineRule.DEFAULT, MaskKind.PIXEL_SET).getContainedPoints()
                .length, "Suite2p: the ROI is its pixels");
        float[] binary = new float[9 * 9];
        Arrays.fill(binary, 20, 50, 1f);
        assertEquals(30, MaskOutlines.outline(PixelMask.fromImage(binary, 9), OutlineRule.DEFAULT, MaskKind.WEIGHTED)
                .getContainedPoints().length, "0/1 image masks are drawn whole");
    }

    @Test
    void badValuesAreNamed() {
        assertEquals("outline must be energy, half-max or all, not rim", assertThrows(IllegalArgumentException.class,
                () -> OutlineRule.of("rim", "")).getMessage());
        assertEquals("fraction must be in (0, 1], not 1.5", assertThrows(IllegalArgumentException.class,
                () -> OutlineRule.of("energy", "1.5")).getMessage());
        assertEquals("fraction must be a number in (0, 1], not most", assertThrows(IllegalArgumentException.class,
                () -> OutlineRule.of("energy", "most")).getMessage());
    }
}
