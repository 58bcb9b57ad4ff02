package io.github.ophysio.formats.caiman;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.ophysio.error.OphysException;
import io.github.ophysio.formats.Confidence;
import io.github.ophysio.formats.DataKind;
import io.github.ophysio.formats.FormatReader;
import io.github.ophysio.formats.FormatRegistry;
import io.github.ophysio.formats.OpenOptions;
import io.github.ophysio.model.ImagingExtractor;
import io.github.ophysio.model.SampleShape;
import io.github.ophysio.model.SegmentationExtractor;
import io.github.ophysio.model.TraceKind;
import io.github.ophysio.testing.Fixtures;
import io.github.ophysio.testing.FixtureGenerators;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Recognition (sniffing, kind), memmap names, and the generator's reproducibility. */
class CaimanFormatTest {

    private final FormatRegistry registry = FormatRegistry.load();

    @Test
    void cnmSaveFilesAreCaimanSegmentationsAboveAnyPlainHdf5Reader() {
        for (String name : List.of(CaimanFixtures.ACCEPTED, CaimanFixtures.NONE, CaimanFixtures.SPARSE_B)) {
            Path path = CaimanFixtures.path(name);
            FormatReader reader = registry.readerFor(path, OpenOptions.none());
            assertEquals("caiman", reader.id(), name);
            assertEquals(DataKind.SEGMENTATION, reader.kind(path, OpenOptions.none()));
        }
        assertTrue(Confidence.LAYOUT.above(Confidence.SIGNATURE));
    }

    @Test
    void otherFilesAreNotRecognised(@TempDir Path dir) throws IOException {
        Path npy = Fixtures.manifest("npy").get(0).path();
        assertTrue(!registry.readerFor(npy, OpenOptions.none()).id().equals("caiman"));
        Path fake = Files.write(dir.resolve("fake.hdf5"), new byte[] {(byte) 0x89, 'H', 'D', 'F', '\r', '\n', 0x1a, '\n', 1});
        assertTrue(notCaiman(fake), "a broken HDF5 file is not sniffed as CaImAn");
        assertTrue(notCaiman(dir), "a folder is not CaImAn");
    }

    @Test
    void memmapsAreRecognisedByName() {
        Path path = Fixtures.path("caiman/mmap", "Yr_d1_7_d2_9_d3_1_order_C_frames_5_.mmap");
        FormatReader reader = registry.readerFor(path, OpenOptions.none());
        assertEquals("caiman", reader.id());
        assertEquals(DataKind.IMAGING, reader.kind(path, OpenOptions.none()));
    }

    @Test
    void namesAreParsedFromTheLastOccurrenceOfEachKey() {
        assertEquals(new MmapName(6, 5, 3, 'F', 4),
                MmapName.parse(Path.of("vol-#-2_d1_99_d1_6_d2_5_d3_3_order_F_frames_4.mmap")).orElseThrow());
        assertEquals(new MmapName(10, 11, 1, 'F', 12),
                MmapName.parse(Path.of("memmap__d1_10_d2_11_d3_1_order_F_frames_12_.mmap")).orElseThrow());
        assertEquals(new MmapName(512, 256, 1, 'C', 3000),
                MmapName.parse(Path.of("/x/Yr_d1_512_d2_256_d3_1_order_C_frames_3000.MMAP")).orElseThrow());
        for (String bad : List.of("movie.mmap", "a_d1_5_d2_5_d3_1_order_X_frames_2_.mmap",
                "a_d1_5_d2_x_d3_1_order_C_frames_2_.mmap", "a_d1_5_d2_5_d3_1_order_C_frames_2_.npy",
                "a_d1_5_d2_5_d3_0_order_C_frames_2_.mmap")) {
            assertTrue(MmapName.parse(Path.of(bad)).isEmpty(), bad);
        }
    }

    @Test
    void aVolumeOpensAsPlanesWithoutOptions() {
        Path path = Fixtures.path("caiman/mmap", "vol-#-2_d1_99_d1_6_d2_5_d3_3_order_F_frames_4.mmap");
        ImagingExtractor x = registry.openImaging(path, OpenOptions.none());
        assertEquals(new SampleShape(6, 5, 3), x.getSampleShape());
        ImagingExtractor channels = registry.openImaging(path, OpenOptions.of(Map.of(OpenOptions.FOURTH_AXIS, "channels")));
        assertEquals(3, channels.getNumPlanes(), "d3 is planes of a volume, never channels");
        assertEquals(30.0, registry.openImaging(path, OpenOptions.of(Map.of(OpenOptions.FS, "30")))
                .getSamplingFrequency().getAsDouble());
    }

    /** Readers keep no handle between calls: after opening and reading, no descriptor points at the file. */
    @Test
    void noFileHandleStaysOpen() throws IOException {
        Path fds = Path.of("/proc/self/fd");
        assumeTrue(Files.isDirectory(fds), "needs /proc/self/fd (Linux)");
        Path path = CaimanFixtures.path(CaimanFixtures.ACCEPTED).toRealPath();
        SegmentationExtractor x = registry.openSegmentation(path, OpenOptions.none());
        x.getTraces(TraceKind.RAW);
        x.readBackgroundTraces(0, 2, new int[] {1});
        try (Stream<Path> open = Files.list(fds)) {
            assertTrue(open.noneMatch(fd -> pointsAt(fd, path)), "a descriptor still points at " + path);
        }
    }

    private static boolean pointsAt(Path fd, Path file) {
        try {
            return Files.readSymbolicLink(fd).equals(file);
        } catch (IOException e) {
            return false; // the descriptor closed while listing
        }
    }

    @Test
    void generatorReproducesTheCommittedFixtures(@TempDir Path out) throws Exception {
        FixtureGenerators.assertReproduces("make_caiman_fixtures.py", "numpy, h5py", out, CaimanFixtures.FOLDER);
    }

    /** Whether the registry picks another reader for {@code path}, or none (FileProbe is not public). */
    private boolean notCaiman(Path path) {
        try {
            return !registry.readerFor(path, OpenOptions.none()).id().equals("caiman");
        } catch (OphysException e) {
            return e.kind().equals("unsupported");
        }
    }
}
