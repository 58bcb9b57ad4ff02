package io.github.ophysio.testing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Checks that committed fixtures are exactly what their committed generator writes with Debian's
 * Python ({@code /usr/bin/python3} and its numpy/h5py/scipy), run into a scratch folder through
 * {@code OPHYS_FIXTURES_OUT}. Skips, naming the packages, when they are not installed.
 */
public final class FixtureGenerators {

    private static final Path PYTHON = Path.of("/usr/bin/python3");
    private static final Path COMMITTED = Path.of("src", "test", "resources", "fixtures");

    private FixtureGenerators() {
    }

    /**
     * Runs {@code scripts/fixtures/<script>} into {@code out} and compares every file of the given
     * fixture folders byte for byte; {@code modules} are the Python imports it needs.
     */
    public static void assertReproduces(String script, String modules, Path out, String... folders) throws Exception {
        assumeTrue(hasModules(modules), "Debian's /usr/bin/python3 with " + modules + " is needed"
                + " (apt-get install python3-numpy python3-h5py python3-scipy)");
        ProcessBuilder run = new ProcessBuilder(PYTHON.toString(), "scripts/fixtures/" + script).redirectErrorStream(true);
        run.environment().put("OPHYS_FIXTURES_OUT", out.toString());
        Process process = run.start();
        String output = new String(process.getInputStream().readAllBytes());
        assertEquals(0, process.waitFor(), output);
        for (String folder : folders) {
            List<Path> committed = files(COMMITTED.resolve(folder));
            assertEquals(committed.size(), files(out.resolve(folder)).size(), folder + " file count");
            for (Path file : committed) {
                Path relative = COMMITTED.relativize(file);
                assertArrayEquals(Files.readAllBytes(file), Files.readAllBytes(out.resolve(relative.toString())),
                        relative + " differs from what " + script + " writes");
            }
        }
    }

    /**
     * Runs {@code scripts/fixtures/<script> args…} (skipping the calling test when Python lacks
     * {@code modules}) and returns what it printed.
     */
    public static String run(String script, String modules, String... args) throws Exception {
        assumeTrue(hasModules(modules), "Debian's /usr/bin/python3 with " + modules + " is needed");
        List<String> command = new java.util.ArrayList<>(List.of(PYTHON.toString(), "scripts/fixtures/" + script));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertEquals(0, process.waitFor(), output);
        return output;
    }

    /** Every regular file below {@code folder}, sorted. */
    public static List<Path> files(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }

    private static boolean hasModules(String modules) throws Exception {
        if (!Files.isExecutable(PYTHON)) {
            return false;
        }
        Process check = new ProcessBuilder(PYTHON.toString(), "-c", "import " + modules).start();
        return check.waitFor(60, TimeUnit.SECONDS) && check.exitValue() == 0;
    }
}
