package io.github.ophysio.fiji.stack;

import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.Executor;

/** An executor whose tasks run only when the test says so: read-ahead made deterministic. */
final class ManualExecutor implements Executor {

    private final Queue<Runnable> tasks = new ArrayDeque<>();
    private int submitted;

    @Override
    public synchronized void execute(Runnable task) {
        tasks.add(task);
        submitted++;
    }

    synchronized int submitted() {
        return submitted;
    }

    /** Runs every queued task in this thread. */
    void runAll() {
        Runnable task;
        while ((task = poll()) != null) {
            task.run();
        }
    }

    private synchronized Runnable poll() {
        return tasks.poll();
    }
}
