package io.github.ophysio.summary;

/** Each pair of 8-neighbours of a rows × cols plane, once: pixel i and its neighbour j in direction p. */
final class NeighbourPairs {

    /** Row and column steps of the four directions kept in {@link PixelSums#products}. */
    static final int[][] STEPS = {{0, 1}, {1, 0}, {1, 1}, {1, -1}};

    interface Pair {
        void accept(int direction, int i, int j);
    }

    private NeighbourPairs() {
    }

    static void forEach(int rows, int cols, Pair pair) {
        for (int p = 0; p < STEPS.length; p++) {
            for (int r = 0; r + STEPS[p][0] < rows; r++) {
                for (int c = 0; c < cols; c++) {
                    int c2 = c + STEPS[p][1];
                    if (c2 >= 0 && c2 < cols) {
                        pair.accept(p, r * cols + c, (r + STEPS[p][0]) * cols + c2);
                    }
                }
            }
        }
    }
}
