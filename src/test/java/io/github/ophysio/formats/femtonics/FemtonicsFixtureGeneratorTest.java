package io.github.ophysio.formats.femtonics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.ophysio.testing.FixtureGenerators;
import io.github.ophysio.testing.Fixtures;
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

/** The committed MESc fixtures are exactly what make_femtonics_fixtures.py writes, each listed in its manifest. */
class FemtonicsFixtureGeneratorTest {

    @Test
    void generatorReproducesTheCommittedFixtures(@TempDir Path out) throws Exception {
        FixtureGenerators.assertReproduces("make_femtonics_fixtures.py", "numpy, h5py", out, "femtonics");
    }

    @Test
    void everyFixtureFileIsListedInItsManifest() throws IOException {
        for (String folder : List.of("femtonics", "femtonics/bad")) {
            Set<String> listed = Fixtures.manifest(folder).stream().map(Fixtures.Entry::name)
                    .collect(Collectors.toCollection(TreeSet::new));
            try (Stream<Path> files = Files.list(Fixtures.dir(folder))) {
                Set<String> onDisk = files.filter(Files::isRegularFile).map(p -> p.getFileName().toString())
                        .filter(n -> !n.equals(Fixtures.MANIFEST)).collect(Collectors.toCollection(TreeSet::new));
                assertEquals(listed, onDisk, folder);
            }
        }
    }
}
