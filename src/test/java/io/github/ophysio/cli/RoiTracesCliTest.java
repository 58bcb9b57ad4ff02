package io.github.ophysio.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ophysio.testing.FixtureGenerators;
import io.github.ophysio.testing.ImageJRoiSets;
import io.github.ophysio.testing.NpyDoubles;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code traces RECORDING OUT.npy --rois SOURCE [--name raw|neuropil|dff]} as cli.md fixes it, for every kind of
 * SOURCE, against the numpy references of make_roi_trace_fixtures.py.
 */
class RoiTracesCliTest {

    private static final Path DIR = ImageJRoiSets.DIR;
    private static final String RECORDING = DIR.resolve("recording.npy").toString();
    private static final String FOOTPRINTS = DIR.resolve("footprints.npy").toString();
    /** The options make_roi_trace_fixtures.py's params.json names. */
    private static final String[] OPTIONS = {"--fs", "12.5", "--factor", "0.6", "--percentile", "10", "--window", "2"};

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return OphysCli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    private int traces(Path written, String source, String... more) {
        List<String> args = new ArrayList<>(List.of("traces", RECORDING, written.toString(), "--rois", source));
        args.addAll(List.of(more));
        return run(args.toArray(String[]::new));
    }

    /** Asserts the written (T, N) float64 file equals the numpy reference to 1e-9 (relative for large values). */
    private static void assertTraces(Path written, String expectedName) throws Exception {
        NpyDoubles actual = NpyDoubles.read(written);
        NpyDoubles expected = NpyDoubles.read(DIR.resolve(expectedName));
        assertArrayEquals(expected.shape(), actual.shape(), expectedName);
        for (int i = 0; i < actual.values().length; i++) {
            double e = expected.values()[i];
            assertEquals(e, actual.values()[i], 1e-9 * Math.max(1, Math.abs(e)), expectedName + " at " + i);
        }
    }

    @Test
    void generatorReproducesTheCommittedFixtures(@TempDir Path out) throws Exception {
        FixtureGenerators.assertReproduces("make_roi_trace_fixtures.py", "numpy", out, "roitraces");
    }

    @ParameterizedTest
    @ValueSource(strings = {"raw", "neuropil", "dff"})
    void aFootprintNpyGivesEachKindAsNumpyComputesIt(String name, @TempDir Path dir) throws Exception {
        Path written = dir.resolve(name + ".npy");
        List<String> args = new ArrayList<>(List.of("--name", name));
        args.addAll(List.of(OPTIONS));
        if (name.equals("dff")) {
            args.addAll(List.of("--neuropil", "ring"));
        }
        assertEquals(0, traces(written, FOOTPRINTS, args.toArray(String[]::new)), err.toString());
        assertTraces(written, "expected_" + name + ".npy");
    }

    @Test
    void theDefaultIsRawAndIntegerWeightsAreWeights(@TempDir Path dir) throws Exception {
        Path raw = dir.resolve("raw.npy");
        assertEquals(0, traces(raw, FOOTPRINTS), err.toString());
        assertTraces(raw, "expected_raw.npy");
        Path u8 = dir.resolve("u8.npy");
        assertEquals(0, traces(u8, DIR.resolve("footprints_u8.npy").toString()), err.toString());
        assertTraces(u8, "expected_raw_u8.npy");
    }

    @Test
    void aSegmentationGivesItsWeightedFootprintsInRoiIdOrder(@TempDir Path dir) throws Exception {
        Path raw = dir.resolve("raw.npy");
        assertEquals(0, traces(raw, DIR.resolve("suite2p").resolve("plane0").toString()), err.toString());
        assertTraces(raw, "expected_raw.npy");
    }

    @Test
    void aRoiSetZipAndARoiFileAreMeasuredAsImageJDrawsThem(@TempDir Path dir) throws Exception {
        Path zip = ImageJRoiSets.writeZip(dir.resolve("RoiSet.zip"), ImageJRoiSets.rois());
        Path written = dir.resolve("imagej.npy");
        assertEquals(0, traces(written, zip.toString()), err.toString());
        assertTraces(written, "expected_imagej_raw.npy");
        Path oval = ImageJRoiSets.writeRoi(dir.resolve("oval.roi"), ImageJRoiSets.rois().get(1));
        Path one = dir.resolve("one.npy");
        assertEquals(0, traces(one, oval.toString()), err.toString());
        NpyDoubles all = NpyDoubles.read(written);
        NpyDoubles single = NpyDoubles.read(one);
        assertArrayEquals(new long[] {37, 1}, single.shape());
        for (int t = 0; t < 37; t++) {
            assertEquals(all.values()[t * 4 + 1], single.values()[t], 0, "oval at sample " + t);
        }
    }

