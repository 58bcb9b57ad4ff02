package io.github.ophysio.formats.suite2p;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ophysio.error.CorruptFileException;
import io.github.ophysio.error.MissingFileException;
import io.github.ophysio.error.UnsupportedFormatException;
import io.github.ophysio.formats.DataKind;
import io.github.ophysio.formats.FormatRegistry;
import io.github.ophysio.formats.OpenOptions;
import io.github.ophysio.model.ImagingExtractor;
import io.github.ophysio.model.PixelType;
import io.github.ophysio.model.SegmentationExtractor;
import io.github.ophysio.model.TraceKind;
import io.github.ophysio.testing.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Paths, planes, channels, the registry, the data.bin movie, v1.x files and bad folders. */
class Suite2pFormatTest {

    private static final FormatRegistry REGISTRY = FormatRegistry.load();

    @ParameterizedTest
    @ValueSource(strings = {"suite2p", "suite2p/plane0", "suite2p/plane1/stat.npy", "suite2p/plane0/ops.npy",
        "suite2p_v1/plane0", "bad/missing_stat"})
    void theRegistryPicksSuite2p(String relative) {
        Path path = Fixtures.path("suite2p", relative);
        assertEquals("suite2p", REGISTRY.readerFor(path, OpenOptions.none()).id());
        assertEquals(DataKind.SEGMENTATION, REGISTRY.readerFor(path, OpenOptions.none()).kind(path, OpenOptions.none()));
    }

    @Test
    void otherNpyFilesStayWithTheNpyReader() {
        Path f = Suite2pFixtures.plane(0).resolve("F.npy");
        assertEquals("npy", REGISTRY.readerFor(f, OpenOptions.none()).id());
    }

    @Test
    void aFileInsideAPlaneOpensThatPlane() {
        SegmentationExtractor s = REGISTRY.openSegmentation(Suite2pFixtures.plane(1).resolve("stat.npy"), OpenOptions.none());
        assertEquals(List.of(0, 1, 2), s.getRoiIds());
        assertEquals("plane1", s.getMetadata().get("plane"));
    }

    /** cli.md: no plane option opens the first plane folder in natural order (plane2 before plane10). */
    @Test
    void withoutAPlaneTheFirstPlaneInNaturalOrderOpens(@TempDir Path dir) throws IOException {
        SegmentationExtractor first = Suite2pFixtures.open(Suite2pFixtures.root());
        assertEquals(List.of(0, 1, 2, 3, 4, 5), first.getRoiIds());
        assertEquals("plane0", first.getMetadata().get("plane"));
        Path root = dir.resolve("suite2p");
        copy(Suite2pFixtures.plane(0), root.resolve("plane10"));
        copy(Suite2pFixtures.plane(1), root.resolve("plane2"));
        SegmentationExtractor natural = REGISTRY.openSegmentation(root, OpenOptions.none());
        assertEquals(3, natural.getNumRois());
        assertEquals("plane2", natural.getMetadata().get("plane"));
        assertEquals(List.of("plane2", "plane10", "all"), REGISTRY.byId("suite2p").segmentationPlanes(root,
                OpenOptions.none()), "the chooser's choices: each plane (first = default), then all");
        Files.createDirectories(root.resolve("combined"));
        copy(Suite2pFixtures.plane(1), root.resolve("combined"));
        assertEquals(List.of("plane2", "plane10", "all", "combined"), REGISTRY.byId("suite2p").segmentationPlanes(root,
                OpenOptions.none()));
    }

    @Test
    void planeAllCombinesEveryPlaneFolder() {
        SegmentationExtractor all = Suite2pFixtures.open(Suite2pFixtures.root(), "plane", "all");
        assertEquals(9, all.getNumRois());
        assertEquals("plane1/2", all.getRoiIds().get(8));
        assertEquals("plane1", Suite2pPlaneContractTest.values(all, "plane").get(8));
        SegmentationExtractor lone = Suite2pFixtures.open(Suite2pFixtures.plane(0), "plane", "all");
        assertEquals("plane0/5", lone.getRoiIds().get(5), "all gives plane/id ids even for one plane");
    }

