package io.github.ophysio.batch;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * A plain ImageJ 1.x installed in a folder as the README tells a user to: {@code ij.jar}, and the
 * content of {@code target/imagej1/plugins} copied into {@code plugins/}. Macros run in a separate
 * JVM as {@code java -jar ij.jar -batch macro.ijm}, which is what a batch job does.
 */
final class ImageJInstall {

    /** A batch job that has not ended after this long has hung. */
    private static final long TIMEOUT_SECONDS = 90;

    private final Path home;

    private ImageJInstall(Path home) {
        this.home = home;
    }

    /** ImageJ with every plugin file of {@code target/imagej1/plugins} that {@code keep} accepts. */
    static ImageJInstall in(Path home, Predicate<Path> keep) throws IOException {
        assumeFalse(GraphicsEnvironment.isHeadless(), "no display: run the tests under xvfb-run -a");
        Path built = Path.of(System.getProperty("ophys.target", "target"), "imagej1", "plugins");
        assumeTrue(Files.isDirectory(built), "no " + built + ": run mvn package first");
        Files.copy(Path.of(ij.ImageJ.class.getProtectionDomain().getCodeSource().getLocation().getPath()),
                home.resolve("ij.jar"));
        try (Stream<Path> files = Files.walk(built)) {
            files.filter(Files::isRegularFile).filter(file -> keep.test(built.relativize(file)))
                    .forEach(file -> copy(file, home.resolve("plugins").resolve(built.relativize(file))));
        }
        return new ImageJInstall(home);
    }

    /** ImageJ with the whole plugin install. */
    static ImageJInstall in(Path home) throws IOException {
        return in(home, file -> true);
    }

    private static void copy(Path from, Path to) {
        try {
            Files.createDirectories(to.getParent());
            Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs {@code macro} with {@code ImageJ -batch}; what it printed (stdout and stderr, in order). */
    Result batch(String macro) throws IOException, InterruptedException {
        Path file = home.resolve("job.ijm");
        Files.writeString(file, macro);
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx512m", "-jar", "ij.jar", "-batch", file.toString()));
        Process process = new ProcessBuilder(command).directory(home.toFile()).redirectErrorStream(true).start();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("ImageJ -batch hung for " + TIMEOUT_SECONDS + " s on:\n" + macro);
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Result(process.exitValue(), output);
    }

    /** What a batch job printed. */
    record Result(int exit, String output) {

        /** The printed lines, blank ones dropped. */
        List<String> lines() {
            return output.lines().filter(line -> !line.isBlank()).toList();
        }

        /** The value printed as "key=value". */
        String value(String key) {
            return lines().stream().filter(line -> line.startsWith(key + "=")).map(line -> line.substring(key.length() + 1))
                    .findFirst().orElseThrow(() -> new AssertionError("no " + key + "= in:\n" + output));
        }
    }
}
