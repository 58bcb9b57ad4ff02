package io.github.ophysio.io.hdf5;

import io.jhdf.dataset.chunked.Chunk;
import io.jhdf.dataset.chunked.ChunkedDatasetBase;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Map;

/**
 * The one place that reaches into jhdf past its public API (built against jhdf 0.13.0; guarded by
 * {@code JhdfInternalsTest}, listed in docs/design.md "Library internals we rely on").
 *
 * <p>{@code ChunkedDatasetBase.getChunkLookup()} (protected): every stored chunk of a chunked dataset
 * with its file address, stored size and filter mask, read from whichever index the file uses (B-tree,
 * fixed or extensible array, single, implicit). jhdf 0.13's public {@code ChunkedDataset} offers only
 * {@code getRawChunkBuffer}/{@code getDecompressedChunk}, which read the bytes through an open jhdf
 * file; the readers read chunks through {@code MappedFile} with the file closed after open, so they
 * need the addresses, which only this method gives.
 */
final class JhdfInternals {

    /** The protected method of {@link ChunkedDatasetBase} that maps chunk offsets to stored chunks. */
    static final String CHUNK_LOOKUP = "getChunkLookup";

    private JhdfInternals() {
    }

    /** {@code ChunkedDatasetBase.getChunkLookup}, made accessible; throws when this jhdf lacks it. */
    static Method chunkLookupMethod() throws NoSuchMethodException {
        Method method = ChunkedDatasetBase.class.getDeclaredMethod(CHUNK_LOOKUP);
        method.setAccessible(true);
        return method;
    }

    /**
     * The stored chunks of {@code dataset}. An {@link InvocationTargetException} is jhdf failing to read
     * the index (a corrupt file); any other exception means this jhdf hides the method.
     */
    @SuppressWarnings("unchecked")
    static Map<?, Chunk> chunkLookup(ChunkedDatasetBase dataset) throws ReflectiveOperationException {
        return (Map<?, Chunk>) chunkLookupMethod().invoke(dataset);
    }
}
