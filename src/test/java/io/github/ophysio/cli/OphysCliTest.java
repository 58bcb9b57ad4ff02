package io.github.ophysio.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.ophysio.formats.FormatRegistry;
import io.github.ophysio.formats.OpenOptions;
import io.github.ophysio.model.ImagingExtractor;
import io.github.ophysio.model.ImagingComparison;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as cli.md fixes it: JSON fields, exported arrays, exit codes, one-line errors. */
class OphysCliTest {

    private static final Path FIXTURES = Path.of("src", "test", "resources", "fixtures");
    private static final Path UINT16 = FIXTURES.resolve("npy/uint16_le_c_v10_5x7x9.npy");
    private static final Path FOUR_D = FIXTURES.resolve("npy/uint16_le_c_v10_5x7x9x3.npy");

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return OphysCli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void infoPrintsTheContractFields() {
        assertEquals(0, run("info", UINT16.toString(), "--fs", "20"));
        JsonObject info = JsonParser.parseString(out.toString()).getAsJsonObject();
        assertEquals("imaging", info.get("kind").getAsString());
        assertEquals("npy", info.get("format").getAsString());
        assertEquals("[5,7,9]", info.get("shape").toString());
        assertEquals("uint16", info.get("dtype").getAsString());
        assertEquals(20.0, info.get("samplingFrequency").getAsDouble());
        assertEquals("[0.0,0.05,0.1,0.15,0.2]", info.get("timestamps").toString());
        assertFalse(info.get("nativeTimestamps").getAsBoolean());
        assertEquals("[\"0\"]", info.get("channels").toString());
        assertTrue(info.get("pixelSize").isJsonNull());
        assertTrue(info.get("metadata").isJsonObject());
    }

    @Test
    void infoWithoutRateHasNullRateAndTimes() {
        assertEquals(0, run("info", UINT16.toString()));
        JsonObject info = JsonParser.parseString(out.toString()).getAsJsonObject();
        assertTrue(info.get("samplingFrequency").isJsonNull());
        assertTrue(info.get("timestamps").isJsonNull());
    }

    @Test
    void infoOfAVolumeAndOfChannels() {
        assertEquals(0, run("info", FOUR_D.toString(), "--fourth-axis", "planes"));
        assertTrue(out.toString().replaceAll("\\s", "").contains("\"shape\":[5,7,9,3]"));
        out.getBuffer().setLength(0);
        assertEquals(0, run("info", FOUR_D.toString()));
        assertTrue(out.toString().replaceAll("\\s", "").contains("\"channels\":[\"0\",\"1\",\"2\"]"));
    }

    @Test
    void exportWritesTheSameArray(@TempDir Path dir) {
        Path exported = dir.resolve("out.npy");
        assertEquals(0, run("export", UINT16.toString(), exported.toString(), "--frames", "1:4"), err.toString());
        FormatRegistry registry = FormatRegistry.load();
        ImagingExtractor original = registry.openImaging(UINT16, OpenOptions.none()).sliceSamples(1, 4);
        ImagingComparison.assertSameImaging(original, registry.openImaging(exported, OpenOptions.none()));
    }

    @Test
    void exportOfOneChannelAndOfOnePlane(@TempDir Path dir) {
        Path channel = dir.resolve("c2.npy");
        assertEquals(0, run("export", FOUR_D.toString(), channel.toString(), "--channel", "2"));
        Path plane = dir.resolve("p2.npy");
        assertEquals(0, run("export", FOUR_D.toString(), plane.toString(), "--fourth-axis", "planes", "--plane", "2"));
        FormatRegistry registry = FormatRegistry.load();
        ImagingComparison.assertSameImaging(registry.openImaging(channel, OpenOptions.none()),
                registry.openImaging(plane, OpenOptions.none()));
    }

    @Test
    void exportOfAVolumeKeepsPlanesLast(@TempDir Path dir) {
        Path volume = dir.resolve("v.npy");
        assertEquals(0, run("export", FOUR_D.toString(), volume.toString(), "--fourth-axis", "planes"));
        OpenOptions planes = OpenOptions.none().with(OpenOptions.FOURTH_AXIS, "planes");
        FormatRegistry registry = FormatRegistry.load();
        ImagingComparison.assertSameImaging(registry.openImaging(FOUR_D, planes), registry.openImaging(volume, planes));
    }

    @Test
    void aMissingFileIsExitThreeWithOneLine() {
        assertEquals(3, run("info", "/no/such/file.npy"));
        assertEquals("/no/such/file.npy: missing: no such file or folder", err.toString().trim());
    }

    @Test
    void aCorruptFileIsExitThreeWithoutStackTrace() {
        Path bad = FIXTURES.resolve("npy/bad/wrong_magic.npy");
        assertEquals(3, run("info", bad.toString()));
        String message = err.toString().trim();
        assertTrue(message.startsWith(bad + ": corrupt: npy magic: expected"), message);
        assertEquals(1, message.lines().count());
        assertEquals(3, run("info", bad.toString(), "--debug"));
        assertTrue(err.toString().contains("\tat "), "--debug adds the stack trace");
    }

    @Test
    void badUsageIsExitTwo(@TempDir Path dir) throws Exception {
        assertEquals(2, run("info"));
        assertEquals(2, run("info", UINT16.toString(), "--fs", "fast"));
        assertTrue(err.toString().contains("fs must be a number"), err.toString());
        assertEquals(2, run("info", UINT16.toString(), "--format", "tiff"));
        assertEquals(2, run("export", UINT16.toString(), dir.resolve("x.npy").toString(), "--frames", "4:2"));
        Path copy = Files.copy(UINT16, dir.resolve("in.npy"));
        byte[] before = Files.readAllBytes(copy);
        assertEquals(2, run("export", copy.toString(), copy.toString()));
        assertArrayEquals(before, Files.readAllBytes(copy), "the input is never written");
    }

    @Test
    void exportLeavesNothingBehindOnFailure(@TempDir Path dir) throws Exception {
        assertEquals(3, run("export", FIXTURES.resolve("npy/bad/truncated.npy").toString(), dir.resolve("o.npy").toString()));
        try (var files = Files.list(dir)) {
            assertEquals(0, files.count());
        }
    }

    @Test
    void rawNeedsItsShape() {
        Path raw = FIXTURES.resolve("raw/uint16_defaults.raw");
        assertEquals(2, run("info", raw.toString(), "--format", "raw"));
        assertTrue(err.toString().contains("rows is required"), err.toString());
    }

    @Test
    void nwbOrientationOptionReachesTheReader(@TempDir Path dir) {
        String pixelMasks = FIXTURES.resolve("nwb/segmentation/pixel_masks.nwb").toString();
        String out = dir.resolve("rois.json").toString();
        assertEquals(0, run("rois", pixelMasks, out), err.toString());
        assertEquals(3, run("rois", pixelMasks, out, "--nwb-x", "cols"), "x read as the column puts pixels outside");
        assertTrue(err.toString().contains("nwb-x"), err.toString());
        assertEquals(2, run("rois", pixelMasks, out, "--nwb-x", "diagonal"));
    }
}
