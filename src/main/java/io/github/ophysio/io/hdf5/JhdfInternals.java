package io.github.ophysio.io.hdf5;

import io.jhdf.Superblock;
import io.jhdf.api.dataset.ChunkedDataset;
import io.jhdf.dataset.chunked.Chunk;
import io.jhdf.dataset.chunked.ChunkedDatasetBase;
import io.jhdf.filter.BitShuffleFilter;
import io.jhdf.filter.ByteShuffleFilter;
import io.jhdf.filter.Filter;
import io.jhdf.filter.FletcherChecksumFilter;
import io.jhdf.filter.Lz4Filter;
import io.jhdf.filter.LzfFilter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.channels.FileChannel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The one place that reaches into jhdf past its public API (built against jhdf 0.13.0; guarded by
 * {@code JhdfInternalsTest}, listed in docs/design.md "Library internals we rely on"). jhdf's API is
 * {@code io.jhdf.HdfFile}, {@code io.jhdf.api..}, {@code io.jhdf.exceptions} and the types that API
 * returns ({@code object.datatype.*} from {@code getDataType}, {@code filter.PipelineFilterWithData} from
 * {@code getFilters}, {@code filter.Filter}, jhdf's plug-in interface for filters); anything else is here.
 *
 * <ul>
 * <li>{@code ChunkedDatasetBase.getChunkLookup()} (protected, by reflection): every stored chunk of a
 * chunked dataset with its file address, stored size and filter mask, read from whichever index the file
 * uses (B-tree, fixed or extensible array, single, implicit). jhdf 0.13's public {@code ChunkedDataset}
 * offers only {@code getRawChunkBuffer}/{@code getDecompressedChunk}, which read the bytes through an open
 * jhdf file; the readers read chunks through {@code MappedFile} with the file closed after open, so they
 * need the addresses, which only this method gives.</li>
 * <li>{@code Superblock.readSuperblock} (public class outside the API): the end-of-file address, to refuse
 * a truncated file before jhdf fails on it somewhere inside.</li>
 * <li>jhdf's filter classes ({@code ByteShuffleFilter}, …), constructed directly: the public route to them
 * ({@code FilterManager.getPipeline}) takes jhdf's internal header messages.</li>
 * </ul>
 */
final class JhdfInternals {

    /** The protected method of {@link ChunkedDatasetBase} that maps chunk offsets to stored chunks. */
    static final String CHUNK_LOOKUP = "getChunkLookup";

    /** One stored chunk: its offset in the dataset (elements), file address, stored size, filters skipped. */
    record StoredChunk(long[] offset, long address, int size, int filterMask) {
    }

    private JhdfInternals() {
    }

    /** True when jhdf keeps an index of {@code dataset}'s chunks that {@link #storedChunks} can read. */
    static boolean hasChunkIndex(ChunkedDataset dataset) {
        return dataset instanceof ChunkedDatasetBase;
    }

    /** {@code ChunkedDatasetBase.getChunkLookup}, made accessible; throws when this jhdf lacks it. */
    static Method chunkLookupMethod() throws NoSuchMethodException {
        Method method = ChunkedDatasetBase.class.getDeclaredMethod(CHUNK_LOOKUP);
        method.setAccessible(true);
        return method;
    }

    /**
     * The stored chunks of {@code dataset} (one {@link #hasChunkIndex} accepts). An
     * {@link InvocationTargetException} is jhdf failing to read the index (a corrupt file); any other
     * exception means this jhdf hides the method.
     */
    static List<StoredChunk> storedChunks(ChunkedDataset dataset) throws ReflectiveOperationException {
        Map<?, ?> lookup = (Map<?, ?>) chunkLookupMethod().invoke((ChunkedDatasetBase) dataset);
        List<StoredChunk> chunks = new ArrayList<>(lookup.size());
        for (Object value : lookup.values()) {
            Chunk chunk = (Chunk) value;
            chunks.add(new StoredChunk(chunk.getChunkOffset(), chunk.getAddress(), chunk.getSize(), mask(chunk)));
        }
        return chunks;
    }

    private static int mask(Chunk chunk) {
        long[] words = chunk.getFilterMask().toLongArray();
        return words.length == 0 ? 0 : (int) words[0];
    }

    /** The end-of-file address the superblock at {@code offset} states (the user block included). */
    static long endOfFileAddress(FileChannel channel, long offset) {
        return Superblock.readSuperblock(channel, offset).getEndOfFileAddress();
    }

    /** jhdf's decoder of the HDF5 filter {@code id} (shuffle, fletcher32, lzf, lz4, bitshuffle), or null. */
    static Filter decoder(int id) {
        return switch (id) {
            case 2 -> new ByteShuffleFilter();
            case 3 -> new FletcherChecksumFilter();
            case 32000 -> new LzfFilter();
            case 32004 -> new Lz4Filter();
            case 32008 -> new BitShuffleFilter();
            default -> null;
        };
    }
}
