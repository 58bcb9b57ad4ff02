package io.github.ophysio.bench;

import io.github.ophysio.lazy.PlaneCache;
import ij.IJ;
import ij.ImagePlus;
import ij.ImageStack;
import ij.WindowManager;
import ij.macro.Interpreter;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.function.IntConsumer;

/**
 * Measurement 4 of the benchmark: the 4 GiB file scrolled end to end (macro setSlice, read-ahead on)
 * in a JVM with a small heap, the heap sampled every 64 planes.
 */
final class MemoryBench {

    private MemoryBench() {
    }

    static void memory(Path path, Results results) {
        ImagePlus imp = Bench.openVirtual(path);
        ImageStack stack = imp.getStack();
        int n = stack.getSize();
        long planeBytes = (long) stack.getWidth() * stack.getHeight() * 2;
        long fileBytes = n * planeBytes;
        long max = Runtime.getRuntime().maxMemory();
        System.out.println(Results.fmt("  java -Xmx %d MiB, recording %.2f GB (%.1fx the heap), plane cache %d MiB",
                max >> 20, fileBytes / 1e9, (double) fileBytes / max, PlaneCache.shared().budgetBytes() >> 20));

        // Untimed warm-up scroll (page cache, JIT), then the measured scrolls with heap sampling.
        scrollAll(imp, n, i -> { });
        resetPeaks();
        long[] maxUsed = {0};
        long[] maxOld = {0};
        IntConsumer sample = i -> {
            if (i % 64 == 0 || i == n) {
                Runtime rt = Runtime.getRuntime();
                maxUsed[0] = Math.max(maxUsed[0], rt.totalMemory() - rt.freeMemory());
                maxOld[0] = Math.max(maxOld[0], heapAfterLastGc());
            }
        };
        double[] s = Results.time(0, 3, () -> scrollAll(imp, n, sample));
        double gbps = fileBytes / Results.median(s) / 1e9;
        long poolPeak = heapPoolPeaks();
        long cacheUsed = PlaneCache.shared().usedBytes();
        String verdict = maxUsed[0] < max / 2 ? "OK (< half of -Xmx)" : "TOO HIGH (>= half of -Xmx)";
        System.out.println(Results.fmt("  scroll end to end (macro setSlice, 3 passes): %.2f GB/s; max heap used"
                + " (sampled every 64 planes) %d MiB of %d MiB; sum of heap pool peaks %d MiB; max heap in use right"
                + " after a GC %d MiB; plane cache holds %d MiB -> %s", gbps, maxUsed[0] >> 20, max >> 20, poolPeak >> 20,
                maxOld[0] >> 20, cacheUsed >> 20, verdict));
        results.put("mem.xmx.mb", max >> 20);
        results.put("mem.file.gb", fileBytes / 1e9);
        results.put("mem.max_used.mb", maxUsed[0] >> 20);
        results.put("mem.pool_peak.mb", poolPeak >> 20);
        results.put("mem.after_gc.mb", maxOld[0] >> 20);
        results.put("mem.cache.mb", PlaneCache.shared().budgetBytes() >> 20);
        results.put("mem.scroll.gbps", gbps);
        Bench.gcReport(results, "memory");
    }

    /** The macro scroll, in chunks so the heap can be sampled between them. */
    private static void scrollAll(ImagePlus imp, int n, IntConsumer sample) {
        WindowManager.setTempCurrentImage(imp);
        Interpreter.addBatchModeImage(imp);
        int chunk = 64;
        for (int start = 1; start <= n; start += chunk) {
            int end = Math.min(n, start + chunk - 1);
            IJ.runMacro("setBatchMode(true); for (i=" + start + "; i<=" + end + "; i++) setSlice(i);");
            sample.accept(end);
        }
        if (imp.getCurrentSlice() != n) {
            throw new IllegalStateException("scroll stopped at slice " + imp.getCurrentSlice());
        }
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
    }

    private static long heapPoolPeaks() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    /** Heap in use right after the most recent GC: what the heap really retains (live data + cache). */
    private static long heapAfterLastGc() {
        java.util.Set<String> heapPools = new java.util.HashSet<>();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                heapPools.add(pool.getName());
            }
        }
        com.sun.management.GcInfo latest = null;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof com.sun.management.GarbageCollectorMXBean g) {
                com.sun.management.GcInfo info = g.getLastGcInfo();
                if (info != null && (latest == null || info.getEndTime() > latest.getEndTime())) {
                    latest = info;
                }
            }
        }
        if (latest == null) {
            return 0;
        }
        long sum = 0;
        for (var e : latest.getMemoryUsageAfterGc().entrySet()) {
            if (heapPools.contains(e.getKey())) {
                sum += e.getValue().getUsed();
            }
        }
        return sum;
    }
}
