package io.github.ophysio.io.hdf5;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ophysio.testing.Fixtures;
import io.jhdf.api.dataset.ChunkedDataset;
import io.jhdf.filter.Filter;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Fails when the jhdf we build against no longer has what {@link JhdfInternals} reaches past its API
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
        List<JhdfInternals.StoredChunk> chunks = Hdf5Files.read(file, hdf -> lookup(hdf.getDatasetByPath("/analysis/movie")));
        assertEquals(8, chunks.size(), "(6, 7, 9) in (4, 4, 5) chunks");
        for (JhdfInternals.StoredChunk chunk : chunks) {
            String text = Arrays.toString(chunk.offset()) + " " + chunk;
            assertTrue(chunk.address() > 0 && chunk.size() > 0, text);
            long[] offset = chunk.offset();
            assertTrue(offset[0] % 4 == 0 && offset[1] % 4 == 0 && offset[2] % 5 == 0, text);
            assertEquals(0, chunk.filterMask(), text + ": every filter applied");
        }
    }

    @Test
    void chunkLookupLeavesOutChunksNeverWritten() {
        Path file = Fixtures.path("hdf5", "partly_written_fill.h5");
        assertEquals(2, Hdf5Files.read(file, hdf -> lookup(hdf.getDatasetByPath("/movie"))).size(),
                "frames 0-3 in (2, 7, 9) chunks; frames 4-5 never written");
    }

    @Test
    void superblockStatesTheFileEnd() throws Exception {
        Path file = Fixtures.path("hdf5", "chunked_gzip_shuffle_float32.h5");
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            assertEquals(Files.size(file), JhdfInternals.endOfFileAddress(channel, 0), "io.jhdf.Superblock end-of-file address");
        }
    }

    @ParameterizedTest(name = "filter {0}")
    @ValueSource(ints = {2, 3, 32000, 32004, 32008})
    void jhdfDecodesTheFiltersWeHandToIt(int id) {
        Filter decoder = JhdfInternals.decoder(id);
        assertNotNull(decoder, "jhdf's decoder of HDF5 filter " + id);
        assertEquals(id, decoder.getId(), decoder.getName());
    }

    private static List<JhdfInternals.StoredChunk> lookup(Object dataset) {
        ChunkedDataset chunked = assertInstanceOf(ChunkedDataset.class, dataset);
        assertTrue(JhdfInternals.hasChunkIndex(chunked), "jhdf's ChunkedDatasetBase: " + chunked.getClass());
        try {
            return JhdfInternals.storedChunks(chunked);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("jhdf's " + JhdfInternals.CHUNK_LOOKUP + " cannot be called", e);
        }
    }
}
