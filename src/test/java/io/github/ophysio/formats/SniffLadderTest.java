package io.github.ophysio.formats;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ophysio.testing.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No two readers claim the same file on the same {@link Confidence} rung: every reader sniffs every
 * fixture file and folder (bad ones too, and the real files in {@code ../shared/fixtures/real} when
 * present), and the top rung must belong to one reader only. A tie would leave the choice to id order,
 * which says nothing about the file.
 */
class SniffLadderTest {

    private final List<FormatReader> readers = FormatRegistry.load().readers();

    @Test
    void theTopRungIsUniquePerFixture() throws IOException {
        List<String> violations = new ArrayList<>();
        List<Path> paths = all(Fixtures.root());
        paths.addAll(all(realFixtures()));
        for (Path path : paths) {
            tie(path).ifPresent(violations::add);
        }
        assertTrue(paths.size() > 150, "fixtures found: " + paths.size());
        assertTrue(violations.isEmpty(), violations.size() + " files claimed by several readers on their top rung:\n"
                + String.join("\n", violations));
    }

    /** "path: RUNG by a, b" when more than one reader reaches the top rung (NO ties are no claim). */
    private Optional<String> tie(Path path) throws IOException {
        FileProbe probe = FileProbe.of(path);
        List<Confidence> rungs = readers.stream().map(r -> r.sniff(probe)).toList();
        Confidence top = rungs.stream().max(Confidence::compareTo).orElse(Confidence.NO);
        List<String> claimants = new ArrayList<>();
        for (int i = 0; i < readers.size(); i++) {
            if (rungs.get(i) == top) {
                claimants.add(readers.get(i).id());
            }
        }
        return top == Confidence.NO || claimants.size() == 1 ? Optional.empty()
                : Optional.of(path + ": " + top + " by " + String.join(", ", claimants));
    }

    /** Every file and folder below {@code root} except manifests ({@code root} itself excluded). */
    private static List<Path> all(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return new ArrayList<>();
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> !p.equals(root) && !p.getFileName().toString().equals(Fixtures.MANIFEST))
                    .collect(Collectors.toCollection(ArrayList::new));
        }
    }

    private static Path realFixtures() {
        return Path.of(System.getProperty("ophys.shared", "../shared"), "fixtures", "real");
    }
}
