package io.github.ophysio.summary;

/**
 * A few frames of one plane, copied, so that the running sums are updated once per batch rather than
 * once per frame: the sums of a large plane do not fit in a core's cache, the batch's rows do.
 */
final class FrameBatch {

    private final float[][] frames;
    private int count;

    FrameBatch(int capacity, int pixels) {
        this.frames = new float[capacity][pixels];
    }

    void add(float[] plane) {
        float[] into = frames[count++];
        System.arraycopy(plane, 0, into, 0, into.length);
    }

    boolean isFull() {
        return count == frames.length;
    }

    int count() {
        return count;
    }

    float[] frame(int k) {
        return frames[k];
    }

    void clear() {
        count = 0;
    }
}
