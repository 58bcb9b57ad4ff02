package io.github.ophysio.formats.nwb;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.google.gson.JsonElement;
import io.github.ophysio.error.CorruptFileException;
import io.github.ophysio.error.MissingFileException;
import io.github.ophysio.error.OphysException;
import io.github.ophysio.error.UnsupportedFormatException;
import io.github.ophysio.formats.FormatRegistry;
import io.github.ophysio.formats.OpenOptions;
import io.github.ophysio.formats.RecordingInfo;
import io.github.ophysio.model.ImagingExtractor;
import io.github.ophysio.model.NdArray;
import io.github.ophysio.testing.Fixtures;
import io.github.ophysio.testing.Fixtures.Entry;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every NWB fixture through the registry: reader, series, time base, facts, info; every bad file's message. */
class NwbFixtureTest {

    private final FormatRegistry registry = FormatRegistry.load();

    @TestFactory
    Stream<DynamicTest> seriesOpenWithTheirFacts() {
        return series().filter(e -> e.shape()[0] > 1).map(e -> dynamicTest(e.name(), () -> {
            OpenOptions options = OpenOptions.of(e.options());
            assertEquals("nwb", registry.readerFor(e.path(), options).id());
            ImagingExtractor x = registry.openImaging(e.path(), options);
            Map<String, Object> metadata = x.getMetadata();
            assertEquals(e.string("dataset"), metadata.get("dataset"));
            assertEquals(e.string("neurodataType"), metadata.get("neurodataType"));
            assertEquals("2.7.0", metadata.get("nwbVersion"));
            assertEquals(e.json().get("samplingFrequency").getAsDouble(), x.getSamplingFrequency().getAsDouble(), 1e-9);
            assertArrayEquals(new int[] {e.shape()[1], e.shape()[2]}, x.getImageShape());
            Map<String, Object> info = RecordingInfo.of("nwb", x, List.of("0"));
            assertEquals(e.string("dataset"), info.get("dataset"));
        }));
    }

    @Test
    void timestampsAreNativeAndTheRateIsTheirMedianInterval() {
        Entry e = entry("one_photon_timestamps.nwb");
        ImagingExtractor x = registry.openImaging(e.path(), OpenOptions.none());
        double[] expected = e.json().getAsJsonArray("timestamps").asList().stream().mapToDouble(JsonElement::getAsDouble)
                .toArray();
        assertTrue(x.hasNativeTimestamps());
        assertArrayEquals(expected, x.getTimestamps());
        assertEquals(10.0, x.getSamplingFrequency().getAsDouble(), 1e-9);
    }

    @Test
    void startingTimeGivesRegularTimesFromTheStart() {
        ImagingExtractor x = registry.openImaging(entry("volume_txyz.nwb").path(), OpenOptions.none());
        assertEquals(2.5, x.getTimestamps()[0], 1e-12);
        assertEquals(2.6, x.getTimestamps()[1], 1e-12);
        assertEquals(3, x.getNumPlanes());
        ImagingExtractor zero = registry.openImaging(entry("two_photon_chunked_gzip.nwb").path(), OpenOptions.none());
        assertTrue(!zero.hasNativeTimestamps());
        assertEquals(1 / 15.0, zero.getTimestamps()[1], 1e-12);
    }

    @Test
    void conversionOffsetUnitAndImagingPlaneGoToMetadata() {
        ImagingExtractor x = registry.openImaging(entry("conversion_offset.nwb").path(), OpenOptions.none());
        Map<String, Object> metadata = x.getMetadata();
        assertEquals(0.5, metadata.get("conversion"));
        assertEquals(-3.0, metadata.get("offset"));
        assertEquals("lumens", metadata.get("unit"));
        Map<?, ?> plane = (Map<?, ?>) metadata.get("imagingPlane");
        assertEquals("GCaMP6f", plane.get("indicator"));
        assertEquals("V1", plane.get("location"));
        assertEquals(920.0, plane.get("excitation_lambda"));
        assertEquals("Acme", ((Map<?, ?>) plane.get("device")).get("manufacturer"));
    }

    @Test
    void gridSpacingGivesPixelSizeInMicrometres() {
        ImagingExtractor x = registry.openImaging(entry("two_photon_chunked_gzip.nwb").path(), OpenOptions.none());
        assertArrayEquals(new double[] {2.5, 1.5}, x.getPixelSize(), 1e-5);
        ImagingExtractor rows = registry.openImaging(entry("two_photon_chunked_gzip.nwb").path(),
                OpenOptions.of(Map.of(OpenOptions.NWB_X, "rows")));
        assertArrayEquals(new double[] {1.5, 2.5}, rows.getPixelSize(), 1e-5);
        assertArrayEquals(new int[] {9, 7}, rows.getImageShape());
    }

