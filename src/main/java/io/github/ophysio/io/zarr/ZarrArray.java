package io.github.ophysio.io.zarr;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.github.ophysio.error.FileText;
import io.github.ophysio.error.UnsupportedFormatException;
import io.github.ophysio.io.ChunkArrays;
import io.github.ophysio.io.ChunkCache;
import io.github.ophysio.io.Dtypes;
import io.github.ophysio.io.Sizes;
import io.github.ophysio.io.AxisMap;
import io.github.ophysio.model.PixelType;
import io.github.ophysio.model.PlaneSource;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One zarr v2 array of a directory store, as its {@code .zarray} and {@code .zattrs} describe it:
 * shape, chunks, dtype, C or F order, fill value, compressor, and xarray's dimension names. Chunks
 * are read from their files on request ({@code i.j.k}, or {@code i/j/k} with
 * {@code dimension_separator "/"}); a chunk with no file holds the fill value; edge chunks are stored
 * whole (padded), as zarr writes them. Holds no open file.
 */
public final class ZarrArray {

    public static final String ZARRAY = ".zarray";
    public static final String ZATTRS = ".zattrs";
    public static final String ZGROUP = ".zgroup";
    /** xarray's attribute naming the dimensions. */
    public static final String DIMENSIONS = "_ARRAY_DIMENSIONS";

    private final Path dir;
    private final long[] shape;
    private final int[] chunks;
    private final PixelType type;
    private final ByteOrder order;
    private final boolean fortran;
    private final Number fill;
    private final ZarrCompressor compressor;
    private final String separator;
    private final JsonObject attributes;
    private final long[] chunkStrides;
    private final long[] gridCounts;
    private final int chunkBytes;
    private final ChunkCache regionCache = new ChunkCache(ChunkCache.DEFAULT_BYTES);

    /** @param file the file {@code meta} came from (the {@code .zarray}, or the consolidated {@code .zmetadata}) */
    private ZarrArray(Path dir, Path file, JsonObject meta, JsonObject attributes) {
        this.dir = dir;
        this.shape = ZarrMeta.longs(file, meta, "shape");
        this.chunks = ZarrMeta.chunks(file, meta, shape);
        String dtype = ZarrMeta.dtype(file, meta);
        this.type = Dtypes.pixelType(file, dtype);
        this.order = Dtypes.byteOrder(dtype);
        this.fortran = ZarrMeta.fortranOrder(file, meta);
        this.fill = ZarrMeta.fill(file, meta, type);
        this.compressor = ZarrCompressor.of(file, meta.get("compressor"));
        ZarrMeta.requireNoFilters(file, meta);
        this.separator = ZarrMeta.separator(file, meta);
        this.attributes = attributes;
        this.chunkStrides = strides(chunks, fortran);
        this.gridCounts = new long[shape.length];
        for (int d = 0; d < shape.length; d++) {
            gridCounts[d] = (shape[d] + chunks[d] - 1) / chunks[d];
        }
        this.chunkBytes = chunkBytes(file, chunks, type);
    }

    /** Whether {@code dir} holds a zarr array (a {@code .zarray}, or one in the store's consolidated metadata). */
    public static boolean isArray(Path dir) {
        return Files.isRegularFile(dir.resolve(ZARRAY)) || ZarrConsolidated.entry(dir, ZARRAY) != null;
    }

    /** Whether {@code dir} is a zarr group (a {@code .zgroup}, consolidated metadata at it, or a group in them). */
    public static boolean isGroup(Path dir) {
        return Files.isRegularFile(dir.resolve(ZGROUP)) || ZarrConsolidated.isRoot(dir)
                || ZarrConsolidated.entry(dir, ZGROUP) != null;
    }

    /**
     * Reads the metadata of the array in {@code dir} (its own files, else the store's consolidated metadata);
     * corrupt, unsupported or missing as the files say.
     */
    public static ZarrArray open(Path dir) {
        Path own = dir.resolve(ZARRAY);
        JsonObject meta = metadata(dir, ZARRAY);
        Path file = meta != null && !Files.isRegularFile(own) ? ZarrConsolidated.file(dir) : own;
        if (meta == null) {
            meta = ZarrJson.read(own);
        }
        ZarrMeta.requireVersion2(file, meta);
        JsonObject attributes = metadata(dir, ZATTRS);
        return new ZarrArray(dir, file, meta, attributes == null ? new JsonObject() : attributes);
    }

    /** {@code dir}'s metadata file {@code name}: the file, else its consolidated entry, else null. */
    private static JsonObject metadata(Path dir, String name) {
        Path file = dir.resolve(name);
        return Files.isRegularFile(file) ? ZarrJson.read(file) : ZarrConsolidated.entry(dir, name);
    }

    public Path path() {
        return dir;
    }

    public long[] shape() {
        return shape.clone();
    }

    public int rank() {
        return shape.length;
    }

    public int[] chunks() {
        return chunks.clone();
    }

    public PixelType type() {
        return type;
    }