    @Test
    void planeAndChannelPickWhatAVolumeIsMeasuredOn(@TempDir Path dir) throws Exception {
        Path traces = Path.of("src", "test", "resources", "fixtures", "traces");
        String volume = traces.resolve("recording.npy").toString();
        String footprints = traces.resolve("footprints.npy").toString();
        Path plane = dir.resolve("plane.npy");
        assertEquals(0, run("traces", volume, plane.toString(), "--rois", footprints, "--fourth-axis", "planes",
                "--plane", "1"), err.toString());
        Path channel = dir.resolve("channel.npy");
        assertEquals(0, run("traces", volume, channel.toString(), "--rois", footprints, "--channel", "1"), err.toString());
        NpyDoubles expected = NpyDoubles.read(traces.resolve("expected_raw.npy"));
        for (Path written : List.of(plane, channel)) {
            NpyDoubles got = NpyDoubles.read(written);
            assertArrayEquals(new long[] {41, 9}, got.shape());
            for (int t = 0; t < 41; t++) {
                for (int k : new int[] {6, 7}) {
                    double e = expected.values()[t * 9 + k];
                    assertEquals(e, got.values()[t * 9 + k], 1e-9 * e, written + " ROI " + k + " sample " + t);
                }
                assertTrue(Double.isNaN(got.values()[t * 9 + 8]), "the empty ROI is NaN");
            }
        }
        assertEquals(2, run("traces", volume, dir.resolve("v.npy").toString(), "--rois", footprints, "--fourth-axis",
                "planes"));
        assertEquals("usage: the recording is a volume of 2 planes: pick the plane to measure with --plane",
                err.toString().strip());
    }

    @Test
    void aMissingSourceIsExit3NamingIt(@TempDir Path dir) {
        Path missing = dir.resolve("nothing.zip");
        Path written = dir.resolve("o.npy");
        assertEquals(3, traces(written, missing.toString()));
        assertEquals(missing + ": missing: no such file or folder (the --rois SOURCE)", err.toString().strip());
        assertFalse(Files.exists(written));
    }

    @Test
    void aFootprintArrayOfAnotherShapeIsExit3WithTheShape(@TempDir Path dir) {
        Path flat = DIR.resolve("bad").resolve("footprints_2d.npy");
        assertEquals(3, traces(dir.resolve("o.npy"), flat.toString()));
        assertEquals(flat + ": unsupported: footprints are an array (N, rows, cols); this one is (40, 47)",
                err.toString().strip());
    }

    @Test
    void footprintsOfAnotherFrameSizeAreExit2NamingBothSizes(@TempDir Path dir) {
        Path other = DIR.resolve("bad").resolve("footprints_other_frame.npy");
        assertEquals(2, traces(dir.resolve("o.npy"), other.toString()));
        assertEquals("usage: " + other + ": the ROIs are drawn on a 20 × 30 frame (rows × cols) but the recording's"
                + " frame is 40 × 47", err.toString().strip());
        assertEquals(List.of(), List.of(dir.toFile().list()), "nothing written");
    }

    @Test
    void aZipWithoutRoiEntriesIsExit3(@TempDir Path dir) {
        Path notes = DIR.resolve("bad").resolve("notes.zip");
        assertEquals(3, traces(dir.resolve("o.npy"), notes.toString()));
        assertEquals(notes + ": corrupt: ImageJ ROI set: expected a zip of .roi entries, found no .roi entry"
                + " (entries: notes.txt)", err.toString().strip());
    }

    @Test
    void badNamesAndOptionsAreExit2(@TempDir Path dir) {
        String o = dir.resolve("o.npy").toString();
        assertEquals(2, run("traces", RECORDING, o, "--rois", FOOTPRINTS, "--name", "deconvolved"));
        assertEquals("usage: with --rois, --name is raw, neuropil or dff, not deconvolved", lastLine());
        assertEquals(2, run("traces", RECORDING, o, "--rois", FOOTPRINTS, "--name", "neuropil", "--neuropil", "none"));
        assertEquals("usage: --name neuropil needs the ring (--neuropil ring, or leave it out)", lastLine());
        assertEquals(2, run("traces", RECORDING, o, "--rois", FOOTPRINTS, "--neuropil", "annulus"));
        assertEquals("usage: --neuropil is none or ring, not annulus", lastLine());
        assertEquals(2, run("traces", RECORDING, o, "--rois", FOOTPRINTS, "--percentile", "101"));
        assertEquals("usage: baseline percentile out of range: 101.0", lastLine());
        assertEquals(2, run("traces", RECORDING, o, "--rois", FOOTPRINTS, "--name", "dff"));
        assertEquals("usage: dF/F needs the recording's sampling rate (the baseline window is in seconds), and none"
                + " is known", lastLine());
        assertEquals(2, run("traces", RECORDING, o, "--factor", "0.5"));
        assertEquals("usage: --neuropil, --factor, --percentile and --window need --rois", lastLine());
        assertFalse(Files.exists(Path.of(o)));
    }

    private String lastLine() {
        String[] lines = err.toString().strip().split("\n");
        return lines[lines.length - 1];
    }
}
