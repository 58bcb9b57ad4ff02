package io.github.ophysio.io;

import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/** Waiting for work done on another thread, so that its failure reaches the caller as it was thrown. */
public final class Results {

    private Results() {
    }

    /**
     * The result of {@code work}; a failure is rethrown unwrapped (a corrupt chunk stays a
     * CorruptFileException, one line), an interrupt becomes a cancellation naming {@code what}.
     */
    public static <T> T await(Future<T> work, String what) {
        try {
            return work.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted while " + what);
        }
    }
}