    /** xarray's dimension names, or an empty list when the array names none (or not one per dimension). */
    public List<String> dimensions() {
        JsonElement names = attributes.get(DIMENSIONS);
        List<String> out = new ArrayList<>();
        if (names != null && names.isJsonArray()) {
            names.getAsJsonArray().forEach(n -> out.add(n.isJsonPrimitive() ? n.getAsString() : n.toString()));
        }
        return out.size() == shape.length ? out : List.of();
    }

    /** The dimension named {@code name}, or -1. */
    public int dimension(String name) {
        return dimensions().indexOf(name);
    }

    /** The {@code .zattrs} attributes as JSON text per key (small: Minian's are a few names). */
    public Map<String, Object> attributes() {
        Map<String, Object> out = new java.util.LinkedHashMap<>();
        attributes.entrySet().forEach(e -> out.put(e.getKey(), e.getValue().isJsonPrimitive()
                ? e.getValue().getAsString() : e.getValue().toString()));
        return out;
    }

    /** "(100, 608, 608) float64, chunks (1, 304, 304), blosc, C order". */
    public String describe() {
        return Sizes.shapeText(shape) + " " + type.numpyName() + ", chunks " + Sizes.shapeText(
                java.util.Arrays.stream(chunks).asLongStream().toArray()) + ", " + compressor.id() + ", "
                + (fortran ? "F" : "C") + " order";
    }

    /** One channel ({@code channel} along c) as a recording read chunk by chunk. */
    public PlaneSource planes(AxisMap axes, int channel) {
        return new ZarrPlanes(this, axes, channel);
    }

    /**
     * The elements [start, start + count) as doubles in C order, read through a small chunk cache
     * (masks, traces, coordinates: arrays read in parts).
     */
    public double[] read(long[] start, int[] count) {
        return new ZarrRegion(this, start, count).read(grid -> stored(regionCache.get(key(grid), () -> decode(grid))));
    }

    /** The whole array as doubles in C order (coordinates, small images). */
    public double[] readAll() {
        int[] count = new int[shape.length];
        for (int d = 0; d < shape.length; d++) {
            count[d] = Sizes.toInt(dir, "dimension " + d + " of " + dir.getFileName(), shape[d]);
        }
        return read(new long[shape.length], count);
    }

    // ---- for ZarrPlanes and ZarrRegion

    /** {@code chunk} as decoded, or null for a chunk with no file (see {@link #decode}). */
    static ByteBuffer stored(ByteBuffer chunk) {
        return chunk.capacity() == 0 ? null : chunk;
    }

    /** Element strides inside a decoded chunk (C or F order). */
    long[] chunkStrides() {
        return chunkStrides.clone();
    }

    int chunkBytes() {
        return chunkBytes;
    }

    Number fill() {
        return fill;
    }

    /** A number naming the chunk at {@code grid} (its C-order index in the chunk grid), the cache key. */
    long key(long[] grid) {
        long key = 0;
        for (int d = 0; d < grid.length; d++) {
            key = key * gridCounts[d] + grid[d];
        }
        return key;
    }

    /** The chunk file of {@code grid} (it may not exist). */
    Path chunkFile(long[] grid) {
        if (grid.length == 0) {
            return dir.resolve("0");
        }
        StringBuilder name = new StringBuilder();
        for (int d = 0; d < grid.length; d++) {
            name.append(d > 0 ? separator : "").append(grid[d]);
        }
        return dir.resolve(name.toString());
    }

    /**
     * The decoded chunk at {@code grid}, or an empty buffer when it has no file (it holds the fill value):
     * empty rather than null, so that the cache remembers missing chunks too.
     */
    ByteBuffer decode(long[] grid) {
        return decode(grid, new ChunkArrays(0));
    }

    /** As {@link #decode(long[])}, into an array taken from {@code arrays} where the compressor can (Blosc). */
    ByteBuffer decode(long[] grid, ChunkArrays arrays) {
        Path file = chunkFile(grid);
        ChunkFiles.Stored stored = ChunkFiles.read(file);
        if (stored == null) {
            return ByteBuffer.allocate(0);
        }
        return ByteBuffer.wrap(compressor.decode(file, stored.bytes(), stored.length(), chunkBytes, arrays)).order(order);
    }

    private static long[] strides(int[] dims, boolean fortran) {
        long[] strides = new long[dims.length];
        long stride = 1;
        for (int i = 0; i < dims.length; i++) {
            int d = fortran ? i : dims.length - 1 - i;
            strides[d] = stride;
            stride *= dims[d];
        }
        return strides;
    }

    private static int chunkBytes(Path file, int[] chunks, PixelType type) {
        BigInteger bytes = Sizes.bytes(java.util.Arrays.stream(chunks).asLongStream().toArray(), type.bytes());
        if (bytes.compareTo(BigInteger.valueOf(Integer.MAX_VALUE - 8)) > 0) {
            throw new UnsupportedFormatException(file, "chunks of " + FileText.quote(java.util.Arrays.toString(chunks))
                    + " hold " + bytes + " bytes each (at most " + (Integer.MAX_VALUE - 8) + ")");
        }
        return bytes.intValue();
    }

    @Override
    public String toString() {
        return dir + " " + describe();
    }

}
