package io.github.ophysio.fiji;

import io.github.ophysio.model.ImagingExtractor;
import io.github.ophysio.model.PixelType;
import io.github.ophysio.model.SampleShape;
import io.github.ophysio.io.NpyWriter;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalDouble;

/** A synthetic calcium-imaging movie: Gaussian cells on a dim background, each with its own rhythm. */
final class DemoRecording extends ImagingExtractor {

    private static final int SAMPLES = 300;
    private static final int ROWS = 240;
    private static final int COLS = 320;
    private static final int CELLS = 24;

    @Override
    public int getNumSamples() {
        return SAMPLES;
    }

    @Override
    public SampleShape getSampleShape() {
        return SampleShape.of(ROWS, COLS);
    }

    @Override
    public PixelType getPixelType() {
        return PixelType.UINT16;
    }

    @Override
    public OptionalDouble getSamplingFrequency() {
        return OptionalDouble.of(30);
    }

    @Override
    public void readPlane(int sample, int plane, Object dest) {
        short[] pixels = (short[]) dest;
        for (int r = 0; r < ROWS; r++) {
            for (int c = 0; c < COLS; c++) {
                pixels[r * COLS + c] = (short) (200 + noise(sample, r, c) + cells(sample, r, c));
            }
        }
    }

    /** Cheap deterministic shot-noise stand-in: a hash of the position, 0..63. */
    private static int noise(int sample, int r, int c) {
        int h = r * 73856093 ^ c * 19349663 ^ sample * 83492791;
        return (h ^ (h >>> 13)) & 63;
    }

    private static double cells(int sample, int r, int c) {
        double sum = 0;
        for (int k = 0; k < CELLS; k++) {
            sum += (300 + activity(k, sample)) * footprint(k, r, c);
        }
        return sum;
    }

    /** The number of cells (a demo segmentation outlines each). */
    static int cells() {
        return CELLS;
    }

    /** Cell {@code k}'s weight at (r, c): a Gaussian around its centre. */
    static double footprint(int k, int r, int c) {
        double cy = 20 + (k * k * 29 + k * 71) % (ROWS - 40);
        double cx = 20 + (k * 53 + k * k * 17) % (COLS - 40);
        double d2 = (r - cy) * (r - cy) + (c - cx) * (c - cx);
        return Math.exp(-d2 / 30);
    }

    /** Cell {@code k}'s activity at {@code sample} (its trace). */
    static double activity(int k, int sample) {
        return Math.max(0, Math.sin(sample / (6.0 + k % 5) + k)) * 1500;
    }

    static void write(Path file) throws IOException {
        Demo.prepare(file);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 20)) {
            NpyWriter.write(new DemoRecording(), 0, SAMPLES, out, done -> { });
        }
    }
}
