package io.github.ophysio.io.hdf5;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ophysio.testing.Fixtures;
import io.jhdf.dataset.chunked.Chunk;
import io.jhdf.dataset.chunked.ChunkedDatasetBase;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Fails when the jhdf we build against no longer has what {@link JhdfInternals} reaches by reflection
 * (a jhdf update must be looked at here, not found by users as "unsupported" chunked files).
 */
class JhdfInternalsTest {

    @Test
    void chunkLookupIsTheProtectedMethodWeCall() throws Exception {
        Method method = JhdfInternals.chunkLookupMethod();
        assertTrue(Modifier.isProtected(method.getModifiers()), method.toString());
        assertEquals(Map.class, method.getReturnType(), method.toString());
        assertEquals(0, method.getParameterCount(), method.toString());
    }

    @Test
    void chunkLookupListsEveryStoredChunkWithItsAddress() {
        Path file = Fixtures.path("hdf5", "chunked_gzip_shuffle_float32.h5");
        List<Chunk> chunks = Hdf5Files.read(file, hdf -> lookup(hdf.getDatasetByPath("/analysis/movie")));
        assertEquals(8, chunks.size(), "(6, 7, 9) in (4, 4, 5) chunks");
        for (Chunk chunk : chunks) {
            assertTrue(chunk.getAddress() > 0 && chunk.getSize() > 0, chunk.toString());
            long[] offset = chunk.getChunkOffset();
            assertTrue(offset[0] % 4 == 0 && offset[1] % 4 == 0 && offset[2] % 5 == 0, chunk.toString());
        }
    }

    @Test
    void chunkLookupLeavesOutChunksNeverWritten() {
        Path file = Fixtures.path("hdf5", "partly_written_fill.h5");
        assertEquals(2, Hdf5Files.read(file, hdf -> lookup(hdf.getDatasetByPath("/movie"))).size(),
                "frames 0-3 in (2, 7, 9) chunks; frames 4-5 never written");
    }

    private static List<Chunk> lookup(Object dataset) {
        ChunkedDatasetBase chunked = assertInstanceOf(ChunkedDatasetBase.class, dataset);
        try {
            return new ArrayList<>(JhdfInternals.chunkLookup(chunked).values());
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("jhdf's " + JhdfInternals.CHUNK_LOOKUP + " cannot be called", e);
        }
    }
}
