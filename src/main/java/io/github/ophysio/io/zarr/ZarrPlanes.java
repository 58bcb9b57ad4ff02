package io.github.ophysio.io.zarr;

import io.github.ophysio.error.UnsupportedFormatException;
import io.github.ophysio.io.ChunkCache;
import io.github.ophysio.io.ChunkElements;
import io.github.ophysio.io.Sizes;
import io.github.ophysio.io.hdf5.AxisMap;
import io.github.ophysio.model.PixelType;
import io.github.ophysio.model.PlaneSource;
import io.github.ophysio.model.SampleShape;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * One channel of a zarr array read plane by plane, as HDF5 chunks are: a plane touches only the chunks
 * that intersect it, each decoded once into the bounded {@link ChunkCache} (a chunk usually spans
 * several frames), a plane's missing chunks decoded on every core at once. Chunks with no file read
 * as the fill value.
 */
final class ZarrPlanes extends PlaneSource {

    private final ZarrArray array;
    private final AxisMap axes;
    private final int channel;
    private final int[] chunkDims;
    private final long[] chunkStrides;
    private final long rowChunks;
    private final long colChunks;
    private final ChunkCache cache;

    ZarrPlanes(ZarrArray array, AxisMap axes, int channel) {
        this.array = array;
        this.axes = axes;
        this.channel = channel;
        this.chunkDims = array.chunks();
        this.chunkStrides = array.chunkStrides();
        this.rowChunks = ceilDiv(axes.rows(), chunkDims[axes.y()]);
        this.colChunks = ceilDiv(axes.cols(), chunkDims[axes.x()]);
        requireFits();
        // room for two planes' worth of chunks, so a plane's chunks never evict each other
        this.cache = new ChunkCache(Math.max(ChunkCache.DEFAULT_BYTES, 2 * rowChunks * colChunks * array.chunkBytes()));
    }

    @Override
    public int getNumSamples() {
        return (int) axes.samples();
    }

    @Override
    public SampleShape getSampleShape() {
        return new SampleShape((int) axes.rows(), (int) axes.cols(), (int) axes.planes());
    }

    @Override
    public PixelType getPixelType() {
        return array.type();
    }

    @Override
    public void readPlane(int sample, int plane, Object dest) {
        checkSample(sample);
        checkPlane(plane);
        long[] position = axes.planeOrigin(sample, plane, channel);
        List<long[]> grids = planeChunks(position);
        decodeMissing(grids);
        for (long[] grid : grids) {
            copyFromChunk(grid, position, dest);
        }
    }

    /** Grid positions of the chunks a plane touches: every (row, column) chunk at the plane's other coordinates. */
    private List<long[]> planeChunks(long[] position) {
        long[] grid = new long[position.length];
        for (int d = 0; d < grid.length; d++) {
            grid[d] = position[d] / chunkDims[d];
        }
        List<long[]> grids = new ArrayList<>();
        for (long gy = 0; gy < rowChunks; gy++) {
            for (long gx = 0; gx < colChunks; gx++) {
                long[] chunk = grid.clone();
                chunk[axes.y()] = gy;
                chunk[axes.x()] = gx;
                grids.add(chunk);
            }
        }
        return grids;
    }

    /** Decodes the plane's chunks not yet cached, on every core when there are several (decoding dominates). */
    private void decodeMissing(List<long[]> grids) {
        List<long[]> missing = grids.stream().filter(g -> !cache.has(array.key(g))).toList();
        if (missing.size() > 1) {
            missing.parallelStream().forEach(this::chunk);
        }
    }

    private ByteBuffer chunk(long[] grid) {
        return ZarrArray.stored(cache.get(array.key(grid), () -> array.decode(grid)));
    }

    /** Copies the part of the plane that chunk {@code grid} holds into {@code dest}. */
    private void copyFromChunk(long[] grid, long[] position, Object dest) {
        ByteBuffer chunk = chunk(grid);
        long start = 0;
        for (int d = 0; d < grid.length; d++) {
            if (d != axes.y() && d != axes.x()) {
                start += (position[d] - grid[d] * chunkDims[d]) * chunkStrides[d];
            }
        }
        int cols = (int) axes.cols();
        int row0 = (int) (grid[axes.y()] * chunkDims[axes.y()]);
        int col0 = (int) (grid[axes.x()] * chunkDims[axes.x()]);
        int rowEnd = (int) Math.min(axes.rows(), row0 + chunkDims[axes.y()]);
        int width = (int) Math.min(cols, col0 + chunkDims[axes.x()]) - col0;
        for (int r = row0; r < rowEnd; r++) {
            long element = start + (r - row0) * chunkStrides[axes.y()];
            ChunkElements.copy(chunk, element, (int) chunkStrides[axes.x()], dest, r * cols + col0, width, array.fill());
        }
    }

    private void requireFits() {
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

    private static long ceilDiv(long a, long b) {
        return (a + b - 1) / b;
    }
}
