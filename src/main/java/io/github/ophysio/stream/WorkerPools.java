package io.github.ophysio.stream;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The thread pools of a pass and of the stages after it: daemon threads (a cancelled job never keeps
 * ImageJ from quitting) and a shutdown that waits for every worker, since the caller may delete what
 * they write as soon as it goes on.
 */
public final class WorkerPools {

    private WorkerPools() {
    }

    /** A fixed pool of {@code threads} daemon threads named {@code name}. */
    public static ExecutorService daemons(int threads, String name) {
        return Executors.newFixedThreadPool(threads, run -> {
            Thread thread = new Thread(run, name);
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Waits until every worker of the (shut down) pool has returned; an interrupt is kept, not lost. */
    public static void awaitStopped(ExecutorService pool) {
        boolean interrupted = Thread.interrupted();
        while (true) {
            try {
                if (pool.awaitTermination(1, TimeUnit.SECONDS)) {
                    break;
                }
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
