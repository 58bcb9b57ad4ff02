package io.github.ophysio.stream;

import io.github.ophysio.model.ImagingExtractor;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;
import java.util.function.Function;

/**
 * One read of samples [start, end) of a recording, in storage order, split into one contiguous block
 * per thread. Each block gets its own {@link PlaneWorker} and reads its samples in increasing order,
 * every selected plane of a sample before the next sample, so each thread streams through its part of
 * the file. Memory: two planes per thread (the stored type and its floats) plus the workers' own state.
 *
 * <p>Immutable: each setter returns a new pass. {@link #run} blocks the calling thread, which reports
 * progress and polls cancellation; workers run on a pool made for that run.
 */
public final class RecordingPass {

    private final ImagingExtractor recording;
    private final int start;
    private final int end;
    private final int[] planes;
    private final int threads;
    private final DoubleConsumer progress;
    private final BooleanSupplier cancelled;

    private RecordingPass(ImagingExtractor recording, int start, int end, int[] planes, int threads,
            DoubleConsumer progress, BooleanSupplier cancelled) {
        this.recording = recording;
        this.start = start;
        this.end = end;
        this.planes = planes;
        this.threads = threads;
        this.progress = progress;
        this.cancelled = cancelled;
    }

    /** Every sample and plane of {@code recording}, on every core, no progress, never cancelled. */
    public static RecordingPass over(ImagingExtractor recording) {
        int[] all = new int[recording.getNumPlanes()];
        for (int p = 0; p < all.length; p++) {
            all[p] = p;
        }
        return new RecordingPass(recording, 0, recording.getNumSamples(), all,
                Runtime.getRuntime().availableProcessors(), f -> { }, () -> false);
    }

    /** Only samples [from, to). */
    public RecordingPass samples(int from, int to) {
        if (from < 0 || to > recording.getNumSamples() || from > to) {
            throw new IllegalArgumentException("samples [" + from + ", " + to + ") outside [0, "
                    + recording.getNumSamples() + ")");
        }
        return new RecordingPass(recording, from, to, planes, threads, progress, cancelled);
    }

    /** Only these planes, read in this order for each sample. */
    public RecordingPass planes(int... chosen) {
        for (int p : chosen) {
            if (p < 0 || p >= recording.getNumPlanes()) {
                throw new IllegalArgumentException("plane " + p + " outside [0, " + recording.getNumPlanes() + ")");
            }
        }
        return new RecordingPass(recording, start, end, chosen.clone(), threads, progress, cancelled);
    }

    /** At most this many threads (and so blocks). */
    public RecordingPass threads(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("threads must be at least 1, not " + count);
        }
        return new RecordingPass(recording, start, end, planes, count, progress, cancelled);
    }

    /** Told the fraction done (0 to 1), on the calling thread, a few times a second and once at the end. */
    public RecordingPass progress(DoubleConsumer fractionDone) {
        return new RecordingPass(recording, start, end, planes, threads, fractionDone, cancelled);
    }

    /** Polled on the calling thread while the pass runs; true stops it with a {@link PassCancelledException}. */
    public RecordingPass cancelledWhen(BooleanSupplier isCancelled) {
        return new RecordingPass(recording, start, end, planes, threads, progress, isCancelled);
    }

    public ImagingExtractor recording() {
        return recording;
    }

    public int[] planeList() {
        return planes.clone();
    }

    /** The contiguous blocks the samples are split into: one per thread, sizes differing by at most one. */
    public List<SampleBlock> blocks() {
        int n = end - start;
        int count = Math.max(1, Math.min(threads, n));
        List<SampleBlock> blocks = new ArrayList<>(count);
        for (int b = 0; b < count; b++) {
            blocks.add(new SampleBlock(b, start + (int) ((long) n * b / count),
                    start + (int) ((long) n * (b + 1) / count)));
        }
        return blocks;
    }

    /**
     * Reads every block, each with the worker {@code newWorker} makes for it, and returns the workers in
     * block order once all have finished. A worker's exception is rethrown as it was thrown, after the
     * other workers have stopped; a cancel or an interrupt of the calling thread throws
     * {@link PassCancelledException}, also after every worker has stopped.
     */
    public <W extends PlaneWorker> List<W> run(Function<SampleBlock, W> newWorker) {
        List<W> workers = new ArrayList<>();
        for (SampleBlock block : blocks()) {
            workers.add(newWorker.apply(block));
        }
        new PassRun(recording, planes, progress, cancelled).run(blocks(), workers);
        return workers;
    }
}
