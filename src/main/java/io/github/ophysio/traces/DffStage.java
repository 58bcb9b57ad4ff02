package io.github.ophysio.traces;

import io.github.ophysio.stream.PassCancelledException;
import io.github.ophysio.stream.WorkerPools;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;

/**
 * dF/F from the traces of a finished pass, a block of ROIs at a time on every core: corrected
 * {@code F = raw − c·neuropil} (or raw), baseline {@code F0} its sliding percentile, {@code (F − F0) / F0}.
 * A block holds at most {@value #BLOCK_VALUES} doubles, whatever the number of samples and ROIs.
 */
final class DffStage {

    static final int BLOCK_VALUES = 1 << 21;

    private final TraceFile raw;
    private final TraceFile neuropil;
    private final double factor;
    private final TraceFile dff;
    private final int halfWidth;
    private final double percentile;
    private final AtomicBoolean stopping = new AtomicBoolean();
    private final AtomicInteger blocksDone = new AtomicInteger();

    DffStage(TraceFile raw, TraceFile neuropil, double factor, TraceFile dff, int halfWidth, double percentile) {
        this.raw = raw;
        this.neuropil = neuropil;
        this.factor = factor;
        this.dff = dff;
        this.halfWidth = halfWidth;
        this.percentile = percentile;
    }

    void run(int threads, DoubleConsumer progress, BooleanSupplier cancelled) {
        int width = Math.max(1, BLOCK_VALUES / Math.max(1, raw.samples()));
        int blocks = (raw.columns() + width - 1) / width;
        ExecutorService pool = WorkerPools.daemons(Math.max(1, Math.min(threads, blocks)), "ophys-dff");
        try {
            List<Future<?>> work = new ArrayList<>();
            for (int b = 0; b < blocks; b++) {
                int from = b * width;
                int to = Math.min(raw.columns(), from + width);
                work.add(pool.submit(() -> block(from, to)));
            }
            for (Future<?> future : work) {
                await(future, blocks, progress, cancelled);
            }
        } finally {
            stopping.set(true);
            pool.shutdown();
            WorkerPools.awaitStopped(pool);
        }
    }

    private void block(int from, int to) {
        if (stopping.get()) {
            return;
        }
        int width = to - from;
        int samples = raw.samples();
        double[] f = raw.readColumns(from, to);
        double[] fneu = neuropil == null ? null : neuropil.readColumns(from, to);
        double[] column = new double[samples];
        for (int c = 0; c < width; c++) {
            for (int t = 0; t < samples; t++) {
                column[t] = f[t * width + c] - (fneu == null ? 0 : factor * fneu[t * width + c]);
            }
            double[] baseline = SlidingPercentile.of(column, halfWidth, percentile);
            for (int t = 0; t < samples; t++) {
                dff.put(t, from + c, (column[t] - baseline[t]) / baseline[t]);
            }
        }
        blocksDone.incrementAndGet();
    }

    private void await(Future<?> future, int blocks, DoubleConsumer progress, BooleanSupplier cancelled) {
        while (true) {
            if (cancelled.getAsBoolean()) {
                throw new PassCancelledException("cancelled");
            }
            try {
                future.get(50, TimeUnit.MILLISECONDS);
                return;
            } catch (java.util.concurrent.TimeoutException e) {
                progress.accept(blocksDone.get() / (double) blocks);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new PassCancelledException("interrupted");
            } catch (ExecutionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
            }
        }
    }
}
