package io.github.ophysio.formats.hdf5;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.google.gson.JsonElement;
import io.github.ophysio.error.OphysException;
import io.github.ophysio.formats.FormatRegistry;
import io.github.ophysio.formats.OpenOptions;
import io.github.ophysio.formats.RecordingInfo;
import io.github.ophysio.model.ImagingExtractor;
import io.github.ophysio.testing.Fixtures;
import io.github.ophysio.testing.Fixtures.Entry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/** Every HDF5 fixture through the registry: reader, dataset, rate, channels, info; every bad file's message. */
class Hdf5FixtureTest {

    private final FormatRegistry registry = FormatRegistry.load();

    @TestFactory
    Stream<DynamicTest> recordingsOpenWithTheirFacts() {
        return Fixtures.manifest("hdf5").stream().map(e -> dynamicTest(e.name(), () -> {
            OpenOptions options = OpenOptions.of(e.options());
            assertEquals("hdf5", registry.readerFor(e.path(), options).id());
            ImagingExtractor x = registry.openImaging(e.path(), options);
            assertEquals(e.string("dataset"), x.getMetadata().get("dataset"));
            assertEquals(e.pixelType(), x.getPixelType());
            assertEquals(e.shape()[0], x.getNumSamples());
            assertArrayEquals(new int[] {e.shape()[1], e.shape()[2]}, x.getImageShape());
            JsonElement fs = e.json().get("samplingFrequency");
            if (fs.isJsonNull()) {
                assertTrue(x.getSamplingFrequency().isEmpty());
            } else {
                assertEquals(fs.getAsDouble(), x.getSamplingFrequency().getAsDouble(), 1e-12);
            }
            List<String> channels = e.json().getAsJsonArray("channels").asList().stream().map(JsonElement::getAsString).toList();
            assertEquals(channels, registry.readerFor(e.path(), options).channelNames(e.path(), options));
            Map<String, Object> info = RecordingInfo.of("hdf5", x, channels);
            assertEquals(e.string("dataset"), info.get("dataset"));
        }));
    }

    @Test
    void fsOptionReplacesTheFileRate() {
        Entry e = entry("contiguous_uint16_tyx.h5");
        ImagingExtractor x = registry.openImaging(e.path(), OpenOptions.of(Map.of(OpenOptions.FS, "50")));
        assertEquals(50.0, x.getSamplingFrequency().getAsDouble());
    }

    @Test
    void channelsAreIndicesOfTheChannelAxis() {
        Entry e = entry("roiextractors_mov_ctyx.h5");
        assertEquals(2, registry.openImagingChannels(e.path(), OpenOptions.none()).size());
        for (String bad : List.of("2", "red", "-1")) {
            IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                    () -> registry.openImaging(e.path(), OpenOptions.of(Map.of(OpenOptions.CHANNEL, bad))));
            assertTrue(error.getMessage().contains("channels: 0 to 1"), error.getMessage());
        }
    }

    @Test
    void matlabFileIsDetectedAndPutBackIntoMatrixOrder() {
        Entry e = entry("matlab_v73_double.mat");
        Map<String, Object> metadata = registry.openImaging(e.path(), OpenOptions.none()).getMetadata();
        assertEquals("7.3", metadata.get("matlab"));
        assertEquals(512L, metadata.get("userBlock"));
        assertEquals("txy", metadata.get("axes"));
    }

    @Test
    void severalCandidatesWithoutChoiceIsAUsageErrorListingThem() {
        Entry e = entry("several_candidates.h5");
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> registry.openImaging(e.path(), OpenOptions.none()));
        assertTrue(error.getMessage().startsWith(e.path() + ": "), error.getMessage());
        for (String word : List.of("dataset=", "/a (6, 7, 9) int16 contiguous", "/group/b (7, 7, 9) int32 chunked (2, 7, 9) lzf")) {
            assertTrue(error.getMessage().contains(word), word + " in " + error.getMessage());
        }
        assertEquals(List.of("/a (6, 7, 9) int16 contiguous", "/group/b (7, 7, 9) int32 chunked (2, 7, 9) lzf"),
                registry.readerFor(e.path(), OpenOptions.none()).candidates(e.path(), OpenOptions.none()));
    }

    @Test
    void datasetMayBeGivenByNameAndAxesRemapWithoutCopying() {
        Entry e = entry("several_candidates.h5");
        ImagingExtractor x = registry.openImaging(e.path(), OpenOptions.of(Map.of("dataset", "b", "axes", "txy")));
        assertArrayEquals(new int[] {9, 7}, x.getImageShape());
        assertEquals(e.coding().value(1), x.getSeries(0, 1).getDouble(0, 1, 0));
        assertThrows(IllegalArgumentException.class,
                () -> registry.openImaging(e.path(), OpenOptions.of(Map.of("dataset", "b", "axes", "tyy"))));
    }

    @Test
    void chunkedReadsAgreeWithContiguousAfterRandomAccess() {
        Entry e = entry("chunked_gzip_shuffle_float32.h5");
        ImagingExtractor x = registry.openImaging(e.path(), OpenOptions.none());
        float[] last = (float[]) x.getPlane(5, 0);
        float[] first = (float[]) x.getPlane(0, 0);
        assertEquals((float) e.coding().value(5 * 63 + 62), last[62]);
        assertEquals((float) e.coding().value(0), first[0]);
        assertNull(x.getNativeTimestamps(0, 1));
    }

    @TestFactory
    Stream<DynamicTest> badFilesFailWithOneLineNamingTheProblem() {
        return Fixtures.manifest("hdf5/bad").stream().map(e -> dynamicTest(e.name(), () -> {
            OpenOptions options = OpenOptions.of(e.options());
            String[] words = e.json().getAsJsonArray("words").asList().stream().map(JsonElement::getAsString)
                    .toArray(String[]::new);
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
            Class<? extends OphysException> type = switch (e.string("error")) {
                case "corrupt" -> io.github.ophysio.error.CorruptFileException.class;
                case "missing" -> io.github.ophysio.error.MissingFileException.class;
                default -> io.github.ophysio.error.UnsupportedFormatException.class;
            };
            Fixtures.assertError(e.path(), type, () -> registry.openImaging(e.path(), options)
                    .getSeries(0, 1), words);
        }));
    }

    /** Opening and reading every plane changes neither the bytes nor the time of a file, nor its folder. */
    @Test
    void openingLeavesFilesUntouched(@TempDir Path dir) throws IOException {
        for (String name : List.of("chunked_gzip_shuffle_float32.h5", "matlab_v73_double.mat")) {
            Path copy = dir.resolve(name);
            Files.copy(entry(name).path(), copy);
            Files.setLastModifiedTime(copy, FileTime.fromMillis(1_000_000_000_000L));
            byte[] bytes = Files.readAllBytes(copy);
            ImagingExtractor x = registry.openImaging(copy, OpenOptions.none());
            x.getSeries(0, x.getNumSamples());
            assertArrayEquals(bytes, Files.readAllBytes(copy), name);
            assertEquals(FileTime.fromMillis(1_000_000_000_000L), Files.getLastModifiedTime(copy), name);
            try (Stream<Path> files = Files.list(dir)) {
                assertEquals(1, files.count(), "nothing written beside " + name);
            }
            Files.delete(copy);
        }
    }

    private static Entry entry(String name) {
        return Fixtures.manifest("hdf5").stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow();
    }
}
