package io.github.ophysio.formats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import io.github.ophysio.error.OphysException;
import io.github.ophysio.model.ImagingExtractor;
import io.github.ophysio.model.NdArray;
import io.github.ophysio.model.SampleShape;
import io.github.ophysio.testing.Fixtures;
import io.github.ophysio.testing.Fixtures.Coding;
import io.github.ophysio.testing.Fixtures.Entry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens every fixture the manifests list, through the registry as a user would, and checks the
 * shape, type and every element against the value coding. Fails when a file on disk is missing
 * from its manifest, so that no fixture is skipped silently.
 */
class FixtureWalkTest {

    /** Folders whose files are recordings; each has a manifest. */
    private static final List<String> RECORDINGS = List.of("npy", "raw");
    private static final String BAD = "npy/bad";

    private final FormatRegistry registry = FormatRegistry.load();

    @Test
    void everyFixtureFileIsListedInItsFolderManifest() throws IOException {
        for (String top : RECORDINGS) {
            try (Stream<Path> folders = Files.walk(Fixtures.dir(top))) {
                for (Path folder : folders.filter(Files::isDirectory).collect(Collectors.toList())) {
                    String name = Fixtures.root().relativize(folder).toString().replace('\\', '/');
                    assertTrue(Files.isRegularFile(folder.resolve(Fixtures.MANIFEST)), name + " has no manifest");
                    Set<String> listed = Fixtures.manifest(name).stream().map(Entry::name)
                            .collect(Collectors.toCollection(TreeSet::new));
                    assertEquals(listed, filesIn(folder), name + ": files on disk vs. manifest");
                }
            }
        }
    }

    @Test
    void manifestsAreNotEmpty() {
        assertTrue(Fixtures.manifest("npy").size() >= 30);
        assertTrue(Fixtures.manifest("raw").size() >= 5);
        assertTrue(Fixtures.manifest(BAD).size() >= 10);
    }

    @TestFactory
    Stream<DynamicTest> npyRecordings() {
        return Fixtures.manifest("npy").stream().map(e -> dynamicTest(e.name(), () -> {
            checkRecording(e, Map.of());
            Map<String, Object> metadata = registry.openImaging(e.path(), OpenOptions.none()).getMetadata();
            assertEquals(e.string("npyVersion"), metadata.get("npyVersion"), "npyVersion");
            assertEquals(e.string("descr"), metadata.get("descr"), "descr");
            assertEquals(e.json().get("fortranOrder").getAsBoolean(), metadata.get("fortranOrder"), "fortranOrder");
        }));
    }

    @TestFactory
    Stream<DynamicTest> rawRecordings() {
        return Fixtures.manifest("raw").stream().map(e -> dynamicTest(e.name(), () -> {
            checkRecording(e, e.options());
            Map<String, Object> metadata = registry.openImaging(e.path(), OpenOptions.of(e.options())).getMetadata();
            assertEquals(e.json().get("trailingBytes").getAsLong(), metadata.get("trailingBytes"), "trailingBytes");
            assertEquals(e.json().get("offset").getAsLong(), metadata.get(OpenOptions.OFFSET), "offset");
            assertEquals(e.string("axes"), metadata.get(OpenOptions.AXES), "axes");
            assertEquals(e.string("byteOrder"), metadata.get(OpenOptions.BYTE_ORDER), "byte order");
        }));
    }

    /** Every bad file fails on opening with a one-line error of the manifest's kind that names the file. */
    @TestFactory
    Stream<DynamicTest> badNpyFiles() {
        return Fixtures.manifest(BAD).stream().map(e -> dynamicTest(e.name(), () -> {
            OphysException error = assertThrows(OphysException.class,
                    () -> registry.openImaging(e.path(), OpenOptions.none()));
            assertEquals(e.string("error"), error.kind(), error.getMessage());
            assertTrue(error.getMessage().startsWith(e.path() + ": " + e.string("error") + ": "), error.getMessage());
            assertFalse(error.getMessage().contains("\n") || error.getMessage().contains("\r"), error.getMessage());
            assertEquals(e.path(), error.file());
        }));
    }

