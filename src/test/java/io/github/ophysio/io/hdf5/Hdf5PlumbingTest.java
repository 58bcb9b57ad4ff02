package io.github.ophysio.io.hdf5;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.ophysio.error.CorruptFileException;
import io.github.ophysio.io.AxisMap;
import io.github.ophysio.io.ChunkCache;
import io.github.ophysio.testing.Fixtures;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Signature search behind user blocks, MATLAB v7.3 detection, axis letters, the chunk cache bound, candidates. */
class Hdf5PlumbingTest {

    private static final Path REAL_V73 = Path.of("..", "shared", "fixtures", "real", "matlab", "extract_public_output",
            "extract_public_output.mat");

    @Test
    void signatureIsFoundAtZeroAndBehindUserBlocks() {
        assertEquals(0, Hdf5Signature.offset(Fixtures.path("hdf5", "contiguous_uint16_tyx.h5")));
        assertEquals(512, Hdf5Signature.offset(Fixtures.path("hdf5", "matlab_v73_double.mat")));
        assertEquals(1024, Hdf5Signature.offset(Fixtures.path("hdf5", "tyxz_float64_be_fletcher.h5")));
        assertEquals(-1, Hdf5Signature.offset(Fixtures.path("hdf5/bad", "not_hdf5.h5")));
        assertEquals(-1, Hdf5Signature.offset(Fixtures.path("npy", "uint16_le_c_v10_5x7x9.npy")));
    }

    @Test
    void matlab73HeaderIsRecognised() {
        assertTrue(Hdf5Signature.isMatlab73(Fixtures.path("hdf5", "matlab_v73_double.mat")));
        assertFalse(Hdf5Signature.isMatlab73(Fixtures.path("hdf5", "tyxz_float64_be_fletcher.h5")));
    }

    @Test
    void realMatlab73FileIsDetected() {
        assumeTrue(Files.isRegularFile(REAL_V73), "../shared real fixtures are not present");
        assertTrue(Hdf5Signature.isMatlab73(REAL_V73));
        assertEquals(512, Hdf5Signature.offset(REAL_V73));
        List<Hdf5Candidates.Candidate> all = Hdf5Files.read(REAL_V73, Hdf5Candidates::all);
        assertTrue(all.stream().anyMatch(c -> c.path().equals("/output/spatial_weights")), all.toString());
    }

    @Test
    void notHdf5IsCorruptNamingTheSignature() {
        Path file = Fixtures.path("hdf5/bad", "not_hdf5.h5");
        Fixtures.assertError(file, CorruptFileException.class, () -> Hdf5Files.read(file, f -> f), "signature");
    }

    @Test
    void cutFilesAreCorruptNeverUsageErrors(@TempDir Path dir) throws Exception {
        byte[] whole = Files.readAllBytes(Fixtures.path("nwb", "two_photon_chunked_gzip.nwb"));
        for (int length : new int[] {8, 40, 100, 20000}) {
            Path cut = dir.resolve("cut_" + length + ".nwb");
            Files.write(cut, java.util.Arrays.copyOf(whole, length));
            Fixtures.assertError(cut, CorruptFileException.class, () -> Hdf5Files.read(cut, f -> f.getChildren().size()),
                    "hdf5");
        }
    }

    @Test
    void axisLettersMapDimensions() {
        AxisMap map = AxisMap.of("CTZYX", new long[] {2, 6, 3, 7, 9});
        assertEquals(6, map.samples());
        assertEquals(7, map.rows());
        assertEquals(9, map.cols());
        assertEquals(3, map.planes());
        assertEquals(2, map.channels());
        for (String bad : List.of("tyy", "tyxz", "tqx", "ty")) {
            assertThrows(IllegalArgumentException.class, () -> AxisMap.of(bad, new long[] {6, 7, 9}), bad);
        }
    }

    @Test
    void chunkCacheStaysWithinItsBytes() {
        ChunkCache cache = new ChunkCache(100);
        for (long address = 0; address < 10; address++) {
            cache.get(address, () -> ByteBuffer.allocate(40));
        }
        assertFalse(cache.has(0L));
        assertTrue(cache.has(9L) && cache.has(8L));
        assertFalse(cache.has(7L));
        assertEquals(40, cache.get(9L, () -> null).capacity());
    }

    @Test
    void aChunkAskedForByManyThreadsIsDecodedOnce() throws Exception {
        ChunkCache cache = new ChunkCache(1 << 20);
        java.util.concurrent.atomic.AtomicInteger decodes = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            List<java.util.concurrent.Future<ByteBuffer>> asks = new java.util.ArrayList<>();
            for (int i = 0; i < 8; i++) {
                asks.add(pool.submit(() -> cache.get(42L, () -> {
                    decodes.incrementAndGet();
                    sleepQuietly(50);
                    return ByteBuffer.allocate(16);
                })));
            }
            for (var ask : asks) {
                assertEquals(16, ask.get().capacity());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, decodes.get());
    }

    @Test
    void aFailedDecodeIsRethrownAndTriedAgainNextTime() {
        ChunkCache cache = new ChunkCache(1 << 20);
        CorruptFileException bad = new CorruptFileException(
                Path.of("m.h5"), "a deflate chunk does not inflate");
        assertSame(bad, assertThrows(CorruptFileException.class,
                () -> cache.get(7L, () -> {
                    throw bad;
                })));
        assertFalse(cache.has(7L));
        assertEquals(4, cache.get(7L, () -> ByteBuffer.allocate(4)).capacity());
    }

    private static void sleepQuietly(int ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void candidatesDescribePathShapeTypeAndLayout(@TempDir Path dir) {
        List<Hdf5Candidates.Candidate> all = Hdf5Files.read(Fixtures.path("hdf5", "chunked_gzip_shuffle_float32.h5"),
                Hdf5Candidates::all);
        assertEquals(List.of("/analysis/movie (6, 7, 9) float32 chunked (4, 4, 5) shuffle+deflate (gzip)",
                "/frame_times (6) float64 contiguous", "/mean_image (7, 9) float32 contiguous"),
                all.stream().map(Hdf5Candidates.Candidate::describe).toList());
    }
}
