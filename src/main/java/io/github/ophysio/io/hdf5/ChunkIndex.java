package io.github.ophysio.io.hdf5;

import io.github.ophysio.error.CorruptFileException;
import io.github.ophysio.error.UnsupportedFormatException;
import io.jhdf.api.dataset.ChunkedDataset;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where each stored chunk of a chunked dataset lies in the file, read once from jhdf's chunk index
 * (B-tree, fixed or extensible array, single or implicit) when the dataset is opened. jhdf keeps
 * that index behind a protected method, reached through {@link JhdfInternals}, so that the reads
 * that follow need no open jhdf file.
 */
final class ChunkIndex {

    /** One stored chunk: file address, stored size, and the mask of filters skipped for it. */
    record Stored(long address, int size, int filterMask) {
    }

    private final int[] chunkDims;
    private final Map<Key, Stored> chunks;

    private ChunkIndex(int[] chunkDims, Map<Key, Stored> chunks) {
        this.chunkDims = chunkDims;
        this.chunks = chunks;
    }

    static ChunkIndex of(Path file, ChunkedDataset dataset, long fileSize) {
        int[] dims = dataset.getChunkDimensions();
        Map<Key, Stored> chunks = new HashMap<>();
        for (JhdfInternals.StoredChunk chunk : lookup(file, dataset)) {
            long end = chunk.address() + chunk.size();
            if (end > fileSize) {
                throw new CorruptFileException(file, "a chunk of " + dataset.getPath() + " ends at byte " + end
                        + " but the file has " + fileSize + " bytes (truncated?)");
            }
            long[] offset = chunk.offset();
            long[] grid = new long[offset.length];
            for (int d = 0; d < grid.length; d++) {
                grid[d] = offset[d] / dims[d];
            }
            chunks.put(new Key(grid), new Stored(chunk.address(), chunk.size(), chunk.filterMask()));
        }
        return new ChunkIndex(dims, chunks);
    }

    int[] chunkDims() {
        return chunkDims.clone();
    }

    /** The stored chunk at grid position {@code grid}, or null where none was written (fill value). */
    Stored at(long[] grid) {
        return chunks.get(new Key(grid));
    }

    private static List<JhdfInternals.StoredChunk> lookup(Path file, ChunkedDataset dataset) {
        if (!JhdfInternals.hasChunkIndex(dataset)) {
            throw new UnsupportedFormatException(file, "chunked dataset " + dataset.getPath() + " of an unknown kind");
        }
        try {
            return JhdfInternals.storedChunks(dataset);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            throw new CorruptFileException(file, "the chunk index of " + dataset.getPath() + " cannot be read: "
                    + Hdf5Files.describe(cause), cause);
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new UnsupportedFormatException(file, "this jhdf version hides the chunk index of "
                    + dataset.getPath() + " (" + Hdf5Files.describe(e) + ")");
        }
    }

    /** A chunk's grid position as a map key. */
    private record Key(long[] grid) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Arrays.equals(grid, k.grid);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(grid);
        }
    }
}
