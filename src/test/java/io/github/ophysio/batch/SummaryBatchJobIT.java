package io.github.ophysio.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.ophysio.testing.NpyDoubles;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Summary Images in {@code ImageJ -batch}: images made from a macro and read back with getPixel, against
 * the numpy reference of scripts/fixtures/make_summary_fixtures.py; an error is one Log line.
 */
class SummaryBatchJobIT {

    private static final Path SUMMARY = Path.of("src", "test", "resources", "fixtures", "summary").toAbsolutePath();

    @TempDir
    Path home;

    private static double expected(String file, int row, int col, int cols) throws Exception {
        return NpyDoubles.read(SUMMARY.resolve(file)).values()[row * cols + col];
    }

    @Test
    void aBatchJobReadsSummaryPixelsBack() throws Exception {
        ImageJInstall.Result result = ImageJInstall.in(home).batch("""
                setBatchMode(true);
                run("Ophys Recording...", "path=[%s]");
                title = getTitle();
                run("Summary Images", "images=[mean correlation] frames=6-30");
                selectWindow(title + " mean");
                print("bits=" + bitDepth());
                print("mean=" + d2s(getPixel(4, 3), 6));
                selectWindow(title + " correlation");
                print("corr=" + d2s(getPixel(8, 7), 6));
                print("constant=" + getPixel(3, 6));
                """.formatted(SUMMARY.resolve("planar_uint16.npy")));
        assertEquals("32", result.value("bits"), result.output());
        assertEquals(expected("planar_uint16.5_30.mean.npy", 3, 4, 13), Double.parseDouble(result.value("mean")), 1e-3);
        assertEquals(expected("planar_uint16.5_30.correlation.npy", 7, 8, 13), Double.parseDouble(result.value("corr")),
                1e-5);
        assertEquals("0", result.value("constant"), "a constant pixel's correlation is 0");
    }

    @Test
    void anErrorIsOneLogLine() throws Exception {
        ImageJInstall.Result result = ImageJInstall.in(home).batch("""
                setBatchMode(true);
                run("Ophys Recording...", "path=[%s]");
                run("Summary Images", "images=[mean median]");
                print("after=yes");
                """.formatted(SUMMARY.resolve("planar_uint16.npy")));
        assertEquals(1, result.lines().size(), result.output());
        assertEquals("Summary Images: no summary image 'median' (choose from mean max min std correlation)",
                result.lines().get(0));
        assertFalse(result.output().contains("after=yes"));
    }
}
