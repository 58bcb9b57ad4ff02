package io.github.ophysio.formats.isxd;

import io.github.ophysio.testing.FixtureGenerators;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The committed isxd fixtures are exactly what the committed generator writes. */
class IsxdFixtureGeneratorTest {

    @Test
    void generatorReproducesTheCommittedIsxdFixtures(@TempDir Path out) throws Exception {
        FixtureGenerators.assertReproduces("make_isxd_fixtures.py", "numpy", out, "isxd");
    }
}
