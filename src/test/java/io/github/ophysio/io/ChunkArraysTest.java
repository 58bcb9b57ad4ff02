package io.github.ophysio.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Chunk arrays reused between chunks: an array is never held by two holders at once. */
class ChunkArraysTest {

    @Test
    void anArrayGivenBackIsTakenAgainOnlyOnce() {
        ChunkArrays arrays = new ChunkArrays(4);
        byte[] a = arrays.take(16);
        byte[] b = arrays.take(16);
        assertNotSame(a, b);
        assertTrue(arrays.give(a));
        assertFalse(arrays.give(a), "given back twice");
        assertEquals(1, arrays.free());
        assertSame(a, arrays.take(16));
        assertNotSame(a, arrays.take(16));
    }

    @Test
    void arraysItDidNotHandOutAreRefusedAndTheWrongSizeIsNotReused() {
        ChunkArrays arrays = new ChunkArrays(4);
        assertFalse(arrays.give(new byte[16]));
        byte[] a = arrays.take(16);
        arrays.give(a);
        assertNotSame(a, arrays.take(8));
        assertEquals(8, arrays.take(8).length);
        assertSame(a, arrays.take(16));
    }

    @Test
    void itKeepsAtMostItsLimitAndNothingWithLimitZero() {
        ChunkArrays arrays = new ChunkArrays(2);
        List<byte[]> taken = List.of(arrays.take(4), arrays.take(4), arrays.take(4));
        taken.forEach(arrays::give);
        assertEquals(2, arrays.free());
        ChunkArrays none = new ChunkArrays(0);
        assertFalse(none.give(none.take(4)));
        assertEquals(0, none.free());
    }

    @Test
    void anEvictedChunkIsReusedOnlyAfterItsReaderIsDone() {
        ChunkCache cache = new ChunkCache(100);
        cache.read(1L, () -> chunk(cache, 1), first -> {
            cache.prefetch(2L, () -> chunk(cache, 2)); // evicts chunk 1 while it is being read
            assertFalse(cache.has(1L));
            assertEquals(0, cache.arrays().free(), "an array still read from is not reusable");
            assertEquals(1, first.get(99));
        });
        assertEquals(1, cache.arrays().free());
    }

    @Test
    void aChunkHandedOutByGetIsNeverReused() {
        ChunkCache cache = new ChunkCache(100);
        ByteBuffer kept = cache.get(1L, () -> chunk(cache, 1));
        cache.prefetch(2L, () -> chunk(cache, 2));
        cache.prefetch(3L, () -> chunk(cache, 3));
        assertEquals(1, cache.arrays().free(), "chunk 2's array only");
        cache.prefetch(4L, () -> chunk(cache, 4));
        assertEquals(1, kept.get(0));
    }

    @Test
    void manyReadersOfAFewCachedChunksNeverSeeAnotherChunksBytes() throws Exception {
        ChunkCache cache = new ChunkCache(300);
        AtomicInteger wrong = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> readers = new ArrayList<>();
            for (int r = 0; r < 4; r++) {
                Random random = new Random(r);
                readers.add(pool.submit(() -> {
                    for (int i = 0; i < 2000; i++) {
                        int key = random.nextInt(8);
                        cache.read(key, () -> chunk(cache, key), c -> wrong.addAndGet(mismatches(c, key)));
                    }
                }));
            }
            for (Future<?> reader : readers) {
                reader.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(0, wrong.get());
    }

    /** A 100-byte chunk, every byte {@code key}, in an array taken from the cache's pool. */
    private static ByteBuffer chunk(ChunkCache cache, int key) {
        byte[] array = cache.arrays().take(100);
        Arrays.fill(array, (byte) key);
        return ByteBuffer.wrap(array);
    }

    private static int mismatches(ByteBuffer chunk, int key) {
        int wrong = 0;
        for (int pass = 0; pass < 3; pass++) {
            for (int i = 0; i < chunk.capacity(); i++) {
                wrong += chunk.get(i) == key ? 0 : 1;
            }
            Thread.yield();
        }
        return wrong;
    }
}
