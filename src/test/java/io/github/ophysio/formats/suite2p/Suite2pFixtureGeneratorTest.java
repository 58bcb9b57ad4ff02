package io.github.ophysio.formats.suite2p;

import io.github.ophysio.testing.FixtureGenerators;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The committed Suite2p fixtures are exactly what the committed generator writes. */
class Suite2pFixtureGeneratorTest {

    @Test
    void generatorReproducesTheCommittedFixtures(@TempDir Path out) throws Exception {
        FixtureGenerators.assertReproduces("make_suite2p_fixtures.py", "numpy", out, "suite2p");
    }
}
