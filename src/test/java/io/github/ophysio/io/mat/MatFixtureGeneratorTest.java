package io.github.ophysio.io.mat;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The committed .mat fixtures are exactly what the committed generator writes with Debian's numpy, scipy, h5py. */
class MatFixtureGeneratorTest {

    private static final Path PYTHON = Path.of("/usr/bin/python3");
    private static final Path COMMITTED = Path.of("src", "test", "resources", "fixtures", "mat");

    @Test
    void generatorReproducesTheCommittedFixtures(@TempDir Path out) throws Exception {
        assumeTrue(hasModules(), "Debian's /usr/bin/python3 with numpy, scipy and h5py is needed"
                + " (apt-get install python3-numpy python3-scipy python3-h5py)");
        ProcessBuilder run = new ProcessBuilder(PYTHON.toString(), "scripts/fixtures/make_mat_fixtures.py")
                .redirectErrorStream(true);
        run.environment().put("OPHYS_FIXTURES_OUT", out.toString());
        Process process = run.start();
        String output = new String(process.getInputStream().readAllBytes());
        assertEquals(0, process.waitFor(), output);
        List<Path> committed = files(COMMITTED);
        assertEquals(committed.size(), files(out.resolve("mat")).size(), "file count");
        for (Path file : committed) {
            Path relative = COMMITTED.relativize(file);
            assertArrayEquals(Files.readAllBytes(file), Files.readAllBytes(out.resolve("mat").resolve(relative.toString())),
                    relative + " differs from what the generator writes");
        }
    }

    private static List<Path> files(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }

    private static boolean hasModules() throws Exception {
        if (!Files.isExecutable(PYTHON)) {
            return false;
        }
        Process check = new ProcessBuilder(PYTHON.toString(), "-c", "import numpy, scipy.io, h5py").start();
        return check.waitFor(60, TimeUnit.SECONDS) && check.exitValue() == 0;
    }
}
