package io.github.ophysio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.ophysio.formats.FormatRegistry;
import io.github.ophysio.formats.OpenOptions;
import io.github.ophysio.model.ImagingExtractor;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code info} and {@code export} on ScanImage fixtures as cli.md's "Microscope TIFF" section fixes them. */
class ScanImageCliTest {

    private static final Path FIXTURES = Path.of("src", "test", "resources", "fixtures", "scanimage");
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return OphysCli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    private JsonObject info(String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "info";
        System.arraycopy(args, 0, all, 1, args.length);
        assertEquals(0, run(all), err.toString());
        return JsonParser.parseString(out.toString()).getAsJsonObject();
    }

    @Test
    void infoOfAVolumeWithFlyback() {
        JsonObject info = info(FIXTURES.resolve("volume_flyback.tif").toString());
        assertEquals("scanimage", info.get("format").getAsString());
        assertEquals("[4,6,7,3]", info.get("shape").toString());
        assertEquals("int16", info.get("dtype").getAsString());
        assertEquals(16.1, info.get("samplingFrequency").getAsDouble());
        assertEquals("[0.275,0.3375,0.4,0.4625]", info.get("timestamps").toString());
        assertTrue(info.get("nativeTimestamps").getAsBoolean());
        assertEquals("[\"Channel 1\"]", info.get("channels").toString());
        assertEquals("[1.0,1.5]", info.get("pixelSize").toString());
        assertEquals(2, info.getAsJsonObject("metadata").get("flybackFramesPerVolume").getAsInt());
    }

    @Test
    void infoNamesTheSavedChannelsAndTheLegacyRate() {
        assertEquals("[\"Ch A\",\"Ch D\"]", info(FIXTURES.resolve("two_channels.tif").toString()).get("channels")
                .toString());
        out.getBuffer().setLength(0);
        JsonObject legacy = info(FIXTURES.resolve("legacy_3x.tif").toString());
        assertEquals("uint16", legacy.get("dtype").getAsString());
        assertEquals(4.25, legacy.get("samplingFrequency").getAsDouble());
        assertEquals(false, legacy.get("nativeTimestamps").getAsBoolean());
    }

    @Test
    void infoWithSliceSampleAndPlane() {
        JsonObject sampled = info(FIXTURES.resolve("frames_per_slice.tif").toString(), "--slice-sample", "1");
        assertEquals("[3,5,4,2]", sampled.get("shape").toString());
        assertEquals("[0.3,0.375,0.45]", sampled.get("timestamps").toString());
        out.getBuffer().setLength(0);
        JsonObject plane = info(FIXTURES.resolve("frames_per_slice.tif").toString(), "--plane", "0");
        assertEquals("[9,5,4]", plane.get("shape").toString());
        assertEquals("[0.25,0.2625,0.275,0.325,0.3375]", plane.get("timestamps").toString());
    }

    @Test
    void exportWritesWhatTheReaderReads(@TempDir Path dir) {
        for (Map<String, String> options : new Map[] {Map.of(), Map.of("plane", "2")}) {
            Path npy = dir.resolve("v" + options.size() + ".npy");
            String[] args = options.isEmpty() ? new String[] {"export", FIXTURES.resolve("volume_flyback.tif")
                    .toString(), npy.toString()} : new String[] {"export", FIXTURES.resolve("volume_flyback.tif")
                    .toString(), npy.toString(), "--plane", "2"};
            assertEquals(0, run(args), err.toString());
            FormatRegistry registry = FormatRegistry.load();
            OpenOptions fourth = OpenOptions.none().with(OpenOptions.FOURTH_AXIS, options.isEmpty() ? "planes" : null);
            assertSamePixels(registry.openImaging(FIXTURES.resolve("volume_flyback.tif"),
                    OpenOptions.of(options)), registry.openImaging(npy, fourth));
        }
    }

    @Test
    void exportOfTheSecondChannelOfThreeFiles(@TempDir Path dir) {
        Path npy = dir.resolve("multi.npy");
        assertEquals(0, run("export", FIXTURES.resolve("multi").toString(), npy.toString(), "--frames", "3:9"),
                err.toString());
        FormatRegistry registry = FormatRegistry.load();
        assertSamePixels(registry.openImaging(FIXTURES.resolve("multi"), OpenOptions.none())
                .sliceSamples(3, 9), registry.openImaging(npy, OpenOptions.none()));
    }

    /** Same shape, type and planes (an exported .npy keeps no rate and no times). */
    private static void assertSamePixels(ImagingExtractor expected, ImagingExtractor actual) {
        assertEquals(expected.getNumSamples(), actual.getNumSamples());
        assertEquals(expected.getSampleShape(), actual.getSampleShape());
        assertEquals(expected.getPixelType(), actual.getPixelType());
        for (int t = 0; t < expected.getNumSamples(); t++) {
            for (int p = 0; p < expected.getNumPlanes(); p++) {
                org.junit.jupiter.api.Assertions.assertArrayEquals((short[]) expected.getPlane(t, p),
                        (short[]) actual.getPlane(t, p), "sample " + t + " plane " + p);
            }
        }
    }

    @Test
    void aTiffThatIsNotScanImageIsExitThree(@TempDir Path dir) throws Exception {
        Path plain = Files.write(dir.resolve("plain.tif"), new io.github.ophysio.io.tiff.TiffBytesForFormats().bytes());
        assertEquals(3, run("info", plain.toString()));
        assertEquals(plain + ": unsupported: not a ScanImage TIFF: expected SI.* lines (ScanImage >= 2016) or state.*"
                + " lines (ScanImage 3.x) in page 0's Software tag or ImageDescription", err.toString().trim());
    }

    @Test
    void aSliceSampleBeyondTheSliceIsBadUsage() {
        assertEquals(2, run("info", FIXTURES.resolve("frames_per_slice.tif").toString(), "--slice-sample", "5"));
        assertTrue(err.toString().contains("slice-sample must be 0..2"), err.toString());
    }
}
