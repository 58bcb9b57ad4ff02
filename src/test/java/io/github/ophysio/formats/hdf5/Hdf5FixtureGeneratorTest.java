package io.github.ophysio.formats.hdf5;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.ophysio.testing.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The committed HDF5/NWB fixtures are exactly what scripts/fixtures/make_hdf5_fixtures.py writes
 * with Debian's numpy and h5py, and every file is listed in its folder's manifest.
 */
class Hdf5FixtureGeneratorTest {

    private static final Path PYTHON = Path.of("/usr/bin/python3");
    private static final Path COMMITTED = Path.of("src", "test", "resources", "fixtures");
    private static final List<String> FOLDERS = List.of("hdf5", "hdf5/bad", "nwb", "nwb/bad");

    @Test
    void generatorReproducesTheCommittedHdf5AndNwbFixtures(@TempDir Path out) throws Exception {
        assumeTrue(hasH5py(), "Debian's /usr/bin/python3 with numpy and h5py is needed (apt-get install python3-h5py)");
        ProcessBuilder run = new ProcessBuilder(PYTHON.toString(), "scripts/fixtures/make_hdf5_fixtures.py")
                .redirectErrorStream(true);
        run.environment().put("OPHYS_FIXTURES_OUT", out.toString());
        Process process = run.start();
        String output = new String(process.getInputStream().readAllBytes());
        assertEquals(0, process.waitFor(), output);
        for (String folder : List.of("hdf5", "nwb")) {
            List<Path> committed = files(COMMITTED.resolve(folder));
            assertEquals(committed.size(), files(out.resolve(folder)).size(), folder + " file count");
            for (Path file : committed) {
                Path relative = COMMITTED.relativize(file);
                assertArrayEquals(Files.readAllBytes(file), Files.readAllBytes(out.resolve(relative.toString())),
                        relative + " differs from what the generator writes");
            }
        }
    }

    @Test
    void everyFixtureFileIsListedInItsManifest() throws IOException {
        for (String folder : FOLDERS) {
            Set<String> listed = Fixtures.manifest(folder).stream().map(Fixtures.Entry::name)
                    .collect(Collectors.toCollection(TreeSet::new));
            try (Stream<Path> files = Files.list(Fixtures.dir(folder))) {
                Set<String> onDisk = files.filter(Files::isRegularFile).map(p -> p.getFileName().toString())
                        .filter(n -> !n.equals(Fixtures.MANIFEST)).collect(Collectors.toCollection(TreeSet::new));
                assertEquals(listed, onDisk, folder + ": files on disk vs. manifest");
            }
        }
    }

    private static List<Path> files(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }

    private static boolean hasH5py() throws Exception {
        if (!Files.isExecutable(PYTHON)) {
            return false;
        }
        Process check = new ProcessBuilder(PYTHON.toString(), "-c", "import numpy, h5py").start();
        return check.waitFor(60, TimeUnit.SECONDS) && check.exitValue() == 0;
    }
}