    /** Opening and reading everything changes neither the bytes nor the time of a file, nor its folder. */
    @Test
    void openingLeavesFilesUntouched(@TempDir Path dir) throws IOException {
        Entry npy = Fixtures.manifest("npy").stream().filter(e -> e.shape().length == 4).findFirst().orElseThrow();
        Entry raw = Fixtures.manifest("raw").stream().filter(e -> e.shape().length == 4).findFirst().orElseThrow();
        for (Entry e : List.of(npy, raw)) {
            Path copy = dir.resolve(e.name());
            Files.copy(e.path(), copy, StandardCopyOption.COPY_ATTRIBUTES);
            Files.setLastModifiedTime(copy, FileTime.fromMillis(1_000_000_000_000L));
            byte[] bytes = Files.readAllBytes(copy);
            Set<String> before = filesIn(dir);
            OpenOptions options = OpenOptions.of(e.options());
            registry.openImagingChannels(copy, options).forEach(x -> x.getSeries(0, x.getNumSamples()));
            registry.openImaging(copy, options.with(OpenOptions.FOURTH_AXIS, "planes")).getSeries(0, 1);
            assertArrayEquals(bytes, Files.readAllBytes(copy), e.name());
            assertEquals(FileTime.fromMillis(1_000_000_000_000L), Files.getLastModifiedTime(copy), e.name());
            assertEquals(before, filesIn(dir), "nothing written beside " + e.name());
        }
    }

    // ---- checks shared by .npy and raw fixtures

    /** Opens {@code e} every way a (T, rows, cols[, N]) array can be opened and checks every element. */
    private void checkRecording(Entry e, Map<String, String> options) {
        OpenOptions base = OpenOptions.of(options);
        int channels = e.shape().length == 4 ? e.shape()[3] : 1;
        List<ImagingExtractor> all = registry.openImagingChannels(e.path(), base);
        assertEquals(channels, all.size(), "channels");
        for (int k = 0; k < channels; k++) {
            checkChannel(e, all.get(k), k, channels);
        }
        checkChannel(e, registry.openImaging(e.path(), base), 0, channels);
        for (int k = 0; k < channels; k++) {
            checkChannel(e, registry.openImaging(e.path(), base.with(OpenOptions.CHANNEL, Integer.toString(k))), k, channels);
        }
        assertThrows(IllegalArgumentException.class,
                () -> registry.openImaging(e.path(), base.with(OpenOptions.CHANNEL, Integer.toString(channels))));
        checkVolume(e, registry.openImaging(e.path(), base.with(OpenOptions.FOURTH_AXIS, "planes")), channels);
    }

    /** Channel {@code k} of {@code channels}: a planar recording of logical elements (t, r, c, k). */
    private static void checkChannel(Entry e, ImagingExtractor x, int k, int channels) {
        int[] shape = e.shape();
        int frames = shape[0];
        int rows = shape[1];
        int cols = shape[2];
        String where = e + " channel " + k;
        assertEquals(frames, x.getNumSamples(), where + ": samples");
        assertEquals(new SampleShape(rows, cols, 1), x.getSampleShape(), where + ": sample shape");
        assertEquals(e.pixelType(), x.getPixelType(), where + ": pixel type");
        assertEquals(Integer.toString(k), x.getChannelName(), where + ": channel name");
        Coding coding = e.coding();
        NdArray series = x.getSeries(0, frames);
        assertArrayEquals(new int[] {frames, rows, cols}, series.shape(), where + ": series shape");
        assertEquals(e.pixelType(), series.type());
        for (int t = 0; t < frames; t++) {
            Object plane = x.getPlane(t, 0);
            for (int i = 0; i < rows * cols; i++) {
                long index = ((long) t * rows * cols + i) * channels + k;
                coding.check(series.data(), t * rows * cols + i, index, where + " series t=" + t + " pixel " + i);
                coding.check(plane, i, index, where + " plane t=" + t + " pixel " + i);
            }
        }
        NdArray middle = x.getSeries(1, frames - 1);
        for (int i = 0; i < (frames - 2) * rows * cols; i++) {
            coding.check(middle.data(), i, ((long) rows * cols + i) * channels + k, where + " series [1, T-1) " + i);
        }
    }

    /** With fourth-axis=planes the N values of (t, r, c) are the planes of one volume. */
    private static void checkVolume(Entry e, ImagingExtractor x, int planes) {
        int[] shape = e.shape();
        int frames = shape[0];
        int rows = shape[1];
        int cols = shape[2];
        String where = e + " as a volume";
        assertEquals(frames, x.getNumSamples(), where + ": samples");
        assertEquals(new SampleShape(rows, cols, planes), x.getSampleShape(), where + ": sample shape");
        assertEquals(e.pixelType(), x.getPixelType(), where);
        NdArray series = x.getSeries(0, frames);
        int[] expected = planes > 1 ? new int[] {frames, rows, cols, planes} : new int[] {frames, rows, cols};
        assertArrayEquals(expected, series.shape(), where + ": series shape");
        Coding coding = e.coding();
        int all = frames * rows * cols * planes;
        for (int i = 0; i < all; i++) {
            coding.check(series.data(), i, i, where + " series element " + i);
        }
        for (int t = 0; t < frames; t++) {
            for (int p = 0; p < planes; p++) {
                Object plane = x.getPlane(t, p);
                for (int i = 0; i < rows * cols; i++) {
                    coding.check(plane, i, ((long) t * rows * cols + i) * planes + p, where + " t=" + t + " plane " + p);
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
