package io.github.ophysio.traces;

import io.github.ophysio.model.PixelMask;

/**
 * A ROI's non-zero pixels grown by 4-connected steps (suite2p's {@code extendROI}), kept in a local
 * box so that growing thousands of ROIs costs their size, not the frame's.
 */
final class GrownRoi {

    /** Tests one pixel of the frame. */
    @FunctionalInterface
    interface PixelTest {
        boolean test(int row, int col);
    }

    private final int row0;
    private final int col0;
    private final int height;
    private final int width;
    private final boolean[] in;

    private GrownRoi(int row0, int col0, int height, int width) {
        this.row0 = row0;
        this.col0 = col0;
        this.height = height;
        this.width = width;
        this.in = new boolean[height * width];
    }

    /** {@code mask}'s pixels inside the rows × cols frame grown {@code steps} times, or null when none is inside. */
    static GrownRoi of(PixelMask mask, int rows, int cols, int steps) {
        int[] box = mask.bbox();
        if (box[2] <= box[0]) {
            return null;
        }
        int r0 = Math.max(0, box[0] - steps);
        int c0 = Math.max(0, box[1] - steps);
        GrownRoi grown = new GrownRoi(r0, c0, Math.min(rows, box[2] + steps) - r0, Math.min(cols, box[3] + steps) - c0);
        if (grown.height <= 0 || grown.width <= 0) {
            return null;
        }
        NeuropilRings.forEachPixel(mask, rows, cols, p -> grown.set(p / cols, p % cols));
        for (int k = 0; k < steps; k++) {
            grown.step();
        }
        return grown.bounds() == null ? null : grown;
    }

    boolean contains(int row, int col) {
        int r = row - row0;
        int c = col - col0;
        return r >= 0 && r < height && c >= 0 && c < width && in[r * width + c];
    }

    /** Inclusive bounds {row0, col0, row1, col1} in the frame, or null when empty. */
    int[] bounds() {
        int[] box = {Integer.MAX_VALUE, Integer.MAX_VALUE, -1, -1};
        for (int i = 0; i < in.length; i++) {
            if (in[i]) {
                box[0] = Math.min(box[0], row0 + i / width);
                box[1] = Math.min(box[1], col0 + i % width);
                box[2] = Math.max(box[2], row0 + i / width);
                box[3] = Math.max(box[3], col0 + i % width);
            }
        }
        return box[2] < 0 ? null : box;
    }

    /** How many of its pixels pass {@code test}. */
    long count(PixelTest test) {
        long n = 0;
        for (int i = 0; i < in.length; i++) {
            n += in[i] && test.test(row0 + i / width, col0 + i % width) ? 1 : 0;
        }
        return n;
    }

    private void set(int row, int col) {
        int r = row - row0;
        int c = col - col0;
        if (r >= 0 && r < height && c >= 0 && c < width) {
            in[r * width + c] = true;
        }
    }

    private void step() {
        boolean[] before = in.clone();
        for (int i = 0; i < before.length; i++) {
            if (before[i]) {
                int row = row0 + i / width;
                int col = col0 + i % width;
                set(row - 1, col);
                set(row + 1, col);
                set(row, col - 1);
                set(row, col + 1);
            }
        }
    }
}
