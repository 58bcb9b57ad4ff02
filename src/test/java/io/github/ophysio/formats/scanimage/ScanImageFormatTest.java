package io.github.ophysio.formats.scanimage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ophysio.error.CorruptFileException;
import io.github.ophysio.error.UnsupportedFormatException;
import io.github.ophysio.formats.FormatRegistry;
import io.github.ophysio.formats.OpenOptions;
import io.github.ophysio.model.ImagingExtractor;
import io.github.ophysio.testing.FixtureGenerators;
import io.github.ophysio.testing.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Shapes, rates, times, channels and pixel sizes of the ScanImage fixtures; options and bad input. */
class ScanImageFormatTest {

    private static final FormatRegistry REGISTRY = FormatRegistry.load();

    @TempDir
    Path tmp;

    private static ImagingExtractor open(Path path, Map<String, String> options) {
        return REGISTRY.openImaging(path, OpenOptions.of(options));
    }

    @Test
    void everyFixtureHasItsShapeRateTimesAndChannels() {
        for (ScanImageFixture f : ScanImageFixture.all()) {
            assertEquals("scanimage", REGISTRY.readerFor(f.path(), OpenOptions.none()).id(), f.toString());
            ImagingExtractor x = open(f.path(), f.options());
            int[] shape = f.shape();
            assertEquals(shape[0], x.getNumSamples(), f + " samples");
            assertArrayEquals(new int[] {shape[1], shape[2]}, x.getImageShape(), f + " image");
            assertEquals(shape.length == 4 ? shape[3] : 1, x.getNumPlanes(), f + " planes");
            assertEquals(f.entry().string("dtype"), x.getPixelType().numpyName(), f.toString());
            assertEquals(f.entry().json().get("samplingFrequency").getAsDouble(), x.getSamplingFrequency()
                    .getAsDouble(), f.toString());
            assertEquals(f.channelNames(), REGISTRY.byId("scanimage").channelNames(f.path(), OpenOptions.none()));
            boolean nativeTimes = f.entry().json().get("nativeTimestamps").getAsBoolean();
            assertEquals(nativeTimes, x.hasNativeTimestamps(), f.toString());
            double[] times = x.getTimestamps();
            for (int t = 0; t < times.length; t++) {
                double expected = nativeTimes ? f.expectedTime(t) : t / x.getSamplingFrequency().getAsDouble();
                assertEquals(expected, times[t], 1e-9, f + " time " + t);
            }
            assertPixelSize(f, x);
        }
    }

    private static void assertPixelSize(ScanImageFixture f, ImagingExtractor x) {
        if (f.entry().json().getAsJsonObject("layout").get("pixelSize").isJsonNull()) {
            assertNull(x.getPixelSize(), f.toString());
        } else {
            assertArrayEquals(new double[] {1.0, 1.5}, x.getPixelSize(), 1e-12, f.toString());
        }
    }

