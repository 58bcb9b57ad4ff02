package io.github.ophysio.lazy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ophysio.model.ImagingExtractor;
import io.github.ophysio.model.SyntheticImaging;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PlaneCacheTest {

    @Test
    void keepsAtMostItsBudgetAndDropsTheLeastRecentlyUsed() {
        PlaneCache cache = new PlaneCache(300);
        AtomicInteger loads = new AtomicInteger();
        Object owner = new Object();
        for (int i = 0; i < 10; i++) {
            long index = i;
            cache.get(new PlaneCache.Key(owner, index), 100, () -> loads.incrementAndGet());
        }
        assertTrue(cache.usedBytes() <= 300);
        int before = loads.get();
        cache.get(new PlaneCache.Key(owner, 9), 100, loads::incrementAndGet);
        assertEquals(before, loads.get(), "a recent plane is a hit");
        cache.get(new PlaneCache.Key(owner, 0), 100, loads::incrementAndGet);
        assertEquals(before + 1, loads.get(), "an old plane was evicted");
    }

    @Test
    void evictDropsOneOwnersPlanes() {
        PlaneCache cache = new PlaneCache(1000);
        Object a = new Object();
        Object b = new Object();
        cache.get(new PlaneCache.Key(a, 0), 100, Object::new);
        cache.get(new PlaneCache.Key(b, 0), 100, Object::new);
        cache.evict(a);
        assertEquals(100, cache.usedBytes());
    }

    @Test
    void lazyRecordingReadsEachPlaneOnceWhileCached() {
        AtomicInteger reads = new AtomicInteger();
        ImagingExtractor counting = new CountingRecording(SyntheticImaging.builder().build(), reads);
        LazyRecording lazy = LazyRecording.of(counting, new PlaneCache(1 << 20));
        assertEquals(0, reads.get(), "opening reads nothing");
        Object first = lazy.plane(3, 0);
        assertSame(first, lazy.plane(3, 0));
        assertEquals(1, reads.get());
        lazy.release();
        lazy.plane(3, 0);
        assertEquals(2, reads.get());
    }

    @Test
    void sharedCacheIsBoundedByAFractionOfTheHeap() {
        assertTrue(PlaneCache.shared().budgetBytes() <= Runtime.getRuntime().maxMemory() / 4);
    }

    @Test
    void copiesForViewersAreNeverTheCachedArrayAndMissesAreNotCached() {
        AtomicInteger reads = new AtomicInteger();
        ImagingExtractor counting = new CountingRecording(SyntheticImaging.builder().build(), reads);
        PlaneCache cache = new PlaneCache(1 << 20);
        LazyRecording lazy = LazyRecording.of(counting, cache);
        lazy.planeCopy(1, 0);
        assertEquals(0, cache.usedBytes(), "a viewer's miss is not cached");
        Object cached = lazy.plane(1, 0);
        Object copy = lazy.planeCopy(1, 0);
        assertTrue(copy != cached && java.util.Arrays.equals((short[]) copy, (short[]) cached));
        assertEquals(2, reads.get(), "the copy of a cached plane reads nothing");
    }
}
