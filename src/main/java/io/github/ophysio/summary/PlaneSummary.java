package io.github.ophysio.summary;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

/**
 * One worker's accumulator for one plane: frames are added in any order (as float planes of rows × cols,
 * row-major), accumulators of other workers are merged in, and the images are made at the end. Not
 * thread-safe: one per worker and plane.
 */
public final class PlaneSummary {

    /** Frames gathered before the sums are updated; fewer when planes are large (see {@link #batchFor}). */
    private static final int MAX_BATCH = 16;
    private static final long BATCH_FLOATS = 8L << 20;

    private final int rows;
    private final int cols;
    private final Set<SummaryImage> images;
    private final PixelSums sums;
    private final Extremes extremes;
    private final FrameBatch batch;
    private long frames;

    /** An accumulator for the given images of a rows × cols plane; {@code planes} bounds the batch memory. */
    public PlaneSummary(int rows, int cols, Collection<SummaryImage> images, int planes) {
        this.rows = rows;
        this.cols = cols;
        this.images = EnumSet.copyOf(images);
        boolean needsSums = images.stream().anyMatch(SummaryImage::needsSums);
        this.sums = needsSums ? new PixelSums(rows, cols, images.contains(SummaryImage.CORRELATION)) : null;
        boolean needsExtremes = images.contains(SummaryImage.MAX) || images.contains(SummaryImage.MIN);
        this.extremes = needsExtremes ? new Extremes(rows * cols) : null;
        this.batch = new FrameBatch(needsSums ? batchFor(rows * cols, planes) : 1, rows * cols);
    }

    static int batchFor(int pixels, int planes) {
        return (int) Math.max(1, Math.min(MAX_BATCH, BATCH_FLOATS / ((long) pixels * planes)));
    }

    /** Adds one frame of this plane: {@code rows × cols} values, row-major; the array is not kept. */
    public void add(float[] plane) {
        if (extremes != null) {
            extremes.add(plane);
        }
        frames++;
        if (sums != null) {
            batch.add(plane);
            if (batch.isFull()) {
                flush();
            }
        }
    }

    /** Adds another worker's frames of the same plane. */
    public void merge(PlaneSummary other) {
        other.flush();
        flush();
        if (sums != null) {
            sums.merge(other.sums);
        }
        if (extremes != null) {
            extremes.merge(other.extremes);
        }
        frames += other.frames;
    }

    public long frames() {
        return frames;
    }

    /** The image as float64, row-major rows × cols; every frame must have been added or merged. */
    public double[] image(SummaryImage image) {
        if (!images.contains(image)) {
            throw new IllegalStateException(image.key() + " was not accumulated");
        }
        if (frames == 0) {
            throw new IllegalStateException("no frames were added");
        }
        flush();
        return switch (image) {
            case MEAN -> each(sums::mean);
            case STD -> each(i -> Math.sqrt(sums.variance(i)));
            case MAX -> extremes.max();
            case MIN -> extremes.min();
            case CORRELATION -> LocalCorrelation.image(sums);
        };
    }

    private double[] each(java.util.function.IntToDoubleFunction pixel) {
        double[] image = new double[rows * cols];
        for (int i = 0; i < image.length; i++) {
            image[i] = pixel.applyAsDouble(i);
        }
        return image;
    }

    private void flush() {
        if (sums != null) {
            sums.add(batch);
        }
        batch.clear();
    }
}
