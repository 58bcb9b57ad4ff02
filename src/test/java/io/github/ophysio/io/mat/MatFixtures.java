package io.github.ophysio.io.mat;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.ophysio.model.PixelMask;
import io.github.ophysio.model.SegmentationExtractor;
import io.github.ophysio.model.TraceKind;
import io.github.ophysio.testing.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The .mat fixtures of {@code scripts/fixtures/make_mat_fixtures.py} and the position-coded values
 * its docstring states: frame 7 rows x 9 cols (not square), 4 ROIs, 12 samples.
 */
public final class MatFixtures {

    public static final int ROWS = 7;
    public static final int COLS = 9;
    public static final int ROIS = 4;
    public static final int SAMPLES = 12;
    public static final String FOLDER = "mat";
    public static final String BAD = "mat/bad";

    /** (row, col) pixels of each ROI, as the generator lists them. */
    private static final int[][][] PIXELS = {
        {{0, 0}, {0, 1}, {1, 0}, {1, 1}},
        {{3, 1}, {3, 2}, {5, 5}, {6, 5}},
        {{3, 4}, {2, 4}, {4, 4}, {3, 3}, {3, 5}},
        {{6, 6}, {6, 7}, {6, 8}, {3, 8}, {4, 8}, {5, 8}},
    };

    private MatFixtures() {
    }

    public static Path path(String name) {
        return Fixtures.path(FOLDER, name);
    }

    public static Path bad(String name) {
        return Fixtures.path(BAD, name);
    }

    /** The real EXTRACT file, read in place; skips the calling test when ../shared is absent. */
    public static Path realExtract() {
        String shared = System.getProperty("ophys.shared", "../shared");
        Path file = Path.of(shared, "fixtures", "real", "matlab", "extract_public_output", "extract_public_output.mat")
                .toAbsolutePath().normalize();
        assumeTrue(Files.isRegularFile(file), "real EXTRACT file not available (read in place from ../shared): " + file);
        return file;
    }

    public static float weight(int k, int r, int c) {
        return (float) (k + 1 + (r * 16 + c) / 256.0);
    }

    public static float image(int base, int r, int c) {
        return (float) (base + r + c / 100.0);
    }

    /** Frame, ROI count and every mask pixel and weight, in MATLAB orientation (row = dimension 1). */
    public static void assertMasks(SegmentationExtractor x) {
        assertEquals(List.of(0, 1, 2, 3), x.getRoiIds());
        assertMaskPixels(x);
    }

    /** Frame and every mask pixel and weight, whatever the ROIs are called. */
    public static void assertMaskPixels(SegmentationExtractor x) {
        assertArrayEquals(new int[] {ROWS, COLS}, x.getFrameShape());
        for (int k = 0; k < ROIS; k++) {
            PixelMask mask = x.getPixelMask(k);
            assertEquals(PIXELS[k].length, mask.pixelCount(), "pixels of ROI " + k);
            float[] dense = x.getImageMask(k);
            for (int[] p : PIXELS[k]) {
                assertEquals(weight(k, p[0], p[1]), dense[p[0] * COLS + p[1]], 1e-6, "ROI " + k + " at " + p[0] + "," + p[1]);
            }
        }
        assertArrayEquals(new int[] {3, 6, 7, 9}, x.getPixelMask(3).bbox(), "the L touches the bottom-right corner");
    }

    /** The only trace kind, every value: base + 100 k + t. */
    public static void assertTraces(SegmentationExtractor x, TraceKind kind, int base) {
        assertEquals(List.of(kind), List.copyOf(x.getTraceKinds()));
        assertTrace(x, kind, base, 1);
    }

    /** Every value of one kind: base + 100 k + t on samples t divisible by {@code every}, 0 on the others. */
    public static void assertTrace(SegmentationExtractor x, TraceKind kind, int base, int every) {
        assertEquals(SAMPLES, x.getNumSamples());
        for (int t = 0; t < SAMPLES; t++) {
            for (int k = 0; k < ROIS; k++) {
                float expected = t % every == 0 ? base + 100 * k + t : 0;
                assertEquals(expected, x.getTraces(kind).get(t, k), kind.key() + " t " + t + ", ROI " + k);
            }
        }
    }

    /** An image whose value at (r, c) is base + r + c / 100. */
    public static void assertImage(SegmentationExtractor x, String name, int base) {
        float[] image = x.getImage(name);
        for (int r = 0; r < ROWS; r++) {
            for (int c = 0; c < COLS; c++) {
                assertEquals(image(base, r, c), image[r * COLS + c], 1e-6, name + " at " + r + "," + c);
            }
        }
    }
}
