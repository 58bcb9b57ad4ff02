package io.github.ophysio.stream;

/**
 * What one block of a {@link RecordingPass} does with its planes. Each block has its own worker, called
 * from one thread only, so a worker needs no locking; the pass returns the workers in block order for
 * the caller to merge.
 */
@FunctionalInterface
public interface PlaneWorker {

    /**
     * One plane of one sample, row-major, converted to float. The array is reused for the next plane:
     * read it, do not keep it. Samples come in increasing order, and for each sample its planes in the
     * order the pass was given.
     */
    void accept(int sample, int plane, float[] pixels);
}
