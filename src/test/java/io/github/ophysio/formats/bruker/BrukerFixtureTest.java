package io.github.ophysio.formats.bruker;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.google.gson.JsonElement;
import io.github.ophysio.error.OphysException;
import io.github.ophysio.formats.FormatReader;
import io.github.ophysio.formats.FormatRegistry;
import io.github.ophysio.formats.OpenOptions;
import io.github.ophysio.formats.RecordingInfo;
import io.github.ophysio.model.ImagingExtractor;
import io.github.ophysio.testing.FixtureGenerators;
import io.github.ophysio.testing.Fixtures;
import io.github.ophysio.testing.Fixtures.Entry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/** Every Bruker fixture through the registry (reader, shape, channels, times, rate, pixel size), the bad ones, the real folder. */
class BrukerFixtureTest {

    private final FormatRegistry registry = FormatRegistry.load();

    @Test
    void generatorReproducesTheCommittedFixtures(@TempDir Path out) throws Exception {
        FixtureGenerators.assertReproduces("make_bruker_fixtures.py", "numpy, tifffile", out, "bruker");
    }

    @TestFactory
    Stream<DynamicTest> acquisitionsOpenWithTheirFacts() {
        return Fixtures.manifest("bruker").stream().map(e -> dynamicTest(e.name(), () -> {
            OpenOptions options = OpenOptions.of(e.options());
            FormatReader reader = registry.readerFor(e.path(), options);
            assertEquals("bruker", reader.id());
            ImagingExtractor x = registry.openImaging(e.path(), options);
            int[] shape = e.shape();
            assertEquals(shape[0], x.getNumSamples());
            assertArrayEquals(new int[] {shape[1], shape[2]}, x.getImageShape());
            assertEquals(e.string("fourthAxis").equals("planes") ? shape[3] : 1, x.getNumPlanes());
            assertEquals(strings(e, "channels"), reader.channelNames(e.path(), options));
            assertArrayEquals(doubles(e, "timestamps"), x.getTimestamps(), 1e-12);
            assertTrue(x.hasNativeTimestamps());
            assertEquals(e.json().get("samplingFrequency").getAsDouble(), x.getSamplingFrequency().getAsDouble(), 1e-9);
            assertArrayEquals(doubles(e, "pixelSize"), x.getPixelSize());
            Map<String, Object> info = RecordingInfo.of("bruker", x, strings(e, "channels"));
            assertEquals(true, info.get("nativeTimestamps"));
        }));
    }

    @Test
    void aPlaneOfAVolumeHasItsOwnTimesAtTheVolumeRate() {
        Entry e = entry("tseries_zseries");
        for (String plane : List.of("0", "1", "2")) {
            ImagingExtractor x = registry.openImaging(e.path(), OpenOptions.of(Map.of(OpenOptions.PLANE, plane)));
            assertEquals(1, x.getNumPlanes());
            double[] expected = e.json().getAsJsonObject("planeTimes").getAsJsonArray(plane).asList().stream()
                    .mapToDouble(JsonElement::getAsDouble).toArray();
            assertArrayEquals(expected, x.getTimestamps(), 1e-12);
            assertEquals(1 / 0.15, x.getSamplingFrequency().getAsDouble(), 1e-9);
            assertEquals(Integer.parseInt(plane), x.getMetadata().get("plane"));
        }
        assertEquals(2, registry.openImaging(e.path(), OpenOptions.none()).getMetadata().get("droppedFrames"));
    }

