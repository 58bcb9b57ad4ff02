package io.github.ophysio.formats.zarr;

import io.github.ophysio.testing.FixtureGenerators;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The committed zarr and Minian stores are exactly what zarr-python writes from the committed generator. */
class ZarrFixtureGeneratorTest {

    @Test
    void generatorReproducesTheCommittedZarrAndMinianFixtures(@TempDir Path out) throws Exception {
        FixtureGenerators.assertReproduces("make_zarr_fixtures.py", "numpy, zarr, numcodecs", out, "zarr", "minian");
    }
}
