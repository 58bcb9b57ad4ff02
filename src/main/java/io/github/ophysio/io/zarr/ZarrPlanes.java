package io.github.ophysio.io.zarr;

import io.github.ophysio.error.UnsupportedFormatException;
import io.github.ophysio.io.AxisMap;
import io.github.ophysio.io.ChunkedPlanes;
import io.github.ophysio.io.Sizes;
import java.nio.ByteBuffer;
import java.util.List;

/**
 * One channel of a zarr array read plane by plane, as HDF5 chunks are ({@link ChunkedPlanes}). Every
 * chunk has a key (its index in the chunk grid); a chunk with no file decodes to an empty buffer, which
 * the cache remembers and which reads as the fill value.
 */
final class ZarrPlanes extends ChunkedPlanes {

    private final ZarrArray array;

    ZarrPlanes(ZarrArray array, AxisMap axes, int channel) {
        super(axes, channel, array.chunks(), array.chunkStrides(), array.chunkBytes(), array.type(), array.fill());
        this.array = array;
        requireFits(array, axes);
    }

    @Override
    protected long key(long[] grid) {
        return array.key(grid);
    }

    @Override
    protected ByteBuffer decode(long[] grid) {
        return array.decode(grid, arrays());
    }

    private static void requireFits(ZarrArray array, AxisMap axes) {
        for (long size : List.of(axes.samples(), axes.rows(), axes.cols(), axes.planes())) {
            if (size == 0) {
                throw new UnsupportedFormatException(array.path(), "an empty recording: the array has shape "
                        + Sizes.shapeText(array.shape()) + " (nothing to show)");
            }
            if (size > Integer.MAX_VALUE) {
                throw new UnsupportedFormatException(array.path(), "the array has an axis of " + size
                        + " elements (at most " + Integer.MAX_VALUE + " per axis)");
            }
        }
        if (axes.rows() * axes.cols() > Integer.MAX_VALUE - 8) {
            throw new UnsupportedFormatException(array.path(), "planes of " + axes.rows() + " x " + axes.cols()
                    + " pixels (too many for one Java array)");
        }
    }
}
