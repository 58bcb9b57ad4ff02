package io.github.ophysio.formats.thor;

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
import io.github.ophysio.model.ImagingExtractor;
import io.github.ophysio.testing.FixtureGenerators;
import io.github.ophysio.testing.Fixtures;
import io.github.ophysio.testing.Fixtures.Entry;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/** Every ThorImage fixture through the registry (reader, shape, channels, rate, times, pixel size), and the bad ones. */
class ThorFixtureTest {

    private final FormatRegistry registry = FormatRegistry.load();

    @Test
    void generatorReproducesTheCommittedFixtures(@TempDir Path out) throws Exception {
        FixtureGenerators.assertReproduces("make_thor_fixtures.py", "numpy, tifffile", out, "thor");
    }

    @TestFactory
    Stream<DynamicTest> acquisitionsOpenWithTheirFacts() {
        return Fixtures.manifest("thor").stream().map(e -> dynamicTest(e.name(), () -> {
            OpenOptions options = OpenOptions.of(e.options());
            FormatReader reader = registry.readerFor(e.path(), options);
            assertEquals("thor", reader.id());
            ImagingExtractor x = registry.openImaging(e.path(), options);
            int[] shape = e.shape();
            assertEquals(shape[0], x.getNumSamples());
            assertArrayEquals(new int[] {shape[1], shape[2]}, x.getImageShape());
            assertEquals(e.string("fourthAxis").equals("planes") ? shape[3] : 1, x.getNumPlanes());
            List<String> channels = e.json().getAsJsonArray("channels").asList().stream().map(JsonElement::getAsString)
                    .toList();
            assertEquals(channels, reader.channelNames(e.path(), options));
            assertEquals(channels.get(Integer.parseInt(e.options().getOrDefault("channel", "0"))), x.getChannelName());
            JsonElement fs = e.json().get("samplingFrequency");
            assertEquals(fs.isJsonNull(), x.getSamplingFrequency().isEmpty());
            if (!fs.isJsonNull()) {
                assertEquals(fs.getAsDouble(), x.getSamplingFrequency().getAsDouble(), 1e-12);
                assertArrayEquals(new double[] {0, 1 / fs.getAsDouble()}, x.getTimestamps(0, 2), 1e-12);
            }
            assertFalse(x.hasNativeTimestamps());
            assertArrayEquals(new double[] {0.8, 0.8}, x.getPixelSize());
        }));
    }

    @Test
    void aVolumeStatesNoRateButKeepsTheLsmFrameRateInItsMetadata() {
        Entry e = Fixtures.manifest("thor").stream().filter(x -> x.name().equals("volume_four_digits")).findFirst()
                .orElseThrow();
        ImagingExtractor x = registry.openImaging(e.path(), OpenOptions.none());
        assertEquals(15.0, x.getMetadata().get("frameRate"));
        assertEquals(20.0, registry.openImaging(e.path(), OpenOptions.of(Map.of("fs", "20"))).getSamplingFrequency()
                .getAsDouble());
    }

    @Test
    void anUnknownChannelListsTheWavelengthNames() {
        Path folder = Fixtures.path("thor", "two_channels_planar");
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> registry.openImaging(folder, OpenOptions.of(Map.of("channel", "ChanC"))));
        assertTrue(error.getMessage().contains("channels: ChanA, ChanB"), error.getMessage());
    }

    @TestFactory
    Stream<DynamicTest> badFoldersFailWithOneLineNamingTheProblem() {
        return Fixtures.manifest("thor/bad").stream().map(e -> dynamicTest(e.name(), () -> {
            Class<? extends OphysException> type = switch (e.string("error")) {
                case "corrupt" -> io.github.ophysio.error.CorruptFileException.class;
                case "missing" -> io.github.ophysio.error.MissingFileException.class;
                default -> io.github.ophysio.error.UnsupportedFormatException.class;
            };
            Path path = Fixtures.dir("thor/bad").resolve(e.string("names")).toAbsolutePath();
            Fixtures.assertError(path, type, () -> registry.openImaging(e.path(), OpenOptions.of(e.options())),
                    e.json().getAsJsonArray("words").asList().stream().map(JsonElement::getAsString).toArray(String[]::new));
        }));
    }

    /** Named as Thor names channel files, so Thor's reader takes it (not ScanImage's "not a ScanImage TIFF"). */
    @Test
    void aChannelFileWithoutExperimentXmlSaysItIsMissingWithNoFormatGiven() {
        Path file = Fixtures.path("thor/bad", "no_experiment/ChanA_001_001_001_001.tif");
        Path xml = Fixtures.dir("thor/bad").resolve("no_experiment/Experiment.xml").toAbsolutePath();
        Fixtures.assertError(xml, io.github.ophysio.error.MissingFileException.class,
                () -> registry.openImaging(file, OpenOptions.none()), "no such file", "ThorImage");
    }
}
