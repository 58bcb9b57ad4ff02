package io.github.ophysio.fiji.roi;

import io.github.ophysio.model.PixelMask;
import java.util.Arrays;
import java.util.Comparator;

/** The pixels of a weighted footprint that an {@link OutlineRule} outlines (the others get weight 0). */
final class OutlinePixels {

    private OutlinePixels() {
    }

    static PixelMask select(PixelMask mask, OutlineRule rule) {
        return switch (rule.kind()) {
            case ENERGY -> keep(mask, energy(mask.weights(), rule.fraction()));
            case HALF_MAX -> keep(mask, halfMax(mask.weights()));
            case ALL -> mask;
        };
    }

    /**
     * The smallest set of strongest positive pixels whose Σ w² reaches {@code fraction} of the whole
     * (CaImAn's {@code nrg} contour at {@code thr}); true for the pixels kept.
     */
    static boolean[] energy(float[] weights, double fraction) {
        Integer[] order = new Integer[weights.length];
        double total = 0;
        for (int i = 0; i < weights.length; i++) {
            order[i] = i;
            total += weights[i] > 0 ? (double) weights[i] * weights[i] : 0;
        }
        Arrays.sort(order, Comparator.comparingDouble(i -> -weights[i]));
        boolean[] kept = new boolean[weights.length];
        double held = 0;
        for (int k = 0; k < order.length && held < fraction * total && weights[order[k]] > 0; k++) {
            kept[order[k]] = true;
            held += (double) weights[order[k]] * weights[order[k]];
        }
        return kept;
    }

    /** Pixels of at least half the maximum weight. */
    static boolean[] halfMax(float[] weights) {
        float max = 0;
        for (float w : weights) {
            max = Math.max(max, w);
        }
        boolean[] kept = new boolean[weights.length];
        for (int i = 0; i < weights.length; i++) {
            kept[i] = weights[i] > 0 && weights[i] >= 0.5f * max;
        }
        return kept;
    }

    private static PixelMask keep(PixelMask mask, boolean[] kept) {
        float[] weights = mask.weights().clone();
        for (int i = 0; i < weights.length; i++) {
            weights[i] = kept[i] ? weights[i] : 0;
        }
        return new PixelMask(mask.rows(), mask.cols(), weights);
    }
}
