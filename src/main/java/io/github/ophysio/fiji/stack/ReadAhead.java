package io.github.ophysio.fiji.stack;

import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * Sequential read-ahead for one stack. When slice n is a neighbour of the slice asked for before
 * (a step of ±1, or ±one hyperstack axis: playback), the next {@code depth} slices along that step
 * are read by the shared pool into new objects, each handed out once. Any other request (a jump)
 * cancels them. At most {@code depth} slices are held or in flight per stack, whatever the file
 * size. Thread-safe: the lock guards only the bookkeeping, never a read.
 */
final class ReadAhead<T> {

    /** System property: slices read ahead per stack (0 turns read-ahead off). */
    static final String PLANES_PROPERTY = "ophys.readahead.planes";
    /** Most slices ahead; beyond this, two workers do not get faster. */
    static final int MAX_DEPTH = 8;
    /** Bytes a stack may have read ahead: keeps big planes (e.g. 2048² float64) to a few. */
    static final long IN_FLIGHT_BYTES = 8L << 20;

    private static final Executor SHARED = sharedPool();
    /** No slice asked for yet: the first request (opening the image) reads nothing ahead. */
    private static final int NONE = 0;

    private final IntFunction<T> reader;
    private final int size;
    private final int depth;
    private final int[] steps;
    private final Executor pool;
    private final Map<Integer, PlaneRead<T>> ahead = new HashMap<>();
    private int last = NONE;

    /**
     * @param reader reads slice n (1-based) into a new object
     * @param steps  the positive steps that count as sequential (1 and the hyperstack strides)
     */
    ReadAhead(IntFunction<T> reader, int size, int depth, int[] steps, Executor pool) {
        this.reader = reader;
        this.size = size;
        this.depth = depth;
        this.steps = steps.clone();
        this.pool = pool;
    }

    /** The shared pool for stacks with planes of {@code planeBytes}, depth bounded by bytes. */
    static <T> ReadAhead<T> shared(IntFunction<T> reader, int size, long planeBytes, int[] steps) {
        return new ReadAhead<>(reader, size, depthFor(planeBytes), steps, SHARED);
    }

    static int depthFor(long planeBytes) {
        int planes = Integer.getInteger(PLANES_PROPERTY, MAX_DEPTH);
        return (int) Math.max(0, Math.min(planes, Math.max(1, IN_FLIGHT_BYTES / Math.max(1, planeBytes))));
    }

    /** Slice n (1-based), read ahead or read now; scheduling the next ones when access is sequential. */
    T get(int n) {
        PlaneRead<T> ready;
        synchronized (this) {
            ready = ahead.remove(n);
            int step = last == NONE ? 0 : n - last;
            if (step != 0) {
                follow(n, isSequential(step) ? step : 0);
            }
            last = n;
        }
        return ready != null ? ready.take() : reader.apply(n);
    }

    /**
     * Slice n, taken if it was read ahead and otherwise read on this thread, with nothing read
     * further ahead (what was is cancelled): for a caller about to read into an array that is already
     * in its CPU cache, which beats handing planes over between threads.
     */
    T getHere(int n) {
        PlaneRead<T> ready;
        synchronized (this) {
            ready = ahead.remove(n);
            ahead.values().forEach(PlaneRead::cancel);
            ahead.clear();
            last = n;
        }
        return ready != null ? ready.take() : reader.apply(n);
    }

    /** Cancels every read ahead and forgets the position (the image is closed or emptied). */
    synchronized void cancel() {
        ahead.values().forEach(PlaneRead::cancel);
        ahead.clear();
        last = NONE;
    }

    /** Slices read ahead (held or in flight) right now. */
    synchronized int pending() {
        return ahead.size();
    }

    private boolean isSequential(int step) {
        for (int s : steps) {
            if (step == s || step == -s) {
                return true;
            }
        }
        return false;
    }

    /** Keeps exactly the reads of slices n + step, n + 2·step, …; step 0 keeps none. */
    private void follow(int n, int step) {
        dropOutside(n, step);
        for (int k = 1; step != 0 && k <= depth; k++) {
            int slice = n + k * step;
            if (slice < 1 || slice > size) {
                break;
            }
            ahead.computeIfAbsent(slice, this::schedule);
        }
    }

    private void dropOutside(int n, int step) {
        Iterator<Map.Entry<Integer, PlaneRead<T>>> it = ahead.entrySet().iterator();
        while (it.hasNext()) {
            Map.Entry<Integer, PlaneRead<T>> e = it.next();
            if (!ahead(n, step, e.getKey())) {
                e.getValue().cancel();
                it.remove();
            }
        }
    }

    private boolean ahead(int n, int step, int slice) {
        int k = step == 0 ? 0 : (slice - n) / step;
        return k >= 1 && k <= depth && slice == n + k * step;
    }

    private PlaneRead<T> schedule(int slice) {
        PlaneRead<T> read = new PlaneRead<>(() -> reader.apply(slice));
        pool.execute(read);
        return read;
    }

    /** Daemon threads, one per core up to 2, that end after 30 s idle (an idle Fiji keeps none). */
    private static Executor sharedPool() {
        int threads = Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors()));
        AtomicInteger count = new AtomicInteger();
        ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), r -> {
                    Thread t = new Thread(r, "ophys-read-ahead-" + count.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }
}