    @Test
    void channelsArePickedByNameOrIndex() {
        Entry e = entry("tseries_planar");
        ImagingExtractor byName = registry.openImaging(e.path(), OpenOptions.of(Map.of("channel", "Ch2")));
        assertEquals("Ch2", byName.getChannelName());
        assertEquals(e.coding().value(1), byName.getSeries(0, 1).getDouble(0, 0, 0));
        assertEquals(2, registry.openImagingChannels(e.path(), OpenOptions.none()).size());
        IllegalArgumentException error = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> registry.openImaging(e.path(), OpenOptions.of(Map.of("channel", "Ch3"))));
        assertTrue(error.getMessage().contains("channels: Ch1, Ch2"), error.getMessage());
    }

    @TestFactory
    Stream<DynamicTest> badFoldersFailWithOneLineNamingTheProblem() {
        return Fixtures.manifest("bruker/bad").stream().map(e -> dynamicTest(e.name(), () -> {
            OpenOptions options = OpenOptions.of(e.options());
            Class<? extends OphysException> type = switch (e.string("error")) {
                case "corrupt" -> io.github.ophysio.error.CorruptFileException.class;
                case "missing" -> io.github.ophysio.error.MissingFileException.class;
                default -> io.github.ophysio.error.UnsupportedFormatException.class;
            };
            Path named = Fixtures.dir("bruker/bad").resolve(e.string("names")).toAbsolutePath();
            Fixtures.assertError(named, type, () -> registry.openImaging(e.path(), options),
                    strings(e, "words").toArray(String[]::new));
        }));
    }

    /** The README's facts of neuroconv's PrairieView 5.6 stub, read in place. */
    @Test
    void realTSeriesOfZSeriesOpensWithTheReadmeValues() {
        assumeTrue(Files.isDirectory(BrukerXmlTest.REAL), "../shared/fixtures/real/tiff/bruker is absent");
        Path folder = BrukerXmlTest.REAL;
        ImagingExtractor x = registry.openImaging(folder, OpenOptions.none());
        assertEquals("bruker", registry.readerFor(folder, OpenOptions.none()).id());
        assertEquals(5, x.getNumSamples());
        assertArrayEquals(new int[] {512, 512}, x.getImageShape());
        assertEquals(2, x.getNumPlanes());
        assertEquals("Ch2", x.getChannelName());
        assertEquals(10.314757507, x.getSamplingFrequency().getAsDouble(), 1e-8);
        assertArrayEquals(new double[] {0, 0.096948474, 0.193896948, 0.290845422, 0.387793896}, x.getTimestamps(), 1e-12);
        short[] cycle0plane0 = (short[]) x.getPlane(0, 0);
        short[] cycle0plane1 = (short[]) x.getPlane(0, 1);
        assertEquals(1184, cycle0plane0[0] & 0xFFFF);
        assertEquals(501, cycle0plane1[0] & 0xFFFF);
        short[] cycle1 = (short[]) x.getPlane(1, 0);
        assertArrayEquals(new int[] {774, 819, 1653, 538}, new int[] {cycle1[0] & 0xFFFF, cycle1[1] & 0xFFFF,
            cycle1[2] & 0xFFFF, cycle1[3] & 0xFFFF});
        assertEquals(21, ((short[]) x.getPlane(4, 1))[511 * 512 + 511] & 0xFFFF);
        Path tif = folder.resolve("NCCR32_2022_11_03_IntoTheVoid_t_series-005_Cycle00003_Ch2_000002.ome.tif");
        assertEquals("bruker", registry.readerFor(tif, OpenOptions.none()).id());
        ImagingExtractor plane1 = registry.openImaging(tif, OpenOptions.of(Map.of(OpenOptions.PLANE, "1")));
        assertEquals(0.048474237, plane1.getTimestamps(0, 1)[0], 1e-12);
        assertEquals(0.145422711, plane1.getTimestamps(1, 2)[0], 1e-12);
    }

    private static List<String> strings(Entry e, String key) {
        return e.json().getAsJsonArray(key).asList().stream().map(JsonElement::getAsString).toList();
    }

    private static double[] doubles(Entry e, String key) {
        return e.json().getAsJsonArray(key).asList().stream().mapToDouble(JsonElement::getAsDouble).toArray();
    }

    private static Entry entry(String name) {
        return Fixtures.manifest("bruker").stream().filter(x -> x.name().equals(name)).findFirst().orElseThrow();
    }

    /** Named as PrairieView names its images, so Bruker's reader takes it (not ScanImage's "not a ScanImage TIFF"). */
    @Test
    void anOmeTifWithoutItsXmlSaysItIsMissingWithNoFormatGiven() {
        Path file = Fixtures.path("bruker/bad", "no_xml/no_xml_Cycle00001_Ch1_000001.ome.tif");
        Fixtures.assertError(file, io.github.ophysio.error.MissingFileException.class,
                () -> registry.openImaging(file, OpenOptions.none()), "no no_xml.xml", "Bruker folder");
    }
}
