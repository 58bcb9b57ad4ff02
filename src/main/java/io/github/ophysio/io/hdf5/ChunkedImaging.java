package io.github.ophysio.io.hdf5;

import io.github.ophysio.error.CorruptFileException;
import io.github.ophysio.error.UnsupportedFormatException;
import io.github.ophysio.io.AxisMap;
import io.github.ophysio.io.ChunkedPlanes;
import io.github.ophysio.io.MappedFile;
import io.github.ophysio.io.Sizes;
import java.math.BigInteger;
import java.nio.ByteBuffer;

/**
 * One channel of a chunked dataset ({@link ChunkedPlanes}): a chunk's key is its address in the file;
 * chunks the index does not list were never written and read as the dataset's fill value.
 */
final class ChunkedImaging extends ChunkedPlanes {

    private final MappedFile file;
    private final Hdf5Array array;
    private final int chunkBytes;

    ChunkedImaging(MappedFile file, Hdf5Array array, AxisMap axes, int channel) {
        this(file, array, axes, channel, java.util.Arrays.stream(array.chunks().chunkDims()).asLongStream().toArray());
    }

    private ChunkedImaging(MappedFile file, Hdf5Array array, AxisMap axes, int channel, long[] dims) {
        super(axes, channel, array.chunks().chunkDims(), AxisMap.cOrderStrides(dims), chunkBytes(array, dims),
                array.type(), array.fill());
        this.file = file;
        this.array = array;
        this.chunkBytes = chunkBytes(array, dims);
    }

    @Override
    protected long key(long[] grid) {
        ChunkIndex.Stored stored = array.chunks().at(grid);
        return stored == null ? -1 : stored.address();
    }

    @Override
    protected ByteBuffer decode(long[] grid) {
        return decode(array.chunks().at(grid));
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
}
