package io.github.ophysio.formats.isxd;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import io.github.ophysio.error.OphysException;
import io.github.ophysio.formats.FormatRegistry;
import io.github.ophysio.formats.OpenOptions;
import io.github.ophysio.formats.RecordingInfo;
import io.github.ophysio.model.ImagingExtractor;
import io.github.ophysio.model.NdArray;
import io.github.ophysio.model.SampleShape;
import io.github.ophysio.testing.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Opens every isxd fixture through the registry as a user would: every channel, every value,
 * rate, spacing and the metadata the manifest expects; every bad file fails as its manifest says.
 */
class IsxdFixtureWalkTest {

    private final FormatRegistry registry = FormatRegistry.load();

    @Test
    void everyFixtureFileIsListedInItsManifest() throws IOException {
        for (String folder : List.of(IsxdFixture.FOLDER, IsxdFixture.BAD)) {
            Set<String> listed = Fixtures.manifest(folder).stream().map(Fixtures.Entry::name)
                    .collect(Collectors.toCollection(TreeSet::new));
            assertEquals(listed, filesIn(Fixtures.dir(folder)), folder);
        }
        assertTrue(IsxdFixture.all().size() >= 10);
    }

    @TestFactory
    Stream<DynamicTest> movies() {
        return IsxdFixture.all().stream().map(f -> dynamicTest(f.name(), () -> {
            assertEquals("isxd", registry.readerFor(f.path(), OpenOptions.none()).id());
            List<ImagingExtractor> channels = registry.openImagingChannels(f.path(), OpenOptions.none());
            assertEquals(f.channelNames().size(), channels.size(), "channels");
            for (int k = 0; k < channels.size(); k++) {
                check(f, k, channels.get(k));
                check(f, k, registry.openImaging(f.path(), OpenOptions.none().with(OpenOptions.CHANNEL,
                        f.channelNames().get(k))));
                check(f, k, registry.openImaging(f.path(), OpenOptions.none().with(OpenOptions.CHANNEL, "" + k)));
            }
            assertThrows(IllegalArgumentException.class, () -> registry.openImaging(f.path(),
                    OpenOptions.none().with(OpenOptions.CHANNEL, "blue")));
            checkMetadata(f, channels.get(0).getMetadata());
            assertTrue(RecordingInfo.toJson(RecordingInfo.of("isxd", channels.get(0), f.channelNames())).contains(
                    "\"format\": \"isxd\""));
        }));
    }

    /** Every plane of a volume also opens alone, by name and by index, as a planar recording. */
    @TestFactory
    Stream<DynamicTest> planesOfVolumes() {
        return IsxdFixture.all().stream().filter(f -> f.planes().size() > 1).flatMap(f -> f.planes().stream()
                .map(name -> dynamicTest(f.name() + " " + name, () -> {
                    int p = f.planes().indexOf(name);
                    ImagingExtractor byName = registry.openImaging(f.path(), OpenOptions.none().with(OpenOptions.PLANE, name));
                    ImagingExtractor byIndex = registry.openImaging(f.path(), OpenOptions.none().with(OpenOptions.PLANE, "" + p));
                    for (ImagingExtractor x : List.of(byName, byIndex)) {
                        assertEquals(SampleShape.of(f.rows(), f.cols()), x.getSampleShape());
                        assertEquals(f.samples(0), x.getNumSamples());
                        assertEquals(name, x.getMetadata().get("plane"));
                        NdArray all = x.getSeries(0, x.getNumSamples());
                        forEachPixel(f, 0, (t, r, c) -> assertEquals(f.expected(0, t, r, c, p), all.getDouble(t, r, c),
                                f + " plane " + name + " t=" + t + " r=" + r + " c=" + c));
                    }
                })));
    }

    @TestFactory
    Stream<DynamicTest> badFiles() {
        return Fixtures.manifest(IsxdFixture.BAD).stream().map(e -> dynamicTest(e.name(), () -> {
            OphysException error = assertThrows(OphysException.class,
                    () -> registry.openImaging(e.path(), OpenOptions.none()));
            String message = error.getMessage();
            assertEquals(e.string("error"), error.kind(), message);
            assertTrue(message.startsWith(e.path() + ": " + e.string("error") + ": "), message);
            assertFalse(message.contains("\n") || message.contains("\r"), message);
            for (JsonElement word : e.json().getAsJsonArray("words")) {
                String w = word.getAsString().toLowerCase(Locale.ROOT);
                assertTrue(message.toLowerCase(Locale.ROOT).contains(w), () -> "'" + w + "' in: " + message);
            }
        }));
    }

    private void check(IsxdFixture f, int channel, ImagingExtractor x) {
        String where = f + " channel " + channel;
        int planes = f.planes().size();
        assertEquals(f.samples(channel), x.getNumSamples(), where + ": samples");
        assertEquals(new SampleShape(f.rows(), f.cols(), planes), x.getSampleShape(), where);
        assertEquals(f.pixelType(), x.getPixelType(), where);
        assertEquals(f.channelNames().get(channel), x.getChannelName(), where);
        assertEquals(f.samplingFrequency(channel), x.getSamplingFrequency().getAsDouble(), where + ": fs");
        assertArrayEquals(f.pixelSize(), x.getPixelSize(), where + ": pixel size");
        assertFalse(x.hasNativeTimestamps(), where);
        NdArray all = x.getSeries(0, x.getNumSamples());
        for (int p = 0; p < planes; p++) {
            int plane = p;
            forEachPixel(f, channel, (t, r, c) -> {
                double actual = planes > 1 ? all.getDouble(t, r, c, plane) : all.getDouble(t, r, c);
                assertEquals(f.expected(channel, t, r, c, plane), actual,
                        where + " t=" + t + " r=" + r + " c=" + c + " p=" + plane);
            });
        }
    }

    private static void checkMetadata(IsxdFixture f, Map<String, Object> metadata) {
        assertEquals(f.json().get("frameRate").getAsDouble(), (double) metadata.get("frameRate"), f + " frameRate");
        assertEquals(f.json().get("numTimes").getAsLong(), metadata.get("numTimes"));
        assertEquals(f.json().get("type").getAsInt() == 4 ? "image" : "movie", metadata.get("isxdType"));
        f.expect().entrySet().forEach(e -> assertEquals(e.getValue(),
                JsonParser.parseString(RecordingInfo.toJson(metadata.get(e.getKey()))), f + " metadata " + e.getKey()));
    }

    private interface PixelCheck {
        void at(int t, int r, int c);
    }

    private static void forEachPixel(IsxdFixture f, int channel, PixelCheck check) {
        for (int t = 0; t < f.samples(channel); t++) {
            for (int r = 0; r < f.rows(); r++) {
                for (int c = 0; c < f.cols(); c++) {
                    check.at(t, r, c);
                }
            }
        }
    }

    private static Set<String> filesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile).map(p -> p.getFileName().toString())
                    .filter(n -> !n.equals(Fixtures.MANIFEST)).collect(Collectors.toCollection(TreeSet::new));
        }
    }
}
