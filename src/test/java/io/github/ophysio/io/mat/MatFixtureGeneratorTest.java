package io.github.ophysio.io.mat;

import io.github.ophysio.testing.FixtureGenerators;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The committed .mat fixtures are exactly what the committed generator writes. */
class MatFixtureGeneratorTest {

    @Test
    void generatorReproducesTheCommittedFixtures(@TempDir Path out) throws Exception {
        FixtureGenerators.assertReproduces("make_mat_fixtures.py", "numpy, scipy.io, h5py", out, "mat");
    }
}
