package io.github.ophysio.io;

import io.github.ophysio.model.PixelType;
import io.github.ophysio.model.PlaneSource;
import io.github.ophysio.model.SampleShape;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;

/**
 * One channel of a chunked array (an HDF5 dataset, a zarr array) read plane by plane. A plane touches
 * only the chunks that intersect it; each is decoded once into a bounded {@link ChunkCache} (a chunk
 * usually spans several frames) with room for two chunk rows along time of every plane (at least of one, so a
 * plane's chunks never evict each other). Decoding dominates, so a plane's missing chunks are decoded on every
 * core at once, and the pool's threads go on with the next chunk row along time while this thread copies frames
 * out (frames are mostly read in order): reading a movie frame by frame keeps both cores of a laptop busy, and at
 * most one row is decoded in vain when frames are read out of order. A volume whose two rows of every plane
 * would take more than {@link #READ_AHEAD_BYTES} is read without read-ahead. Chunks never written read as the
 * fill value. Subclasses say where a chunk is and how it decodes.
 */
public abstract class ChunkedPlanes extends PlaneSource {

    /**
     * The most a cache grows to so that rows can be read ahead for every plane of a volume (two chunk rows each);
     * a volume needing more is read without read-ahead, since rows read ahead would evict each other unused.
     */
    static final long READ_AHEAD_BYTES = 128L << 20;

    private final AxisMap axes;
    private final int channel;
    private final int[] chunkDims;
    private final long[] chunkStrides;
    private final PixelType type;
    private final Number fill;
    private final long rowChunks;
    private final long colChunks;
    private final ChunkCache cache;
    /** Whether the cache holds the current and the next chunk row of every plane, so a row read ahead stays. */
    private final boolean readAhead;

    /**
     * @param chunkStrides element strides inside a decoded chunk (C or F order)
     * @param chunkBytes   bytes of one decoded chunk, which sizes the cache
     */
    protected ChunkedPlanes(AxisMap axes, int channel, int[] chunkDims, long[] chunkStrides, int chunkBytes,
            PixelType type, Number fill) {
        this.axes = axes;
        this.channel = channel;
        this.chunkDims = chunkDims.clone();
        this.chunkStrides = chunkStrides.clone();
        this.type = type;
        this.fill = fill;
        this.rowChunks = ceilDiv(axes.rows(), chunkDims[axes.y()]);
        this.colChunks = ceilDiv(axes.cols(), chunkDims[axes.x()]);
        long twoRows = 2 * rowChunks * colChunks * chunkBytes;
        long everyPlane = twoRows * (axes.z() < 0 ? 1 : ceilDiv(axes.planes(), chunkDims[axes.z()]));
        long bytes = Math.max(ChunkCache.DEFAULT_BYTES, Math.max(twoRows, Math.min(everyPlane, READ_AHEAD_BYTES)));
        this.cache = new ChunkCache(bytes);
        this.readAhead = bytes >= everyPlane;
    }

    /** The cache key of the chunk at grid position {@code grid}, or -1 when the file stores no such chunk. */
    protected abstract long key(long[] grid);

    /** The decoded chunk at {@code grid}; an empty buffer when it turns out to hold only the fill value. */
    protected abstract ByteBuffer decode(long[] grid);

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
        return type;
    }

    @Override
    public void readPlane(int sample, int plane, Object dest) {
        checkSample(sample);
        checkPlane(plane);
        long[] position = axes.planeOrigin(sample, plane, channel);
        List<long[]> grids = planeChunks(position);
        List<long[]> missing = missing(grids);
        if (!missing.isEmpty()) {
            decodeWithHelp(missing, position);
        }
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

    /**
     * Decodes a plane's missing chunks, helped by the pool's threads, and has them go on with the next chunk row
     * along time (frames are mostly read in order): each chunk is decoded by the first thread to claim it, and this
     * thread claims every chunk no other has started before it waits for any.
     */
    private void decodeWithHelp(List<long[]> missing, long[] position) {
        for (int i = missing.size() - 1; i > 0; i--) {
            inBackground(missing.get(i));
        }
        if (readAhead) {
            nextChunkRow(position).forEach(this::inBackground);
        }
        missing.forEach(this::claim);
    }

    /** Queues {@link #claim} on the common pool; a failure there is forgotten and met again by the reader. */
    private void inBackground(long[] grid) {
        ForkJoinPool.commonPool().execute(() -> claim(grid));
    }

    /** Decodes the chunk at {@code grid} here unless it is cached or another thread has started it. */
    private void claim(long[] grid) {
        cache.prefetch(key(grid), () -> decode(grid));
    }

    /** The stored chunks among {@code grids} that no thread has decoded or started to. */
    private List<long[]> missing(List<long[]> grids) {
        return grids.stream().filter(g -> {
            long key = key(g);
            return key >= 0 && !cache.has(key);
        }).toList();
    }

    /** The missing chunks of the plane one chunk further along time, if there is one (none for a still image). */
    private List<long[]> nextChunkRow(long[] position) {
        int t = axes.t();
        if (t < 0) {
            return List.of();
        }
        long[] next = position.clone();
        next[t] = (position[t] / chunkDims[t] + 1) * chunkDims[t];
        return next[t] < axes.samples() ? missing(planeChunks(next)) : List.of();
    }

    /** Arrays of chunks that left the cache, to decode into (a decoder overwrites every byte of one it takes). */
    protected ChunkArrays arrays() {
        return cache.arrays();
    }

    /** Copies the part of the plane that chunk {@code grid} holds into {@code dest}, the fill value where none is stored. */
    private void copyFromChunk(long[] grid, long[] position, Object dest) {
        long key = key(grid);
        if (key < 0) {
            copyRows(null, grid, position, dest);
        } else {
            cache.read(key, () -> decode(grid), chunk -> copyRows(chunk.capacity() == 0 ? null : chunk, grid, position,
                    dest));
        }
    }

    /** Copies the plane's rows that {@code chunk} (null: only the fill value) holds into {@code dest}. */
    private void copyRows(ByteBuffer chunk, long[] grid, long[] position, Object dest) {
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
            ChunkElements.copy(chunk, element, (int) chunkStrides[axes.x()], dest, r * cols + col0, width, fill);
        }
    }

    private static long ceilDiv(long a, long b) {
        return (a + b - 1) / b;
    }
}
