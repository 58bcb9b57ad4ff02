package io.github.ophysio.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ophysio.error.CorruptFileException;
import io.github.ophysio.error.MissingFileException;
import io.github.ophysio.error.UnsupportedFormatException;
import io.github.ophysio.formats.npy.NpyFormat;
import io.github.ophysio.formats.raw.RawFormat;
import io.github.ophysio.model.ImagingExtractor;
import io.github.ophysio.model.PixelType;
import io.github.ophysio.testing.Fixtures;
import io.github.ophysio.testing.Fixtures.Coding;
import io.github.ophysio.testing.Fixtures.Entry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which reader opens a file: content sniffing, file names, and {@code format=}. */
class FormatRegistryTest {

    private static final String UINT16 = "uint16_le_c_v10_5x7x9.npy";

    private final FormatRegistry registry = FormatRegistry.load();

    @Test
    void serviceLoaderFindsNpyAndRaw() {
        List<String> ids = registry.readers().stream().map(FormatReader::id).collect(Collectors.toList());
        assertTrue(ids.contains("npy") && ids.contains("raw"), ids.toString());
        assertInstanceOf(NpyFormat.class, registry.byId("npy"));
        assertInstanceOf(RawFormat.class, registry.byId("raw"));
    }

    @Test
    void sniffConfidences(@TempDir Path dir) throws IOException {
        Path npy = Fixtures.path("npy", UINT16);
        assertEquals(Confidence.SIGNATURE, new NpyFormat().sniff(FileProbe.of(npy)));
        assertEquals(Confidence.NO, new RawFormat().sniff(FileProbe.of(npy)));
        Path text = write(dir, "notes.npy", "not an array");
        assertEquals(Confidence.EXTENSION_HINT, new NpyFormat().sniff(FileProbe.of(text)));
        for (String name : List.of("a.raw", "a.bin", "a.dat", "A.RAW")) {
            Path raw = write(dir, name, "xx");
            assertTrue(new RawFormat().sniff(FileProbe.of(raw)).above(Confidence.NO), name);
            assertEquals(Confidence.NO, new NpyFormat().sniff(FileProbe.of(raw)), name);
        }
        assertEquals(Confidence.NO, new RawFormat().sniff(FileProbe.of(dir)));
        assertEquals(Confidence.NO, new NpyFormat().sniff(FileProbe.of(dir)));
    }

    @Test
    void npyIsFoundByItsMagicWhateverTheName(@TempDir Path dir) throws IOException {
        Entry entry = npyEntry(UINT16);
        for (String name : List.of("movie.dat", "movie.raw", "movie.tif", "movie")) {
            Path copy = dir.resolve(name);
            Files.copy(entry.path(), copy);
            assertEquals("npy", registry.readerFor(copy, OpenOptions.none()).id(), name);
            ImagingExtractor x = registry.openImaging(copy, OpenOptions.none());
            assertEquals(5, x.getNumSamples(), name);
            assertEquals("1.0", x.getMetadata().get("npyVersion"), name);
            entry.coding().check(x.getPlane(4, 0), 62, 4 * 63 + 62, name);
        }
    }

    @Test
    void rawIsFoundByItsName() {
        for (Entry e : Fixtures.manifest("raw")) {
            assertEquals("raw", registry.readerFor(e.path(), OpenOptions.of(e.options())).id(), e.name());
        }
    }

    @Test
    void npyNameWithOtherContentIsACorruptNpy(@TempDir Path dir) throws IOException {
        Path fake = write(dir, "movie.npy", "P5 7 9 255\n");
        assertEquals("npy", registry.readerFor(fake, OpenOptions.none()).id());
        Fixtures.assertError(fake, CorruptFileException.class, () -> registry.openImaging(fake, OpenOptions.none()),
                "corrupt", "npy magic", "expected \\x93NUMPY", "found P5 7 9");
    }

    @Test
    void formatRawForcesTheRawReaderOnAnNpyFile() {
        Entry entry = npyEntry(UINT16);
        OpenOptions options = OpenOptions.of(Map.of(OpenOptions.FORMAT, "raw", "rows", "7", "cols", "9", "offset", "128"));
        assertEquals("raw", registry.readerFor(entry.path(), options).id());
        ImagingExtractor x = registry.openImaging(entry.path(), options);
        assertEquals(PixelType.UINT16, x.getPixelType());
        assertEquals(5, x.getNumSamples());
        assertEquals(0L, x.getMetadata().get("trailingBytes"));
        Coding coding = entry.coding();
        Object series = x.getSeries(0, 5).data();
        for (int i = 0; i < 5 * 7 * 9; i++) {
            coding.check(series, i, i, "element " + i);
        }
    }

