package io.github.ophysio.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every fixture generator ({@code scripts/fixtures/make_*.py}) is checked byte for byte against the committed
 * fixtures: named in a {@code FixtureGenerators.assertReproduces} call, or run by a generator that is (one run
 * writes every fixture of a container, and that test compares the whole folder, sub-folders included).
 */
class GeneratorCoverageTest {

    private static final Path SCRIPTS = Path.of("scripts", "fixtures");
    private static final Pattern REPRODUCED = Pattern.compile("assertReproduces\\(\"(make_\\w+\\.py)\"");

    /**
     * Generators run by another one's run, with the folder that run's test compares recursively: the NWB
     * image and segmentation fixtures (nwb/, nwb/segmentation/) by make_hdf5_fixtures.py, the isxd cell sets
     * (isxd/cellsets/) by make_isxd_fixtures.py.
     */
    private static final Map<String, String> RUN_BY = Map.of(
            "make_nwb_image_fixtures.py", "make_hdf5_fixtures.py",
            "make_nwb_segmentation_fixtures.py", "make_hdf5_fixtures.py",
            "make_isxd_cellset_fixtures.py", "make_isxd_fixtures.py");

    @Test
    void everyGeneratorIsReproducedByATest() throws IOException {
        List<String> reproduced = reproducedInTests();
        List<String> unchecked = new ArrayList<>();
        for (String script : generators()) {
            if (!reproduced.contains(script) && !runByAReproducedGenerator(script, reproduced)) {
                unchecked.add(script);
            }
        }
        assertEquals(List.of(), unchecked, "generators no test reproduces (FixtureGenerators.assertReproduces)");
    }

    private static boolean runByAReproducedGenerator(String script, List<String> reproduced) throws IOException {
        String parent = RUN_BY.get(script);
        if (parent == null || !reproduced.contains(parent)) {
            return false;
        }
        String module = script.substring(0, script.length() - ".py".length());
        String text = Files.readString(SCRIPTS.resolve(parent), StandardCharsets.UTF_8);
        assertTrue(text.contains("import " + module) || text.contains("from " + module + " import"),
                parent + " no longer runs " + script);
        return true;
    }

    private static List<String> generators() throws IOException {
        try (Stream<Path> list = Files.list(SCRIPTS)) {
            return list.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("make_") && n.endsWith(".py"))
                    .sorted().collect(Collectors.toList());
        }
    }

    private static List<String> reproducedInTests() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(Path.of("src", "test", "java"))) {
            for (Path file : walk.filter(p -> p.toString().endsWith(".java")).collect(Collectors.toList())) {
                Matcher m = REPRODUCED.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (m.find()) {
                    found.add(m.group(1));
                }
            }
        }
        return found;
    }
}
