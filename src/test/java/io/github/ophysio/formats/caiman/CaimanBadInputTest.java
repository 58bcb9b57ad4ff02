package io.github.ophysio.formats.caiman;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import io.github.ophysio.error.CorruptFileException;
import io.github.ophysio.error.MissingFileException;
import io.github.ophysio.error.OphysException;
import io.github.ophysio.error.UnsupportedFormatException;
import io.github.ophysio.formats.FormatRegistry;
import io.github.ophysio.formats.OpenOptions;
import io.github.ophysio.testing.Fixtures;
import io.github.ophysio.testing.Fixtures.Entry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/** Bad CaImAn files fail on opening with one line naming the file, the kind and what was wrong. */
class CaimanBadInputTest {

    private static final Map<String, Class<? extends OphysException>> KINDS = Map.of(
            "corrupt", CorruptFileException.class, "unsupported", UnsupportedFormatException.class,
            "missing", MissingFileException.class);

    private final FormatRegistry registry = FormatRegistry.load();

    /** Each file of fixtures/caiman/bad, opened as a user would (sniffed, the kind its name says). */
    @TestFactory
    Stream<DynamicTest> badFiles() {
        return Fixtures.manifest("caiman/bad").stream().map(e -> dynamicTest(e.name(), () -> {
            Class<? extends OphysException> type = KINDS.get(e.string("error"));
            Fixtures.assertError(e.path(), type, () -> open(e.path()), words(e));
        }));
    }

    @Test
    void missingEstimatesAIsNamed() {
        Path path = Fixtures.path("caiman/bad", "no_A.hdf5");
        Fixtures.assertError(path, CorruptFileException.class, () -> open(path), "corrupt", "estimates/A", "found nothing");
    }

    /**
     * A cnm.save() file cut short, opened as a segmentation: the file is corrupt, whichever reader's
     * sniff it passed (at these lengths CaImAn's jhdf look inside fails, the HDF5 signature remains).
     */
    @TestFactory
    Stream<DynamicTest> aTruncatedFileIsCorruptNotARecording(@TempDir Path dir) throws IOException {
        byte[] whole = Files.readAllBytes(CaimanFixtures.path(CaimanFixtures.ACCEPTED));
        return Stream.of(whole.length / 2, whole.length - 1, 4000, 1200, 600).map(n -> dynamicTest(n + " bytes", () -> {
            Path cut = Files.write(dir.resolve("cut_" + n + ".hdf5"), java.util.Arrays.copyOf(whole, n));
            Fixtures.assertError(cut, CorruptFileException.class,
                    () -> registry.openSegmentation(cut, OpenOptions.none()), "corrupt", "truncated");
        }));
    }

    /** A memmap recognised by its name but cut short: opened as a segmentation, its damage is the answer. */
    @Test
    void aShortMemmapOpenedAsASegmentationIsCorrupt() {
        Path path = Fixtures.path("caiman/bad", "short_d1_4_d2_5_d3_1_order_C_frames_6_.mmap");
        Fixtures.assertError(path, CorruptFileException.class,
                () -> registry.openSegmentation(path, OpenOptions.none()), "corrupt", "480", "468");
    }

    @Test
    void anHdf5FileIsNotARecording() {
        Path path = CaimanFixtures.path(CaimanFixtures.ACCEPTED);
        Fixtures.assertError(path, UnsupportedFormatException.class,
                () -> registry.openImaging(path, OpenOptions.none()), "segmentation", "not a recording");
    }

    @Test
    void aMemmapIsNotASegmentation() {
        Path path = Fixtures.path("caiman/mmap", "Yr_d1_7_d2_9_d3_1_order_C_frames_5_.mmap");
        Fixtures.assertError(path, UnsupportedFormatException.class,
                () -> registry.openSegmentation(path, OpenOptions.none()), "not a segmentation");
    }

    @Test
    void aMemmapWithoutLayoutInItsNameIsRefusedWhenForced(@TempDir Path dir) throws IOException {
        Path path = Files.write(dir.resolve("movie_order_C.mmap"), new byte[16]);
        Fixtures.assertError(path, UnsupportedFormatException.class, () -> registry.openImaging(path,
                OpenOptions.of(Map.of(OpenOptions.FORMAT, "caiman"))), "d1_", "frames_");
    }

    @Test
    void aMissingFileIsMissing(@TempDir Path dir) {
        Path path = dir.resolve("gone.hdf5");
        Fixtures.assertError(path, MissingFileException.class, () -> new CaimanFormat().openSegmentation(path,
                OpenOptions.none()), "no such file");
    }

    @Test
    void everyBadFileIsListed() throws IOException {
        try (Stream<Path> files = Files.list(Fixtures.dir("caiman/bad"))) {
            assertEquals(Fixtures.manifest("caiman/bad").size(),
                    files.filter(p -> !p.getFileName().toString().equals(Fixtures.MANIFEST)).count());
        }
    }

    private Object open(Path path) {
        OpenOptions none = OpenOptions.none();
        return path.toString().endsWith(".mmap") ? registry.openImaging(path, none)
                : registry.openSegmentation(path, none);
    }

    private static String[] words(Entry e) {
        return e.json().getAsJsonArray("words").asList().stream().map(w -> w.getAsString()).toArray(String[]::new);
    }
}