    @Test
    void formatNpyForcesTheNpyReader(@TempDir Path dir) throws IOException {
        Path copy = dir.resolve("movie.raw");
        Files.copy(npyEntry(UINT16).path(), copy);
        OpenOptions options = OpenOptions.of(Map.of(OpenOptions.FORMAT, "npy"));
        assertEquals("npy", registry.readerFor(copy, options).id());
        assertEquals(5, registry.openImaging(copy, options).getNumSamples());
    }

    @Test
    void unknownFormatIdIsAUsageErrorListingTheKnownOnes() {
        Path path = Fixtures.path("npy", UINT16);
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> registry.openImaging(path, OpenOptions.of(Map.of(OpenOptions.FORMAT, "tiff"))));
        assertTrue(error.getMessage().contains("unknown format 'tiff'"), error.getMessage());
        assertTrue(error.getMessage().contains("npy") && error.getMessage().contains("raw"), error.getMessage());
        assertThrows(IllegalArgumentException.class, () -> registry.byId("NPY"));
    }

    @Test
    void unknownFileTypeNamesTheFormats(@TempDir Path dir) throws IOException {
        Path text = write(dir, "notes.txt", "hello");
        UnsupportedFormatException error = Fixtures.assertError(text, UnsupportedFormatException.class,
                () -> registry.openImaging(text, OpenOptions.none()), "unsupported", "no reader recognises");
        assertFormatsNamed(error.getMessage());
    }

    @Test
    void emptyFileWithoutExtension(@TempDir Path dir) throws IOException {
        Path empty = Files.createFile(dir.resolve("empty"));
        UnsupportedFormatException error = Fixtures.assertError(empty, UnsupportedFormatException.class,
                () -> registry.openImaging(empty, OpenOptions.none()), "unsupported", "empty file");
        assertFormatsNamed(error.getMessage());
    }

    @Test
    void folderNamesTheFormats(@TempDir Path dir) {
        UnsupportedFormatException error = Fixtures.assertError(dir, UnsupportedFormatException.class,
                () -> registry.openImaging(dir, OpenOptions.none()), "unsupported", "folder");
        assertFormatsNamed(error.getMessage());
    }

    @Test
    void missingFileEvenWhenAFormatIsForced(@TempDir Path dir) {
        Path missing = dir.resolve("gone.npy");
        for (OpenOptions options : List.of(OpenOptions.none(), OpenOptions.of(Map.of(OpenOptions.FORMAT, "npy")),
                OpenOptions.of(Map.of(OpenOptions.FORMAT, "raw", "rows", "7", "cols", "9")))) {
            Fixtures.assertError(missing, MissingFileException.class, () -> registry.openImaging(missing, options),
                    "missing", "no such file");
            Fixtures.assertError(missing, MissingFileException.class,
                    () -> registry.openImagingChannels(missing, options), "no such file");
        }
    }

    @Test
    void openImagingChannelsOfAFourDimensionalNpy() {
        Entry entry = Fixtures.manifest("npy").stream().filter(e -> e.shape().length == 4).findFirst().orElseThrow();
        List<ImagingExtractor> channels = registry.openImagingChannels(entry.path(), OpenOptions.none());
        assertEquals(List.of("0", "1", "2"), channels.stream().map(ImagingExtractor::getChannelName).collect(Collectors.toList()));
        List<ImagingExtractor> volume = registry.openImagingChannels(entry.path(),
                OpenOptions.of(Map.of(OpenOptions.FOURTH_AXIS, OpenOptions.FOURTH_AXIS_PLANES)));
        assertEquals(1, volume.size());
        assertEquals(3, volume.get(0).getNumPlanes());
    }

    private static void assertFormatsNamed(String message) {
        assertTrue(message.contains("npy") && message.contains("raw") && message.contains("format="), message);
    }

    private static Entry npyEntry(String name) {
        return Fixtures.manifest("npy").stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow();
    }

    private static Path write(Path dir, String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.US_ASCII);
    }
}
