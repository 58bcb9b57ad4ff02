package io.github.ophysio.stream;

/** Samples [start, end) of a pass, block {@code index} of its contiguous blocks. */
public record SampleBlock(int index, int start, int end) {

    public SampleBlock {
        if (start > end) {
            throw new IllegalArgumentException("block " + index + ": start " + start + " after end " + end);
        }
    }

    public int size() {
        return end - start;
    }
}
