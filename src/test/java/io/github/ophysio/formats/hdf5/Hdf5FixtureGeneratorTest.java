package io.github.ophysio.formats.hdf5;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.ophysio.testing.Fixtures;
import io.github.ophysio.testing.FixtureGenerators;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The committed HDF5/NWB fixtures are exactly what scripts/fixtures/make_hdf5_fixtures.py writes
 * with Debian's numpy and h5py, and every file is listed in its folder's manifest.
 */
class Hdf5FixtureGeneratorTest {

    private static final List<String> FOLDERS = List.of("hdf5", "hdf5/bad", "nwb", "nwb/bad");

    @Test
    void generatorReproducesTheCommittedHdf5AndNwbFixtures(@TempDir Path out) throws Exception {
        FixtureGenerators.assertReproduces("make_hdf5_fixtures.py", "numpy, h5py", out, "hdf5", "nwb");
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
}
