package io.github.ophysio.stream;

import io.github.ophysio.model.ImagingExtractor;
import io.github.ophysio.model.PixelType;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;

/**
 * One run of a {@link RecordingPass}: a pool of one thread per block, watched from the calling thread.
 * Workers are stopped with a flag they check before each plane, never with an interrupt: an interrupt
 * can close a file channel a reader is mapping.
 */
final class PassRun {

    /** How often the calling thread reports progress and polls cancellation. */
    private static final long POLL_MS = 50;

    private final ImagingExtractor recording;
    private final int[] planes;
    private final DoubleConsumer progress;
    private final BooleanSupplier cancelled;
    private final AtomicBoolean stopping = new AtomicBoolean();
    private final AtomicLong planesDone = new AtomicLong();

    PassRun(ImagingExtractor recording, int[] planes, DoubleConsumer progress, BooleanSupplier cancelled) {
        this.recording = recording;
        this.planes = planes;
        this.progress = progress;
        this.cancelled = cancelled;
    }

    void run(List<SampleBlock> blocks, List<? extends PlaneWorker> workers) {
        long total = Math.max(1L, (long) planes.length * blocks.stream().mapToLong(SampleBlock::size).sum());
        ExecutorService pool = WorkerPools.daemons(blocks.size(), "ophys-pass");
        ExecutorCompletionService<Void> finished = new ExecutorCompletionService<>(pool);
        try {
            for (int b = 0; b < blocks.size(); b++) {
                SampleBlock block = blocks.get(b);
                PlaneWorker worker = workers.get(b);
                finished.submit(() -> read(block, worker), null);
            }
            watch(finished, blocks.size(), total);
            progress.accept(1.0);
        } finally {
            stopping.set(true);
            pool.shutdown();
            WorkerPools.awaitStopped(pool);
        }
    }

    /** Waits for every block, reporting progress; stops everything on a cancel, an interrupt or a failure. */
    private void watch(ExecutorCompletionService<Void> finished, int blocks, long total) {
        int left = blocks;
        while (left > 0) {
            Future<Void> done = poll(finished);
            if (done != null) {
                rethrow(done);
                left--;
            }
            progress.accept(planesDone.get() / (double) total);
            if (cancelled.getAsBoolean()) {
                throw new PassCancelledException("cancelled");
            }
        }
    }

    private static Future<Void> poll(ExecutorCompletionService<Void> finished) {
        try {
            return finished.poll(POLL_MS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PassCancelledException("interrupted");
        }
    }

    private static void rethrow(Future<Void> done) {
        try {
            done.get();
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
            throw new PassCancelledException("interrupted");
        }
    }

    private void read(SampleBlock block, PlaneWorker worker) {
        PixelType type = recording.getPixelType();
        int pixels = recording.getSampleShape().planePixels();
        float[] floats = new float[pixels];
        Object stored = type == PixelType.FLOAT32 ? floats : type.newArray(pixels);
        for (int t = block.start(); t < block.end(); t++) {
            for (int p : planes) {
                if (stopping.get()) {
                    return;
                }
                recording.readPlane(t, p, stored);
                if (stored != floats) {
                    FloatPlanes.convert(type, stored, floats, pixels);
                }
                worker.accept(t, p, floats);
                planesDone.incrementAndGet();
            }
        }
    }
}
