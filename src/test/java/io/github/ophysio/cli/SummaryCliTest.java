package io.github.ophysio.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.ophysio.summary.SummaryImage;
import io.github.ophysio.testing.NpyDoubles;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** {@code summary RECORDING OUT.npy [--image …] [--frames A:B]} as cli.md fixes it, against the numpy reference. */
class SummaryCliTest {

    private static final Path SUMMARY = Path.of("src", "test", "resources", "fixtures", "summary");
    private static final Path PLANAR = SUMMARY.resolve("planar_uint16.npy");
    private static final Path VOLUME = SUMMARY.resolve("volume_float32.npy");
    private static final Path PYTHON = Path.of("/usr/bin/python3");

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return OphysCli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    /** Asserts the written file has {@code shape} and the expected image's values within 1e-9 (relative for large ones). */
    private static void assertImage(Path written, String expectedName, long[] shape) throws Exception {
        NpyDoubles actual = NpyDoubles.read(written);
        NpyDoubles expected = NpyDoubles.read(SUMMARY.resolve(expectedName));
        assertArrayEquals(shape, actual.shape());
        assertArrayEquals(expected.shape(), actual.shape());
        for (int i = 0; i < actual.values().length; i++) {
            double e = expected.values()[i];
            assertEquals(e, actual.values()[i], 1e-9 * Math.max(1, Math.abs(e)), expectedName + " at " + i);
        }
    }

    @ParameterizedTest
    @EnumSource(SummaryImage.class)
    void eachImageOfAPlanarRecordingIsRowsByCols(SummaryImage image, @TempDir Path dir) throws Exception {
        Path written = dir.resolve(image.key() + ".npy");
        assertEquals(0, run("summary", PLANAR.toString(), written.toString(), "--image", image.key()), err.toString());
        assertImage(written, "planar_uint16." + image.key() + ".npy", new long[] {11, 13});
    }

    @Test
    void theDefaultIsTheMeanAndFramesAreHalfOpen(@TempDir Path dir) throws Exception {
        Path mean = dir.resolve("mean.npy");
        assertEquals(0, run("summary", PLANAR.toString(), mean.toString(), "--frames", "5:30"), err.toString());
        assertImage(mean, "planar_uint16.5_30.mean.npy", new long[] {11, 13});
        Path correlation = dir.resolve("c.npy");
        assertEquals(0, run("summary", PLANAR.toString(), correlation.toString(), "--frames", "5:30", "--image",
                "correlation"), err.toString());
        assertImage(correlation, "planar_uint16.5_30.correlation.npy", new long[] {11, 13});
    }

    @Test
    void aVolumeGivesRowsColsPlanesAndOnePlaneOrChannelGivesRowsCols(@TempDir Path dir) throws Exception {
        Path volume = dir.resolve("v.npy");
        assertEquals(0, run("summary", VOLUME.toString(), volume.toString(), "--fourth-axis", "planes", "--image", "std"));
        assertImage(volume, "volume_float32.std.npy", new long[] {9, 10, 3});
        Path plane = dir.resolve("p.npy");
        assertEquals(0, run("summary", VOLUME.toString(), plane.toString(), "--fourth-axis", "planes", "--plane", "1",
                "--image", "max"));
        Path channel = dir.resolve("c.npy");
        assertEquals(0, run("summary", VOLUME.toString(), channel.toString(), "--channel", "1", "--image", "max"));
        NpyDoubles all = NpyDoubles.read(SUMMARY.resolve("volume_float32.max.npy"));
        for (Path one : List.of(plane, channel)) {
            NpyDoubles image = NpyDoubles.read(one);
            assertArrayEquals(new long[] {9, 10}, image.shape());
            for (int i = 0; i < 90; i++) {
                assertEquals(all.values()[i * 3 + 1], image.values()[i], one.toString());
            }
        }
    }

    @Test
    void numpyReadsTheOutput(@TempDir Path dir) throws Exception {
        assumeTrue(Files.isExecutable(PYTHON), "Debian's /usr/bin/python3 with numpy is needed");
        Path written = dir.resolve("corr.npy");
        assertEquals(0, run("summary", VOLUME.toString(), written.toString(), "--fourth-axis", "planes", "--image",
                "correlation"));
        String check = "import numpy as np, sys; a = np.load(sys.argv[1]); e = np.load(sys.argv[2]);"
                + " print(a.dtype, a.shape, a.flags['C_CONTIGUOUS'], np.allclose(a, e, rtol=0, atol=1e-9))";
        Process p = new ProcessBuilder(PYTHON.toString(), "-c", check, written.toString(),
                SUMMARY.resolve("volume_float32.correlation.npy").toString()).redirectErrorStream(true).start();
        String said = new String(p.getInputStream().readAllBytes()).trim();
        assumeTrue(p.waitFor() == 0 || !said.contains("No module named"), "numpy is needed: " + said);
        assertEquals("float64 (9, 10, 3) True True", said);
    }

    @Test
    void badImageNamesAndRangesAreUsageErrorsThatWriteNothing(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("x.npy");
        assertEquals(2, run("summary", PLANAR.toString(), target.toString(), "--image", "median"));
        assertEquals("usage: no summary image 'median' (choose from mean max min std correlation)", lastLine());
        assertEquals(2, run("summary", PLANAR.toString(), target.toString(), "--frames", "30:5"));
        assertEquals("usage: --frames 30:5 is not a non-empty range inside [0, 37)", lastLine());
        assertEquals(2, run("summary", PLANAR.toString(), target.toString(), "--frames", "0:38"));
        assertEquals("usage: --frames 0:38 is not a non-empty range inside [0, 37)", lastLine());
        assertEquals(2, run("summary", VOLUME.toString(), target.toString(), "--fourth-axis", "planes", "--plane", "7"));
        assertEquals("usage: no plane '7' (planes: 0..2)", lastLine());
        assertEquals(2, run("summary", PLANAR.toString()));
        assertNothingIn(dir);
    }

    @Test
    void badFilesAreExitThreeAndTheInputIsNeverWritten(@TempDir Path dir) throws Exception {
        Path truncated = Path.of("src", "test", "resources", "fixtures", "npy", "bad", "truncated.npy");
        assertEquals(3, run("summary", truncated.toString(), dir.resolve("t.npy").toString()));
        assertEquals(1, err.toString().trim().lines().count(), err.toString());
        assertEquals(3, run("summary", dir.resolve("none.npy").toString(), dir.resolve("n.npy").toString()));
        assertEquals(dir.resolve("none.npy") + ": missing: no such file or folder", lastLine());
        assertNothingIn(dir);
        Path copy = Files.copy(PLANAR, dir.resolve("in.npy"));
        byte[] before = Files.readAllBytes(copy);
        assertEquals(2, run("summary", copy.toString(), copy.toString()));
        assertEquals("usage: OUT is the input file " + copy + "; choose another name", lastLine());
        assertArrayEquals(before, Files.readAllBytes(copy));
    }

    private String lastLine() {
        List<String> lines = err.toString().lines().toList();
        return lines.get(lines.size() - 1);
    }

    private static void assertNothingIn(Path dir) throws Exception {
        try (var files = Files.list(dir)) {
            assertEquals(List.of(), files.toList());
        }
    }
}
