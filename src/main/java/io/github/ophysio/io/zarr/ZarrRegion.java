package io.github.ophysio.io.zarr;

import io.github.ophysio.model.PixelType;
import java.nio.ByteBuffer;
import java.util.function.Function;

/**
 * A box [start, start + count) of an array read as doubles in C order: every chunk the box touches
 * is fetched once and the part inside the box copied element by element (masks, traces and
 * coordinates are small next to movies, which go through {@link ZarrPlanes}).
 */
final class ZarrRegion {

    private final ZarrArray array;
    private final long[] start;
    private final int[] count;
    private final int[] chunks;
    private final long[] chunkStrides;

    ZarrRegion(ZarrArray array, long[] start, int[] count) {
        long[] shape = array.shape();
        if (start.length != shape.length || count.length != shape.length) {
            throw new IllegalArgumentException("a box of rank " + start.length + " in an array of rank " + shape.length);
        }
        for (int d = 0; d < shape.length; d++) {
            if (start[d] < 0 || count[d] < 0 || start[d] + count[d] > shape[d]) {
                throw new IndexOutOfBoundsException("dimension " + d + ": [" + start[d] + ", " + (start[d] + count[d])
                        + ") outside [0, " + shape[d] + ")");
            }
        }
        this.array = array;
        this.start = start.clone();
        this.count = count.clone();
        this.chunks = array.chunks();
        this.chunkStrides = array.chunkStrides();
    }

    /** The box's values; {@code chunk} gives the decoded chunk at a grid position (null: fill value). */
    double[] read(Function<long[], ByteBuffer> chunk) {
        long total = 1;
        for (int c : count) {
            total = Math.multiplyExact(total, c);
        }
        double[] out = new double[Math.toIntExact(total)];
        if (total == 0) {
            return out;
        }
        int rank = count.length;
        long[] first = new long[rank];
        long[] last = new long[rank];
        for (int d = 0; d < rank; d++) {
            first[d] = start[d] / chunks[d];
            last[d] = (start[d] + count[d] - 1) / chunks[d];
        }
        long[] grid = first.clone();
        do {
            copy(grid, chunk.apply(grid.clone()), out);
        } while (next(grid, first, last));
        return out;
    }

    /** Copies the part of chunk {@code grid} inside the box. */
    private void copy(long[] grid, ByteBuffer data, double[] out) {
        int rank = count.length;
        long[] lo = new long[rank];
        long[] hi = new long[rank];
        for (int d = 0; d < rank; d++) {
            long c0 = grid[d] * chunks[d];
            lo[d] = Math.max(start[d], c0);
            hi[d] = Math.min(start[d] + count[d], c0 + chunks[d]) - 1;
        }
        long[] at = lo.clone();
        double fill = array.fill().doubleValue();
        PixelType type = array.type();
        do {
            long element = 0;
            long index = 0;
            for (int d = 0; d < rank; d++) {
                element += (at[d] - grid[d] * chunks[d]) * chunkStrides[d];
                index = index * count[d] + (at[d] - start[d]);
            }
            out[(int) index] = data == null ? fill : ChunkValues.get(data, type, element);
        } while (next(at, lo, hi));
    }

    /** Advances {@code at} through the box [lo, hi] (inclusive) in C order; false after the last. */
    private static boolean next(long[] at, long[] lo, long[] hi) {
        for (int d = at.length - 1; d >= 0; d--) {
            if (at[d] < hi[d]) {
                at[d]++;
                return true;
            }
            at[d] = lo[d];
        }
        return false;
    }
}
