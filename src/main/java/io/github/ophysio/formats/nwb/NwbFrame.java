package io.github.ophysio.formats.nwb;

/**
 * The size of an imaging plane, (rows, cols), and where it was read (a series' data, a summary
 * image, or the masks themselves).
 */
record NwbFrame(int rows, int cols, String source) {

    int[] shape() {
        return new int[] {rows, cols};
    }

    /** "7 x 9". */
    String describe() {
        return rows + " x " + cols;
    }

    /** (rows, cols) of a stored (x, y) shape, x the row or the column. */
    static NwbFrame ofXy(long x, long y, boolean xIsRow, String source) {
        return xIsRow ? new NwbFrame((int) x, (int) y, source) : new NwbFrame((int) y, (int) x, source);
    }
}
