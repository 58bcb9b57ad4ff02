package io.github.ophysio.io;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

/**
 * Samples [start, end) made on every core and handed on strictly in order: a writer streams them
 * while the next few are read (a gzip HDF5 chunk decodes at ~1/5 of the disk's speed, so one core
 * cannot keep up). Look-ahead is bounded in bytes, so memory does not grow with the length.
 */
final class OrderedSamples {

    /** Bytes of samples made ahead of the writer (each also holds its plane arrays while it is made). */
    static final long AHEAD_BYTES = 32L << 20;

    /** Takes each sample's bytes, in order. */
    interface Sink {
        void accept(int sample, byte[] bytes) throws IOException;
    }

    private OrderedSamples() {
    }

    /** Makes every sample with {@code make} (on a pool when it pays) and gives them to {@code sink} in order. */
    static void stream(int start, int end, long sampleBytes, IntFunction<byte[]> make, Sink sink) throws IOException {
        stream(start, end, sampleBytes, Runtime.getRuntime().availableProcessors(), make, sink);
    }

    /** As above on at most {@code cores} threads. */
    static void stream(int start, int end, long sampleBytes, int cores, IntFunction<byte[]> make, Sink sink)
            throws IOException {
        int threads = Math.min(cores, end - start);
        int ahead = (int) Math.max(1, Math.min(2L * threads, AHEAD_BYTES / Math.max(1, sampleBytes)));
        if (threads < 2 || ahead < 2) {
            for (int t = start; t < end; t++) {
                sink.accept(t, make.apply(t));
            }
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, OrderedSamples::daemon);
        try {
            pipeline(start, end, ahead, pool, make, sink);
        } finally {
            pool.shutdownNow();
        }
    }

    private static void pipeline(int start, int end, int ahead, ExecutorService pool, IntFunction<byte[]> make,
            Sink sink) throws IOException {
        ArrayDeque<Future<byte[]>> queue = new ArrayDeque<>();
        int next = start;
        for (int t = start; t < end; t++) {
            while (next < end && queue.size() < ahead) {
                int sample = next++;
                queue.add(pool.submit(() -> make.apply(sample)));
            }
            sink.accept(t, Results.await(queue.poll(), "writing"));
        }
    }

    private static Thread daemon(Runnable r) {
        Thread thread = new Thread(r, "ophys-export");
        thread.setDaemon(true);
        return thread;
    }
}
