package io.github.ophysio.fiji.stack;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * One plane read ahead. Whoever claims it first reads it: a worker of the pool, or the thread that
 * asks for the plane before any worker got to it (so a request never waits behind a queue).
 * A cancelled read is claimed by nobody and skipped when a worker reaches it.
 */
final class PlaneRead<T> implements Runnable {

    private final Supplier<T> reader;
    private final AtomicBoolean claimed = new AtomicBoolean();
    private final CompletableFuture<T> result = new CompletableFuture<>();

    PlaneRead(Supplier<T> reader) {
        this.reader = reader;
    }

    /** The worker's side: reads the plane unless it was taken or cancelled meanwhile. */
    @Override
    public void run() {
        if (claimed.compareAndSet(false, true)) {
            complete();
        }
    }

    private void complete() {
        try {
            result.complete(reader.get());
        } catch (RuntimeException | Error e) {
            // kept for the thread that asks for this plane: it rethrows it there
            result.completeExceptionally(e);
        }
    }

    /** Stops a read nobody wants any more; one already running finishes and its plane is dropped. */
    void cancel() {
        claimed.set(true);
    }

    /**
     * The plane, read here if no worker started it; a worker's exception is rethrown as thrown.
     * Waiting is uninterruptible: it lasts one plane read at most.
     */
    T take() {
        if (claimed.compareAndSet(false, true)) {
            return reader.get();
        }
        try {
            return result.join();
        } catch (CompletionException e) {
            throw rethrown(e.getCause());
        }
    }

    private static RuntimeException rethrown(Throwable cause) {
        if (cause instanceof Error error) {
            throw error;
        }
        return cause instanceof RuntimeException r ? r : new IllegalStateException(cause);
    }
}
