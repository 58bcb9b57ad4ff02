package io.github.ophysio.io.hdf5;

import io.github.ophysio.error.CorruptFileException;
import io.github.ophysio.error.UnsupportedFormatException;
import io.github.ophysio.io.ArrayLayout;
import io.github.ophysio.io.AxisMap;
import io.github.ophysio.io.MappedFile;
import io.github.ophysio.io.StridedPlanes;
import io.github.ophysio.model.PlaneSource;
import io.github.ophysio.model.PixelType;
import io.jhdf.api.Dataset;
import io.jhdf.api.dataset.ChunkedDataset;
import io.jhdf.api.dataset.ContiguousDataset;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A numeric dataset as read from its metadata: shape, element type, and where its bytes lie
 * (one contiguous block, or chunks through their index and filters). Holds no open file; planes
 * are read through memory-mapped windows.
 */
public final class Hdf5Array {

    private final Path file;
    private final String path;
    private final long[] shape;
    private final PixelType type;
    private final ByteOrder order;
    private final long base;
    private final long address;
    private final ChunkIndex chunks;
    private final ChunkFilters filters;
    private final String layout;
    private final Number fill;

    private Hdf5Array(Path file, String path, long[] shape, PixelType type, ByteOrder order, long base, long address,
            ChunkIndex chunks, ChunkFilters filters, String layout, Number fill) {
        this.file = file;
        this.path = path;
        this.shape = shape;
        this.type = type;
        this.order = order;
        this.base = base;
        this.address = address;
        this.chunks = chunks;
        this.filters = filters;
        this.layout = layout;
        this.fill = fill;
    }

    /** Reads the metadata of {@code dataset}; unsupported for non-numeric types, compact layout or unknown filters. */
    public static Hdf5Array of(Path file, Dataset dataset) {
        String where = dataset.getPath();
        PixelType type = Hdf5Types.pixelType(dataset.getDataType()).orElseThrow(() -> new UnsupportedFormatException(file,
                "dataset " + where + " holds " + Hdf5Types.name(dataset.getDataType())
                        + " values; recordings must be (u)int8-64, float32 or float64"));
        ByteOrder order = Hdf5Types.byteOrder(dataset.getDataType());
        long[] shape = dataset.getDimensionsAsLong();
        long base = dataset.getHdfFile().getUserBlockSize();
        Path data = dataset.getFileAsPath() == null ? file : dataset.getFileAsPath();
        long fileSize = MappedFile.open(data).size();
        if (dataset instanceof ContiguousDataset contiguous) {
            long address = contiguous.getDataAddress();
            checkContiguous(file, where, base + address, dataset.getSizeInBytes(), fileSize, address);
            return new Hdf5Array(data, where, shape, type, order, base, address, null, null, "contiguous", 0);
        }
        if (dataset instanceof ChunkedDataset chunked) {
            ChunkFilters filters = ChunkFilters.of(file, where, ChunkFilters.filtersOf(file, chunked));
            ChunkIndex index = ChunkIndex.of(file, chunked, fileSize - base);
            String pipeline = ChunkFilters.describe(chunked);
            String text = "chunked " + tuple(chunked.getChunkDimensions()) + (pipeline.isEmpty() ? "" : " " + pipeline);
            return new Hdf5Array(data, where, shape, type, order, base, -1, index, filters, text, fillValue(dataset));
        }
        throw new UnsupportedFormatException(file, "dataset " + where + " is stored compact (in its header);"
                + " recordings must be contiguous or chunked");
    }

    public String path() {
        return path;
    }

    public long[] shape() {
        return shape.clone();
    }

    public PixelType type() {
        return type;
    }

    /** "contiguous" or "chunked (4, 4, 5) deflate (gzip)+shuffle". */
    public String layout() {
        return layout;
    }

    /** One channel ({@code channel} along the c axis, 0 when none) as a recording with no facts of its own. */
    public PlaneSource open(AxisMap axes, int channel) {
        requireFits(axes);
        if (chunks != null) {
            return new ChunkedImaging(MappedFile.open(file), this, axes, channel);
        }
        long[] strides = AxisMap.cOrderStrides(shape);
        long start = base + address + (axes.c() < 0 ? 0 : channel * strides[axes.c()] * type.bytes());
        long[] sizes = {axes.samples(), axes.rows(), axes.cols(), axes.planes()};
        long[] layoutStrides = {axes.t() < 0 ? 0 : strides[axes.t()], strides[axes.y()], strides[axes.x()],
            axes.z() < 0 ? 1 : strides[axes.z()]};
        ArrayLayout array = new ArrayLayout(type, order, start, sizes, layoutStrides);
        return new StridedPlanes(MappedFile.open(file), array, StridedPlanes.PLANES);
    }

    // ---- for ChunkedImaging

    ByteOrder order() {
        return order;
    }

    long base() {
        return base;
    }

    ChunkIndex chunks() {
        return chunks;
    }

    ChunkFilters filters() {
        return filters;
    }

    /** What chunks never written hold: the dataset's fill value (0 when it states none). */
    Number fill() {
        return fill;
    }

    Path file() {
        return file;
    }

    /** "(6, 7, 9)". */
    public static String tuple(long[] dims) {
        return Arrays.stream(dims).mapToObj(Long::toString).collect(Collectors.joining(", ", "(", ")"));
    }

    static String tuple(int[] dims) {
        return tuple(Arrays.stream(dims).asLongStream().toArray());
    }

    private static Number fillValue(Dataset dataset) {
        try {
            return dataset.getFillValue() instanceof Number n ? n : 0;
        } catch (RuntimeException e) {
            return 0; // a fill value jhdf cannot read: HDF5's own default fill is 0
        }
    }

    private void requireFits(AxisMap axes) {
        for (long size : List.of(axes.samples(), axes.rows(), axes.cols(), axes.planes())) {
            if (size == 0) {
                throw new UnsupportedFormatException(file, "an empty recording: dataset " + path + " has shape "
                        + tuple(shape) + " (nothing to show)");
            }
            if (size > Integer.MAX_VALUE) {
                throw new UnsupportedFormatException(file, "dataset " + path + " has an axis of " + size
                        + " elements (at most " + Integer.MAX_VALUE + " per axis)");
            }
        }
        if (axes.rows() * axes.cols() > Integer.MAX_VALUE - 8) {
            throw new UnsupportedFormatException(file, "dataset " + path + " has planes of " + axes.rows() + " x "
                    + axes.cols() + " pixels (too many for one Java array)");
        }
    }

    private static void checkContiguous(Path file, String where, long start, long bytes, long fileSize, long address) {
        if (address < 0 || address == 0xFFFFFFFFFFFFFFFFL) {
            throw new UnsupportedFormatException(file, "dataset " + where + " has no data stored (never written)");
        }
        if (start + bytes > fileSize) {
            throw new CorruptFileException(file, "dataset " + where + " needs bytes " + start + " to " + (start + bytes)
                    + ", the file has " + fileSize + " (truncated?)");
        }
    }
}
