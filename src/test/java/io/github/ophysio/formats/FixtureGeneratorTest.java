package io.github.ophysio.formats;

import io.github.ophysio.testing.FixtureGenerators;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The committed .npy and raw fixtures are exactly what the committed generator writes. */
class FixtureGeneratorTest {

    @Test
    void generatorReproducesTheCommittedNpyAndRawFixtures(@TempDir Path out) throws Exception {
        FixtureGenerators.assertReproduces("make_npy_fixtures.py", "numpy", out, "npy", "raw");
    }
}
