package io.github.ophysio.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.ophysio.formats.FormatRegistry;
import io.github.ophysio.formats.OpenOptions;
import io.github.ophysio.model.ImagingExtractor;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code info} and {@code export} on Bruker, ThorImage and Femtonics fixtures as cli.md's "Microscope TIFF and MESc" fixes them. */
class MicroscopeFoldersCliTest {

    private static final Path FIXTURES = Path.of("src", "test", "resources", "fixtures");
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return OphysCli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    private JsonObject info(String... args) {
        out.getBuffer().setLength(0);
        String[] all = new String[args.length + 1];
        all[0] = "info";
        System.arraycopy(args, 0, all, 1, args.length);
        assertEquals(0, run(all), err.toString());
        return JsonParser.parseString(out.toString()).getAsJsonObject();
    }

    @Test
    void infoOfABrukerZSeriesAndOneOfItsPlanes() {
        String folder = FIXTURES.resolve("bruker/tseries_zseries").toString();
        JsonObject info = info(folder);
        assertEquals("bruker", info.get("format").getAsString());
        assertEquals("[4,5,8,3]", info.get("shape").toString());
        assertEquals("uint16", info.get("dtype").getAsString());
        assertEquals(1 / 0.15, info.get("samplingFrequency").getAsDouble(), 1e-12);
        assertEquals("[0.0,0.15,0.3,0.45]", info.get("timestamps").toString());
        assertTrue(info.get("nativeTimestamps").getAsBoolean());
        assertEquals("[\"Ch2\"]", info.get("channels").toString());
        assertEquals("[0.5,0.75]", info.get("pixelSize").toString());
        JsonObject plane = info(folder, "--plane", "1");
        assertEquals("[4,5,8]", plane.get("shape").toString());
        assertEquals("[0.05,0.2,0.35,0.5]", plane.get("timestamps").toString());
        assertEquals(1 / 0.15, plane.get("samplingFrequency").getAsDouble(), 1e-12);
    }

    @Test
    void infoOfThorPlanarAndVolume() {
        JsonObject planar = info(FIXTURES.resolve("thor/two_channels_planar/ChanA_001_001_001_001.tif").toString(),
                "--channel", "ChanB");
        assertEquals("thor", planar.get("format").getAsString());
        assertEquals("[4,6,5]", planar.get("shape").toString());
        assertEquals(15.0, planar.get("samplingFrequency").getAsDouble());
        assertEquals(false, planar.get("nativeTimestamps").getAsBoolean());
        assertEquals("[\"ChanA\",\"ChanB\"]", planar.get("channels").toString());
        assertEquals("[0.8,0.8]", planar.get("pixelSize").toString());
        JsonObject volume = info(FIXTURES.resolve("thor/volume_four_digits").toString());
        assertEquals("[2,5,7,3]", volume.get("shape").toString());
        assertTrue(volume.get("samplingFrequency").isJsonNull());
    }

    @Test
    void infoOfAMescUnit() {
        JsonObject info = info(FIXTURES.resolve("femtonics/one_session_chunked.mesc").toString(), "--dataset", "/MUnit_0");
        assertEquals("femtonics", info.get("format").getAsString());
        assertEquals("MSession_0/MUnit_0", info.get("dataset").getAsString());
        assertEquals("[2,4,3]", info.get("shape").toString());
        assertEquals(100.0, info.get("samplingFrequency").getAsDouble(), 1e-12);
        assertEquals("[\"Ch1\",\"Ch2\"]", info.get("channels").toString());
        assertEquals(false, info.get("nativeTimestamps").getAsBoolean());
        JsonObject unit = info(FIXTURES.resolve("femtonics/two_sessions.mesc").toString());
        assertEquals("MSession_0/MUnit_2", unit.get("dataset").getAsString());
        assertEquals(-1.0, unit.getAsJsonObject("metadata").get("conversion").getAsDouble());
        assertEquals(65535.0, unit.getAsJsonObject("metadata").get("offset").getAsDouble());
    }

    @Test
    void aMissingListedFileIsExitThreeWithOneLineNamingIt() {
        Path folder = FIXTURES.resolve("bruker/bad/missing_file");
        assertEquals(3, run("info", folder.toString()));
        String line = err.toString().trim();
        assertEquals(1, line.lines().count(), line);
        assertTrue(line.contains("missing_file_Cycle00001_Ch1_000002.ome.tif") && line.contains("does not exist"), line);
    }

    @Test
    void anUnknownUnitIsBadUsageListingTheUnits() {
        assertEquals(2, run("info", FIXTURES.resolve("femtonics/two_sessions.mesc").toString(), "--dataset", "MUnit_9"));
        assertTrue(err.toString().contains("units: MSession_0/MUnit_2, MSession_0/MUnit_10, MSession_1/MUnit_0"),
                err.toString());
    }

    @Test
    void exportOfABrukerVolumeWritesWhatTheReaderReads(@TempDir Path dir) {
        Path npy = dir.resolve("volume.npy");
        Path folder = FIXTURES.resolve("bruker/tseries_zseries");
        assertEquals(0, run("export", folder.toString(), npy.toString()), err.toString());
        FormatRegistry registry = FormatRegistry.load();
        ImagingExtractor expected = registry.openImaging(folder, OpenOptions.none());
        ImagingExtractor actual = registry.openImaging(npy, OpenOptions.none().with(OpenOptions.FOURTH_AXIS, "planes"));
        assertEquals(expected.getNumSamples(), actual.getNumSamples());
        assertEquals(expected.getSampleShape(), actual.getSampleShape());
        for (int t = 0; t < expected.getNumSamples(); t++) {
            for (int p = 0; p < expected.getNumPlanes(); p++) {
                assertArrayEquals((short[]) expected.getPlane(t, p), (short[]) actual.getPlane(t, p));
            }
        }
    }
}
