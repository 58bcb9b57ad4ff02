package io.github.ophysio.io.hdf5;

import io.github.ophysio.error.CorruptFileException;
import io.github.ophysio.error.UnsupportedFormatException;
import io.github.ophysio.io.ChunkCache;
import io.github.ophysio.io.ChunkElements;
import io.github.ophysio.io.MappedFile;
import io.github.ophysio.io.Sizes;
import io.github.ophysio.model.PixelType;
import io.github.ophysio.model.PlaneSource;
import io.github.ophysio.model.SampleShape;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * One channel of a chunked dataset. A plane read touches only the chunks that intersect it; each
 * is decoded once and kept in a small per-dataset {@link ChunkCache}, since a chunk usually spans
 * several frames. Chunks never written read as the dataset's fill value.
 */
final class ChunkedImaging extends PlaneSource {

    private final MappedFile file;
    private final Hdf5Array array;
    private final AxisMap axes;
    private final int channel;
    private final int[] chunkDims;
    private final long[] chunkStrides;
    private final int chunkBytes;
    private final long rowChunks;
    private final long colChunks;
    private final ChunkCache cache;

    ChunkedImaging(MappedFile file, Hdf5Array array, AxisMap axes, int channel) {
        this.file = file;
        this.array = array;
        this.axes = axes;
        this.channel = channel;
        this.chunkDims = array.chunks().chunkDims();
        long[] dims = java.util.Arrays.stream(chunkDims).asLongStream().toArray();
        this.chunkStrides = AxisMap.cOrderStrides(dims);
        this.chunkBytes = chunkBytes(array, dims);
        this.rowChunks = ceilDiv(axes.rows(), chunkDims[axes.y()]);
        this.colChunks = ceilDiv(axes.cols(), chunkDims[axes.x()]);
        // room for two planes' worth of chunks, so a plane's chunks never evict each other
        this.cache = new ChunkCache(Math.max(ChunkCache.DEFAULT_BYTES, 2 * rowChunks * colChunks * chunkBytes));
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
        long[] grid = new long[axes.rank()];
        for (int d = 0; d < grid.length; d++) {
            grid[d] = position[d] / chunkDims[d];
        }
        List<long[]> grids = planeChunks(grid);
        decodeMissing(grids);
        for (long[] chunk : grids) {
            copyFromChunk(chunk, position, dest);
        }
    }

    /** Grid positions of the chunks a plane touches: every (row, column) chunk at the plane's other coordinates. */
    private List<long[]> planeChunks(long[] grid) {
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
        List<ChunkIndex.Stored> missing = grids.stream().map(array.chunks()::at)
                .filter(s -> s != null && !cache.has(s.address())).toList();
        if (missing.size() > 1) {
            missing.parallelStream().forEach(s -> cache.get(s.address(), () -> decode(s)));
        }
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

    /** The decoded chunk at {@code grid}: from the cache, decoded now, or null where none is stored. */
    private ByteBuffer chunk(long[] grid) {
        ChunkIndex.Stored stored = array.chunks().at(grid);
        return stored == null ? null : cache.get(stored.address(), () -> decode(stored));
    }

    private ByteBuffer decode(ChunkIndex.Stored stored) {
        byte[] raw = rawBytes(array.base() + stored.address(), stored.size());
        byte[] bytes = array.filters().decode(raw, stored.filterMask(), chunkBytes);
        if (bytes.length < chunkBytes) {
            throw new CorruptFileException(array.file(), "a chunk of " + array.path() + " decodes to " + bytes.length
                    + " bytes, expected " + chunkBytes);
        }
        return ByteBuffer.wrap(bytes).order(array.order());
    }

    private byte[] rawBytes(long at, int size) {
        byte[] raw = new byte[size];
        int done = 0;
        while (done < size) {
            ByteBuffer window = file.from(at + done, array.order());
            int n = Math.min(size - done, window.capacity());
            window.get(0, raw, done, n);
            done += n;
        }
        return raw;
    }

    /** Bytes of one decoded chunk; HDF5 allows chunks up to 4 GiB, a Java array holds 2 GiB. */
    private static int chunkBytes(Hdf5Array array, long[] dims) {
        BigInteger bytes = Sizes.bytes(dims, array.type().bytes());
        if (bytes.compareTo(BigInteger.valueOf(Integer.MAX_VALUE - 8)) > 0) {
            throw new UnsupportedFormatException(array.file(), "dataset " + array.path() + " has chunks of shape "
                    + Sizes.shapeText(dims) + ", " + bytes + " bytes each (at most " + (Integer.MAX_VALUE - 8) + ")");
        }
        return bytes.intValue();
    }

    private static long ceilDiv(long a, long b) {
        return (a + b - 1) / b;
    }
}