    @Test
    void severalSeriesWithoutChoiceIsAUsageErrorListingThem() {
        Entry e = entry("two_series_rows_first.nwb");
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> registry.openImaging(e.path(), OpenOptions.none()));
        assertTrue(error.getMessage().startsWith(e.path() + ": "), error.getMessage());
        assertTrue(error.getMessage().contains("/acquisition/Raw (TwoPhotonSeries)"), error.getMessage());
        assertTrue(error.getMessage().contains("/processing/ophys/Motion (ImageSeries)"), error.getMessage());
        assertEquals(List.of("/acquisition/Raw (TwoPhotonSeries, (6, 7, 9), rate 15.0 Hz from 0.0 s)",
                "/processing/ophys/Motion (ImageSeries, (6, 7, 9), rate 15.0 Hz from 0.0 s)"),
                registry.readerFor(e.path(), OpenOptions.none()).candidates(e.path(), OpenOptions.none()));
        assertThrows(IllegalArgumentException.class, () -> registry.openImaging(e.path(),
                OpenOptions.of(Map.of(OpenOptions.SERIES, "Nope"))));
        assertThrows(IllegalArgumentException.class, () -> registry.openImaging(e.path(),
                OpenOptions.of(Map.of(OpenOptions.SERIES, "Raw", OpenOptions.NWB_X, "diagonal"))));
    }

    @Test
    void externalNpyFilesAreConcatenated() {
        ImagingExtractor x = registry.openImaging(entry("external_npy.nwb").path(), OpenOptions.none());
        assertEquals(6, x.getNumSamples());
        assertEquals(List.of("external_part0.npy", "external_part1.npy"), x.getMetadata().get("externalFiles"));
        assertNull(x.getNativeTimestamps(0, 1));
    }

    @Test
    void colourSeriesHasRedGreenBlueChannels() {
        Entry e = entry("colour_rgb.nwb");
        assertEquals(List.of("red", "green", "blue"),
                registry.readerFor(e.path(), OpenOptions.none()).channelNames(e.path(), OpenOptions.none()));
        ImagingExtractor blue = registry.openImaging(e.path(), OpenOptions.of(Map.of(OpenOptions.CHANNEL, "blue")));
        assertEquals("blue", blue.getChannelName());
        assertEquals(1, blue.getNumPlanes());
        assertEquals(e.coding().value(2), blue.getSeries(0, 1).getDouble(0, 0, 0));
        assertEquals(3, registry.openImagingChannels(e.path(), OpenOptions.none()).size());
        assertThrows(IllegalArgumentException.class,
                () -> registry.openImaging(e.path(), OpenOptions.of(Map.of(OpenOptions.CHANNEL, "alpha"))));
    }

    @Test
    void indexSeriesOpensOnlyWhenNamedOnItsOwnTimeBase() {
        Entry e = entry("index_series.nwb");
        ImagingExtractor primary = registry.openImaging(e.path(), OpenOptions.none());
        assertEquals("/acquisition/TwoPhotonSeries", primary.getMetadata().get("dataset"));
        ImagingExtractor presented = registry.openImaging(e.path(), OpenOptions.of(e.options()));
        assertEquals("/stimulus/templates/Frames", presented.getMetadata().get("indexedSeries"));
        double[] times = e.json().getAsJsonArray("timestamps").asList().stream().mapToDouble(JsonElement::getAsDouble)
                .toArray();
        assertArrayEquals(times, presented.getTimestamps());
        assertEquals(List.of("/acquisition/TwoPhotonSeries (TwoPhotonSeries, (6, 9, 7), rate 15.0 Hz from 0.0 s)",
                "/stimulus/presentation/Presented (IndexSeries, (6), 6 timestamps)",
                "/stimulus/templates/Frames (ImageSeries, (4, 9, 7), rate 1.0 Hz from 0.0 s)"),
                registry.readerFor(e.path(), OpenOptions.none()).candidates(e.path(), OpenOptions.none()));
    }

    @Test
    void stillImagesOpenByNameAsOneFrameWithoutRate() {
        Entry e = entry("still_images.nwb");
        assertEquals("/acquisition/TwoPhotonSeries",
                registry.openImaging(e.path(), OpenOptions.none()).getMetadata().get("dataset"));
        ImagingExtractor mean = registry.openImaging(e.path(), OpenOptions.of(e.options()));
        assertEquals(1, mean.getNumSamples());
        assertTrue(mean.getSamplingFrequency().isEmpty());
        assertEquals("GrayscaleImage", mean.getMetadata().get("neurodataType"));
        NdArray values = mean.getSeries(0, 1);
        for (int r = 0; r < 7; r++) {
            for (int c = 0; c < 9; c++) {
                assertEquals(e.coding().value(r * 9 + c), values.getDouble(0, r, c), "mean at " + r + ", " + c);
            }
        }
        OpenOptions overlay = OpenOptions.of(Map.of(OpenOptions.DATASET, "overlay", OpenOptions.CHANNEL, "blue"));
        ImagingExtractor blue = registry.openImaging(e.path(), overlay);
        assertEquals(List.of("red", "green", "blue"), registry.readerFor(e.path(), overlay).channelNames(e.path(), overlay));
        assertArrayEquals(new int[] {7, 9}, blue.getImageShape());
        int scale = e.json().getAsJsonObject("overlayCoding").get("scale").getAsInt();
        assertEquals(((4 * 9 + 5) * 3 + 2) * scale % 256, blue.getSeries(0, 1).getDouble(0, 4, 5));
    }

    @TestFactory
    Stream<DynamicTest> badFilesFailWithOneLineNamingTheProblem() {
        return Fixtures.manifest("nwb/bad").stream().filter(e -> e.json().has("error")).map(e -> dynamicTest(e.name(), () -> {
            String[] words = e.json().getAsJsonArray("words").asList().stream().map(JsonElement::getAsString)
                    .toArray(String[]::new);
            Class<? extends OphysException> type = switch (e.string("error")) {
                case "corrupt" -> CorruptFileException.class;
                case "missing" -> MissingFileException.class;
                default -> UnsupportedFormatException.class;
            };
            Fixtures.assertError(e.path(), type, () -> registry.openImaging(e.path(), OpenOptions.of(e.options())),
                    words);
        }));
    }

    private static Stream<Entry> series() {
        return Fixtures.manifest("nwb").stream().filter(e -> e.name().endsWith(".nwb"));
    }

    private static Entry entry(String name) {
        return Fixtures.manifest("nwb").stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow();
    }
}
