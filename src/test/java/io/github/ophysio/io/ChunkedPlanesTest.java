package io.github.ophysio.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ophysio.error.CorruptFileException;
import io.github.ophysio.model.PixelType;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Chunked planes read frame by frame: values, one decode per chunk, the next chunk row decoded ahead by the
 * pool, and a chunk failing there reported by the reader that meets it. A (25, 6, 7) int32 array in chunks of
 * (4, 3, 4): no axis divides evenly; every element holds t·10000 + y·100 + x.
 */
class ChunkedPlanesTest {

    private static final long[] SHAPE = {25, 6, 7};
    private static final int[] CHUNK = {4, 3, 4};
    private static final Path FILE = Path.of("movie.zarr");

    /**
     * Counts decodes per chunk and which thread did them; chunks in {@code broken} fail as corrupt. Elements hold
     * their position, two decimal digits an axis (t·10000 + y·100 + x for tyx); keys are the grid position the
     * same way. {@code chunkBytes} is what the cache is sized by (the decoded chunks themselves stay small).
     */
    private static final class CountingPlanes extends ChunkedPlanes {
        final Map<Long, AtomicInteger> decodes = new ConcurrentHashMap<>();
        final Map<Long, String> threads = new ConcurrentHashMap<>();
        final Set<Long> broken = ConcurrentHashMap.newKeySet();
        private final int[] chunk;

        CountingPlanes() {
            this("tyx", SHAPE, CHUNK, 4 * 3 * 4 * 4);
        }

        CountingPlanes(String axes, long[] shape, int[] chunk, int chunkBytes) {
            super(AxisMap.of(axes, shape), 0, chunk,
                    AxisMap.cOrderStrides(Arrays.stream(chunk).asLongStream().toArray()), chunkBytes, PixelType.INT32, 0);
            this.chunk = chunk;
        }

        @Override
        protected long key(long[] grid) {
            return digits(grid);
        }

        @Override
        protected ByteBuffer decode(long[] grid) {
            long key = key(grid);
            decodes.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
            threads.put(key, Thread.currentThread().getName());
            if (broken.contains(key)) {
                throw new CorruptFileException(FILE, "chunk " + key + " is truncated");
            }
            int elements = Arrays.stream(chunk).reduce(1, (a, b) -> a * b);
            ByteBuffer values = ByteBuffer.allocate(4 * elements).order(ByteOrder.LITTLE_ENDIAN);
            long[] at = new long[grid.length];
            for (int i = 0; i < elements; i++) {
                for (int d = grid.length - 1, rest = i; d >= 0; rest /= chunk[d], d--) {
                    at[d] = grid[d] * chunk[d] + rest % chunk[d];
                }
                values.putInt((int) digits(at));
            }
            return values.rewind();
        }

        private static long digits(long[] position) {
            long value = 0;
            for (long p : position) {
                value = value * 100 + p;
            }
            return value;
        }

        int decoded(long key) {
            AtomicInteger n = decodes.get(key);
            return n == null ? 0 : n.get();
        }
    }

    @Test
    void everyFrameReadInOrderHoldsItsPositionAndEveryChunkIsDecodedOnce() {
        CountingPlanes planes = new CountingPlanes();
        int[] plane = new int[6 * 7];
        for (int t = 0; t < 25; t++) {
            planes.readPlane(t, 0, plane);
            for (int y = 0; y < 6; y++) {
                for (int x = 0; x < 7; x++) {
                    assertEquals(t * 10_000 + y * 100 + x, plane[y * 7 + x], "t " + t + " y " + y + " x " + x);
                }
            }
        }
        assertEquals(7 * 2 * 2, planes.decodes.size());
        planes.decodes.forEach((key, n) -> assertEquals(1, n.get(), "decodes of chunk " + key));
    }

    @Test
    void readingAFrameDecodesTheNextChunkRowInTheBackgroundAndNoFurther() throws InterruptedException {
        CountingPlanes planes = new CountingPlanes();
        planes.readPlane(0, 0, new int[6 * 7]);
        long[] nextRow = {10_000, 10_001, 10_100, 10_101};
        for (long key : nextRow) {
            awaitDecoded(planes, key);
            assertNotEquals(Thread.currentThread().getName(), planes.threads.get(key));
        }
        Thread.sleep(100);
        assertEquals(0, planes.decoded(20_000), "two rows ahead");
        int[] plane = new int[6 * 7];
        planes.readPlane(5, 0, plane);
        assertEquals(50_506, plane[5 * 7 + 6]);
        for (long key : nextRow) {
            assertEquals(1, planes.decoded(key), "decodes of chunk " + key);
        }
    }

    @Test
    void aChunkFailingInTheBackgroundFailsTheFrameThatNeedsItEveryTime() {
        CountingPlanes planes = new CountingPlanes();
        planes.broken.add(10_101L);
        planes.readPlane(0, 0, new int[6 * 7]);
        awaitDecoded(planes, 10_101L);
        for (int attempt = 0; attempt < 2; attempt++) {
            CorruptFileException e = assertThrows(CorruptFileException.class,
                    () -> planes.readPlane(4, 0, new int[6 * 7]));
            assertEquals("movie.zarr: corrupt: chunk 10101 is truncated", e.getMessage());
        }
        int[] plane = new int[6 * 7];
        planes.readPlane(3, 0, plane);
        assertEquals(30_506, plane[5 * 7 + 6]);
    }

    /**
     * A volume (t, z, y, x) with one plane a chunk along z: the next row is read ahead for every plane while the
     * cache holds two rows of all of them, and not at all when that would take more than its limit (rows read
     * ahead would evict each other before use).
     */
    @Test
    void aVolumeIsReadAheadOnlyWhenTwoRowsOfEveryPlaneFitTheCache() throws InterruptedException {
        long[] shape = {25, 3, 6, 7};
        int[] chunk = {4, 1, 3, 4};
        int fits = (int) (ChunkedPlanes.READ_AHEAD_BYTES / (2 * 4 * 3));
        CountingPlanes small = new CountingPlanes("tzyx", shape, chunk, fits);
        small.readPlane(0, 2, new int[6 * 7]);
        awaitDecoded(small, 1_02_01_01L);
        CountingPlanes large = new CountingPlanes("tzyx", shape, chunk, fits + 1);
        int[] plane = new int[6 * 7];
        large.readPlane(0, 2, plane);
        assertEquals(2_05_06, plane[5 * 7 + 6]);
        Thread.sleep(100);
        assertEquals(4, large.decodes.size(), "only the plane's own chunks");
    }

    /** Waits (up to 10 s) for the pool to decode chunk {@code key}. */
    private static void awaitDecoded(CountingPlanes planes, long key) {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (planes.decoded(key) == 0 && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertTrue(planes.decoded(key) > 0, "chunk " + key + " was never decoded ahead");
    }
}