    @Test
    void planeCombinedWithoutSuite2psCombinedFolderIsMissing() {
        Path expected = Suite2pFixtures.root().toAbsolutePath().resolve("combined");
        for (Path path : List.of(Suite2pFixtures.root(), Suite2pFixtures.plane(1), Suite2pFixtures.plane(0).resolve("stat.npy"))) {
            Fixtures.assertError(expected, MissingFileException.class,
                    () -> REGISTRY.openSegmentation(path, OpenOptions.none().with("plane", "combined")),
                    "missing", "no such folder", "plane=all");
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path file : files.toList()) {
                Files.copy(file, to.resolve(file.getFileName()));
            }
        }
    }

    @Test
    void planesByNameOrIndexAndCandidates() {
        Path root = Suite2pFixtures.root();
        assertEquals(3, Suite2pFixtures.open(root, "plane", "plane1").getNumRois());
        assertEquals(3, Suite2pFixtures.open(root, "plane", "1").getNumRois());
        assertEquals(6, Suite2pFixtures.open(root, "plane", "0").getNumRois());
        assertEquals(List.of("plane0", "plane1"), new Suite2pFormat().candidates(root, OpenOptions.none()));
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class,
                () -> Suite2pFixtures.open(root, "plane", "plane7"));
        assertTrue(bad.getMessage().contains("plane0, plane1, or all"), bad.getMessage());
    }

    @Test
    void chan2HasItsOwnTracesAndMean() {
        SegmentationExtractor s = Suite2pFixtures.open(Suite2pFixtures.plane(0), "channel", "chan2");
        assertEquals(Set.of(TraceKind.RAW, TraceKind.NEUROPIL), s.getTraceKinds());
        assertEquals(Suite2pFixtures.trace("F_chan2", 0, 3, 7), s.getTraces(TraceKind.RAW).get(7, 3));
        assertEquals(Suite2pFixtures.trace("Fneu_chan2", 0, 5, 0), s.getTrace(TraceKind.NEUROPIL, 5)[0]);
        assertEquals(-(4 * 100 + 6), s.getImage("mean")[4 * Suite2pFixtures.LX + 6]);
        assertEquals(4 * 100 + 6, s.getImage("mean_chan1")[4 * Suite2pFixtures.LX + 6]);
        assertEquals(List.of("chan1", "chan2"), new Suite2pFormat().channelNames(Suite2pFixtures.root(), OpenOptions.none()));
        assertEquals(Set.of(TraceKind.RAW, TraceKind.NEUROPIL),
                Suite2pFixtures.open(Suite2pFixtures.root(), "channel", "1").getTraceKinds());
        assertThrows(IllegalArgumentException.class, () -> Suite2pFixtures.open(Suite2pFixtures.root(), "channel", "chan3"));
    }

    @Test
    void fsOptionReplacesTheRate() {
        assertEquals(OptionalDouble.of(30), Suite2pFixtures.open(Suite2pFixtures.plane(0), "fs", "30").getSamplingFrequency());
    }

    @Test
    void theRegisteredMovieOpensAsALazyRecording() {
        ImagingExtractor movie = REGISTRY.openImaging(Suite2pFixtures.root(), OpenOptions.none());
        assertEquals(Suite2pFixtures.T, movie.getNumSamples());
        assertArrayEquals(new int[] {Suite2pFixtures.LY, Suite2pFixtures.LX}, movie.getImageShape());
        assertEquals(PixelType.INT16, movie.getPixelType());
        assertEquals(OptionalDouble.of(Suite2pFixtures.FS), movie.getSamplingFrequency());
        assertEquals(movieValue(2, 3, 4, 3000), plane(movie, 2)[3 * Suite2pFixtures.LX + 4]);
        ImagingExtractor chan2 = REGISTRY.openImaging(Suite2pFixtures.root(),
                OpenOptions.none().with("channel", "chan2").with("plane", "plane1"));
        assertEquals(movieValue(11, 19, 29, 5000), plane(chan2, 11)[19 * Suite2pFixtures.LX + 29]);
    }

    private static short[] plane(ImagingExtractor movie, int t) {
        short[] values = new short[Suite2pFixtures.LY * Suite2pFixtures.LX];
        movie.readPlane(t, 0, values);
        return values;
    }

    private static short movieValue(int t, int r, int c, int offset) {
        return (short) (((t * Suite2pFixtures.LY + r) * Suite2pFixtures.LX + c) - offset);
    }

    @Test
    void aFolderWithoutMovieSaysSoWhenOpenedAsRecording() {
        Path plane = Fixtures.path("suite2p/suite2p_v1", "plane0");
        Fixtures.assertError(plane, UnsupportedFormatException.class, () -> REGISTRY.openImaging(plane, OpenOptions.none()),
                "data.bin", "Ophys Segmentation");
    }

    @Test
    void version1SplitFilesReplaceOps() {
        SegmentationExtractor s = Suite2pFixtures.open(Fixtures.path("suite2p/suite2p_v1", "plane0"));
        assertEquals(OptionalDouble.of(12.5), s.getSamplingFrequency());
        assertArrayEquals(new int[] {Suite2pFixtures.LY, Suite2pFixtures.LX}, s.getFrameShape());
        assertEquals(List.of("mean", "correlation", "max"), s.getImageNames());
        assertEquals(2.03f, s.getImage("correlation")[2 * Suite2pFixtures.LX + 3], 1e-6);
        assertFalse(s.getProperty("redcell").isPresent());
        assertEquals("db.npy", s.getMetadata().get("opsFile"));
        assertEquals(0.7, s.getMetadata().get("tau"));
    }

    @Test
    void missingStat() {
        Path stat = Suite2pFixtures.bad("missing_stat").resolve("stat.npy");
        Fixtures.assertError(stat, MissingFileException.class,
                () -> REGISTRY.openSegmentation(Suite2pFixtures.bad("missing_stat"), OpenOptions.none()),
                "missing", "no such file", "stat.npy");
    }

    @Test
    void foreignGlobalInOps() {
        Path ops = Suite2pFixtures.bad("foreign_global").resolve("ops.npy");
        UnsupportedFormatException e = Fixtures.assertError(ops, UnsupportedFormatException.class,
                () -> Suite2pFixtures.open(Suite2pFixtures.bad("foreign_global")), "unsupported", "'os.system'",
                "nothing is executed");
        assertInstanceOf(UnsupportedFormatException.class, e);
    }

    @Test
    void tracesWhoseShapeDisagreesWithStat() {
        Path f = Suite2pFixtures.bad("f_shape_mismatch").resolve("F.npy");
        Fixtures.assertError(f, CorruptFileException.class, () -> Suite2pFixtures.open(Suite2pFixtures.bad("f_shape_mismatch")),
                "corrupt", "shape (2, 12)", "expected 3 ROIs", "found 2");
    }

    @Test
    void pixelsOutsideTheFrame() {
        Path stat = Suite2pFixtures.bad("out_of_frame").resolve("stat.npy");
        Fixtures.assertError(stat, CorruptFileException.class, () -> Suite2pFixtures.open(Suite2pFixtures.bad("out_of_frame")),
                "corrupt", "ROI 2", "row 20", "outside the 20 x 30 frame");
    }

    @Test
    void aFolderThatIsNotSuite2p() {
        Path folder = Fixtures.path("suite2p", "pickle");
        Fixtures.assertError(folder, UnsupportedFormatException.class,
                () -> new Suite2pFormat().openSegmentation(folder, OpenOptions.none()), "not a Suite2p output", "stat.npy");
    }
}
