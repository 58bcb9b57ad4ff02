package io.github.ophysio.formats.minian;

import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import io.github.ophysio.error.CorruptFileException;
import io.github.ophysio.error.MissingFileException;
import io.github.ophysio.error.OphysException;
import io.github.ophysio.error.UnsupportedFormatException;
import io.github.ophysio.formats.FormatRegistry;
import io.github.ophysio.formats.OpenOptions;
import io.github.ophysio.testing.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/** Bad Minian folders fail on opening with one line naming the variable's array and what was wrong. */
class MinianBadInputTest {

    private static final Map<String, Class<? extends OphysException>> KINDS = Map.of(
            "corrupt", CorruptFileException.class, "unsupported", UnsupportedFormatException.class,
            "missing", MissingFileException.class);

    private final FormatRegistry registry = FormatRegistry.load();

    @TestFactory
    Stream<DynamicTest> badFolders() {
        return Fixtures.manifest("minian/bad").stream().map(e -> dynamicTest(e.name(), () -> {
            String[] words = e.json().getAsJsonArray("words").asList().stream().map(w -> w.getAsString())
                    .toArray(String[]::new);
            Fixtures.assertError(e.path().resolve(e.string("file")), KINDS.get(e.string("error")),
                    () -> registry.openSegmentation(e.path(), OpenOptions.none()), words);
        }));
    }

    @Test
    void aFolderWithoutAIsMissingIt(@TempDir Path folder) throws Exception {
        Files.createDirectories(folder.resolve("C.zarr"));
        Fixtures.assertError(folder.resolve("A.zarr"), MissingFileException.class,
                () -> new MinianFormat().openSegmentation(folder, OpenOptions.none()), "A.zarr");
    }
}
