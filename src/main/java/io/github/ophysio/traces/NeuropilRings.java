package io.github.ophysio.traces;

import io.github.ophysio.model.PixelMask;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * Suite2p's neuropil masks ({@code create_neuropil_masks}, {@code circular=False}) for the ROIs of one
 * plane. A ROI's non-zero pixels are grown {@code innerRadius} times by 4-connected steps; the box
 * around that grown ROI is grown 5 pixels a side at a time (at most 100 times, clipped to the frame)
 * until it holds more than {@code minPixels} valid pixels outside the grown ROI; the ring is those
 * pixels, weight 1. A pixel is valid when it is in no ROI of the plane (suite2p's {@code cell_pix} with
 * {@code lam_percentile=0}: every non-zero pixel of every ROI is excluded).
 */
final class NeuropilRings {

    /** Suite2p's {@code extend_by}: pixels added to each side of the box per step. */
    static final int STEP = 5;
    /** Suite2p's limit on the number of steps. */
    static final int MAX_STEPS = 100;

    private final int rows;
    private final int cols;
    private final boolean[] cell;
    private final long[] validBelow;

    private NeuropilRings(int rows, int cols, List<PixelMask> masks) {
        this.rows = rows;
        this.cols = cols;
        this.cell = new boolean[rows * cols];
        for (PixelMask mask : masks) {
            forEachPixel(mask, rows, cols, p -> cell[p] = true);
        }
        this.validBelow = validPrefixSums();
    }

    /** The ring of each mask, in order, among the other masks of the same rows × cols plane. */
    static List<PixelMask> of(int rows, int cols, List<PixelMask> masks, int innerRadius, int minPixels) {
        NeuropilRings rings = new NeuropilRings(rows, cols, masks);
        List<PixelMask> out = new ArrayList<>(masks.size());
        for (PixelMask mask : masks) {
            out.add(rings.ring(mask, innerRadius, minPixels));
        }
        return out;
    }

    private PixelMask ring(PixelMask mask, int innerRadius, int minPixels) {
        GrownRoi grown = GrownRoi.of(mask, rows, cols, innerRadius);
        if (grown == null) {
            return new PixelMask(new int[0], new int[0], new float[0]);
        }
        int[] box = grown.bounds();
        long validInGrown = grown.count((r, c) -> !cell[r * cols + c]);
        int step = 1;
        while (step < MAX_STEPS && validIn(expanded(box, step)) - validInGrown <= minPixels) {
            step++;
        }
        return pixelsOf(expanded(box, step), grown);
    }

    /** The box grown {@code steps} times by {@link #STEP} pixels a side, clipped: inclusive {r0, c0, r1, c1}. */
    private int[] expanded(int[] box, int steps) {
        int by = steps * STEP;
        return new int[] {Math.max(0, box[0] - by), Math.max(0, box[1] - by), Math.min(rows - 1, box[2] + by),
            Math.min(cols - 1, box[3] + by)};
    }

    private PixelMask pixelsOf(int[] box, GrownRoi grown) {
        List<int[]> picked = new ArrayList<>();
        for (int r = box[0]; r <= box[2]; r++) {
            for (int c = box[1]; c <= box[3]; c++) {
                if (!grown.contains(r, c) && !cell[r * cols + c]) {
                    picked.add(new int[] {r, c});
                }
            }
        }
        int[] rs = new int[picked.size()];
        int[] cs = new int[picked.size()];
        float[] ws = new float[picked.size()];
        for (int i = 0; i < rs.length; i++) {
            rs[i] = picked.get(i)[0];
            cs[i] = picked.get(i)[1];
            ws[i] = 1f;
        }
        return new PixelMask(rs, cs, ws);
    }

    /** Valid pixels in an inclusive box, from 2-D prefix sums. */
    private long validIn(int[] box) {
        return at(box[2] + 1, box[3] + 1) - at(box[0], box[3] + 1) - at(box[2] + 1, box[1]) + at(box[0], box[1]);
    }

    private long at(int r, int c) {
        return validBelow[r * (cols + 1) + c];
    }

    private long[] validPrefixSums() {
        long[] sums = new long[(rows + 1) * (cols + 1)];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                long here = cell[r * cols + c] ? 0 : 1;
                sums[(r + 1) * (cols + 1) + c + 1] = here + sums[r * (cols + 1) + c + 1]
                        + sums[(r + 1) * (cols + 1) + c] - sums[r * (cols + 1) + c];
            }
        }
        return sums;
    }

    /** A pixel index and its weight. */
    @FunctionalInterface
    interface WeightConsumer {
        void accept(int pixel, float weight);
    }

    /** Each non-zero weight of {@code mask} inside the rows × cols frame, with its pixel index. */
    static void forEachWeight(PixelMask mask, int rows, int cols, WeightConsumer action) {
        for (int i = 0; i < mask.size(); i++) {
            int r = mask.rows()[i];
            int c = mask.cols()[i];
            if (mask.weights()[i] != 0 && r >= 0 && r < rows && c >= 0 && c < cols) {
                action.accept(r * cols + c, mask.weights()[i]);
            }
        }
    }

    /** Each pixel of {@code mask} with a non-zero weight inside the rows × cols frame. */
    static void forEachPixel(PixelMask mask, int rows, int cols, IntConsumer action) {
        forEachWeight(mask, rows, cols, (p, w) -> action.accept(p));
    }
}