    @Test
    void channelsAreTheSavedOnesByNameOrIndex() {
        Path p = Fixtures.path("scanimage", "two_channels.tif");
        assertEquals("Ch D", open(p, Map.of("channel", "1")).getChannelName());
        assertEquals("Ch D", open(p, Map.of("channel", "Ch D")).getChannelName());
        assertEquals("Ch A", open(p, Map.of()).getChannelName());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> open(p, Map.of("channel", "Ch B")));
        assertEquals(p + ": no channel 'Ch B' (channels: Ch A, Ch D)", e.getMessage());
    }

    @Test
    void aPlaneOfAVolumeIsAPlanarSeriesWithItsOwnTimes() {
        Path p = Fixtures.path("scanimage", "volume_flyback.tif");
        ImagingExtractor plane = open(p, Map.of("plane", "1"));
        assertEquals(1, plane.getNumPlanes());
        assertEquals(4, plane.getNumSamples());
        assertEquals(16.1, plane.getSamplingFrequency().getAsDouble());
        // volume v's plane 1 is imaging page 3v + 1 and frame 5v + 1
        assertEquals((3 * 2 + 1) * 100 + 2 * 10 + 3, ((short[]) plane.getPlane(2, 0))[2 * 7 + 3]);
        assertEquals(0.25 + (5 * 2 + 1) * 0.0125, plane.getTimestamps(2, 3)[0], 1e-12);
        assertEquals("1", plane.getMetadata().get("plane"));
    }

    @Test
    void anAcquisitionOpensFromAnyOfItsFilesOrItsFolder() {
        for (String name : List.of("acq_0001_00001.tif", "acq_0001_00003.tif")) {
            ImagingExtractor x = open(Fixtures.path("scanimage", "multi/" + name), Map.of());
            assertEquals(11, x.getNumSamples(), name);
            assertEquals(List.of("acq_0001_00001.tif", "acq_0001_00002.tif", "acq_0001_00003.tif"),
                    x.getMetadata().get("files"));
        }
    }

    @Test
    void aFolderOpensItsFirstScanImageFile() throws Exception {
        Path dir = Files.createDirectory(tmp.resolve("session"));
        Files.write(dir.resolve("a_overview.tif"), new io.github.ophysio.io.tiff.TiffBytesForFormats().bytes());
        for (int i = 1; i <= 3; i++) {
            String name = "acq_0001_0000" + i + ".tif";
            Files.copy(Fixtures.path("scanimage", "multi/" + name), dir.resolve(name));
        }
        assertEquals(11, open(dir, Map.of()).getNumSamples());
    }

    @Test
    void aPlaneOfAPlanarSeriesIsOnlyPlaneZero() {
        Path p = Fixtures.path("scanimage", "planar.tif");
        assertEquals(7, open(p, Map.of("plane", "0")).getNumSamples());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> open(p, Map.of("plane", "1")));
        assertEquals(p + ": no plane '1' (planes: 0)", e.getMessage());
    }

    @Test
    void sliceSampleOutOfRangeIsAUsageError() {
        Path p = Fixtures.path("scanimage", "frames_per_slice.tif");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> open(p, Map.of("slice-sample", "3")));
        assertEquals("slice-sample must be 0..2 (frames per slice: 3), not 3", e.getMessage());
    }

    @Test
    void aTiffWithoutScanImageMetadataIsUnsupported() throws Exception {
        Path plain = tmp.resolve("plain.tif");
        Files.write(plain, new io.github.ophysio.io.tiff.TiffBytesForFormats().bytes());
        Fixtures.assertError(plain, UnsupportedFormatException.class,
                () -> REGISTRY.openImaging(plain, OpenOptions.none()),
                "not a ScanImage TIFF: expected SI.* lines (ScanImage >= 2016) or state.* lines (ScanImage 3.x)");
    }

    @Test
    void aFileOfTheAcquisitionWithAnotherFrameSizeIsCorrupt() throws Exception {
        Path dir = Files.createDirectory(tmp.resolve("acq"));
        Files.copy(Fixtures.path("scanimage", "multi/acq_0001_00001.tif"), dir.resolve("run_00001.tif"));
        Files.copy(Fixtures.path("scanimage", "planar.tif"), dir.resolve("run_00002.tif"),
                StandardCopyOption.REPLACE_EXISTING);
        Path second = dir.resolve("run_00002.tif");
        Fixtures.assertError(second, CorruptFileException.class, () -> open(dir, Map.of()),
                "ScanImage page size and type (as run_00001.tif): expected 3 x 5 int16, found 5 x 6 int16");
    }

    @Test
    void aDamagedFrameTimeIsCorruptNamingThePage() throws Exception {
        Path copy = tmp.resolve("planar.tif");
        byte[] bytes = Files.readAllBytes(Fixtures.path("scanimage", "planar.tif"));
        String text = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
        int at = text.indexOf("frameTimestamps_sec = 0.275000000");
        bytes[at + "frameTimestamps_sec = ".length()] = 'x';
        Files.write(copy, bytes);
        ImagingExtractor x = open(copy, Map.of());
        assertFalse(Double.isNaN(x.getTimestamps(0, 1)[0]));
        Fixtures.assertError(copy, CorruptFileException.class, () -> x.getTimestamps(2, 3),
                "ScanImage page 2 frameTimestamps_sec: expected a number of seconds, found x.275000000");
    }

    @Test
    void theGeneratorReproducesTheFixtures(@TempDir Path out) throws Exception {
        FixtureGenerators.assertReproduces("make_scanimage_fixtures.py", "numpy, tifffile", out, "scanimage");
    }

    @Test
    void sniffingIsByContent() throws Exception {
        Path renamed = tmp.resolve("recording.dat");
        Files.copy(Fixtures.path("scanimage", "legacy_3x.tif"), renamed);
        assertEquals("scanimage", REGISTRY.readerFor(renamed, OpenOptions.none()).id());
        assertTrue(REGISTRY.readerFor(Fixtures.path("scanimage", "multi"), OpenOptions.none()).id()
                .equals("scanimage"));
    }
}
