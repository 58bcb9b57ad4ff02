package io.github.ophysio.formats.femtonics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.google.gson.JsonElement;
import io.github.ophysio.error.OphysException;
import io.github.ophysio.formats.FormatReader;
import io.github.ophysio.formats.FormatRegistry;
import io.github.ophysio.formats.OpenOptions;
import io.github.ophysio.formats.RecordingInfo;
import io.github.ophysio.model.ImagingExtractor;
import io.github.ophysio.testing.Fixtures;
import io.github.ophysio.testing.Fixtures.Entry;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every MESc fixture through the registry: reader, unit, rate, channels, conversion, info; every bad file's message. */
class FemtonicsFixtureTest {

    private final FormatRegistry registry = FormatRegistry.load();

    @TestFactory
    Stream<DynamicTest> unitsOpenWithTheirFacts() {
        return Fixtures.manifest("femtonics").stream().map(e -> dynamicTest(e.name(), () -> {
            OpenOptions options = OpenOptions.of(e.options());
            FormatReader reader = registry.readerFor(e.path(), options);
            assertEquals("femtonics", reader.id());
            ImagingExtractor x = registry.openImaging(e.path(), options);
            assertEquals(e.string("dataset"), x.getMetadata().get("dataset"));
            assertEquals(e.shape()[0], x.getNumSamples());
            assertArrayEquals(new int[] {e.shape()[1], e.shape()[2]}, x.getImageShape());
            assertEquals(e.json().get("samplingFrequency").getAsDouble(), x.getSamplingFrequency().getAsDouble(), 1e-12);
            double[] pixel = e.json().getAsJsonArray("pixelSize").asList().stream().mapToDouble(JsonElement::getAsDouble)
                    .toArray();
            assertArrayEquals(pixel, x.getPixelSize());
            List<String> channels = strings(e, "channels");
            assertEquals(channels, reader.channelNames(e.path(), options));
            int channel = Integer.parseInt(e.options().getOrDefault("channel", "0"));
            assertEquals(channels.get(channel), x.getChannelName());
            assertEquals(e.json().getAsJsonObject("conversion").get("scale").getAsDouble(), x.getMetadata().get("conversion"));
            assertEquals(e.json().getAsJsonObject("conversion").get("offset").getAsDouble(), x.getMetadata().get("offset"));
            assertFalse(x.hasNativeTimestamps());
            Map<String, Object> info = RecordingInfo.of("femtonics", x, channels);
            assertEquals(e.string("dataset"), info.get("dataset"));
            assertEquals("uint16", info.get("dtype"));
        }));
    }

    @Test
    void defaultUnitIsTheFirstInNaturalOrderAndUnitsAreListed() {
        Entry e = entry("two_sessions.mesc");
        FormatReader reader = registry.readerFor(e.path(), OpenOptions.none());
        assertEquals(List.of("MSession_0/MUnit_2 (6, 7, 9) uint16, channels UG, UR",
                "MSession_0/MUnit_10 (4, 5, 6) uint16, channels UG, UR", "MSession_1/MUnit_0 (3, 8, 10) uint16, channels UG"),
                reader.candidates(e.path(), OpenOptions.none()));
        ImagingExtractor other = registry.openImaging(e.path(), OpenOptions.of(Map.of("dataset", "/MSession_1/MUnit_0")));
        assertEquals(3, other.getNumSamples());
        assertArrayEquals(new int[] {8, 10}, other.getImageShape());
        assertEquals(List.of("UG"), reader.channelNames(e.path(), OpenOptions.of(Map.of("dataset", "MSession_1/MUnit_0"))));
        assertEquals(1000.0 / 25.0, other.getSamplingFrequency().getAsDouble(), 1e-12);
    }

    @Test
    void channelsAreNamedByTheirInt16CodesAndPickedByNameOrIndex() {
        Entry e = entry("two_sessions.mesc");
        ImagingExtractor byName = registry.openImaging(e.path(), OpenOptions.of(Map.of("channel", "UR")));
        ImagingExtractor byIndex = registry.openImaging(e.path(), OpenOptions.of(Map.of("channel", "1")));
        assertEquals("UR", byName.getChannelName());
        assertEquals(e.coding().value(1), byName.getSeries(0, 1).getDouble(0, 0, 0));
        assertEquals(e.coding().value(7 * 9 * 2 + 1), byIndex.getSeries(1, 2).getDouble(0, 0, 0));
        assertEquals(2, registry.openImagingChannels(e.path(), OpenOptions.none()).size());
    }

    @Test
    void theStoredValuesAreNotConvertedAndTheRateMayBeOverridden() {
        Entry e = entry("two_sessions.mesc");
        ImagingExtractor x = registry.openImaging(e.path(), OpenOptions.of(Map.of("fs", "50")));
        assertEquals(e.coding().value(0), x.getSeries(0, 1).getDouble(0, 0, 0));
        assertEquals(50.0, x.getSamplingFrequency().getAsDouble());
        assertEquals(32.297, x.getMetadata().get("framePeriodMs"));
        Map<?, ?> attributes = (Map<?, ?>) x.getMetadata().get("attributes");
        assertEquals("unit MUnit_2", attributes.get("Comment"), "uint8 codes read as text");
        assertEquals("UR", attributes.get("Channel_1_Name"), "int16 codes read as text");
    }

    @Test
    void theGenericHdf5ReaderStillOpensItWhenForced() {
        Entry e = entry("one_session_chunked.mesc");
        ImagingExtractor x = registry.openImaging(e.path(), OpenOptions.of(Map.of("format", "hdf5",
                "dataset", "/MSession_0/MUnit_1/Channel_0")));
        assertEquals(5, x.getNumSamples());
    }

    @TestFactory
    Stream<DynamicTest> badFilesFailWithOneLineNamingTheProblem() {
        return Fixtures.manifest("femtonics/bad").stream().map(e -> dynamicTest(e.name() + " " + e.options(), () -> {
            OpenOptions options = OpenOptions.of(e.options());
            String[] words = strings(e, "words").toArray(String[]::new);
            assertEquals("femtonics", registry.readerFor(e.path(), options).id());
            if (e.string("error").equals("usage")) {
                IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                        () -> registry.openImaging(e.path(), options));
                assertTrue(error.getMessage().startsWith(e.path() + ": "), error.getMessage());
                for (String word : words) {
                    assertTrue(error.getMessage().toLowerCase(Locale.ROOT).contains(word.toLowerCase(Locale.ROOT)),
                            word + " in " + error.getMessage());
                }
                return;
            }
            Class<? extends OphysException> type = e.string("error").equals("corrupt")
                    ? io.github.ophysio.error.CorruptFileException.class
                    : io.github.ophysio.error.UnsupportedFormatException.class;
            Fixtures.assertError(e.path(), type, () -> registry.openImaging(e.path(), options), words);
        }));
    }

    private static List<String> strings(Entry e, String key) {
        return e.json().getAsJsonArray(key).asList().stream().map(JsonElement::getAsString).toList();
    }

    private static Entry entry(String name) {
        return Fixtures.manifest("femtonics").stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow();
    }
}
