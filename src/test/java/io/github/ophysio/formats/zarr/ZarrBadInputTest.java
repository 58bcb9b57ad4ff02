package io.github.ophysio.formats.zarr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import io.github.ophysio.error.CorruptFileException;
import io.github.ophysio.error.MissingFileException;
import io.github.ophysio.error.OphysException;
import io.github.ophysio.error.UnsupportedFormatException;
import io.github.ophysio.formats.FormatRegistry;
import io.github.ophysio.formats.OpenOptions;
import io.github.ophysio.model.ImagingExtractor;
import io.github.ophysio.testing.Fixtures;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad zarr stores fail with one line naming the file at fault (the {@code .zarray} or the chunk), the kind
 * and what was wrong: at opening for metadata, at the first read of a damaged chunk.
 */
class ZarrBadInputTest {

    static final Map<String, Class<? extends OphysException>> KINDS = Map.of(
            "corrupt", CorruptFileException.class, "unsupported", UnsupportedFormatException.class,
            "missing", MissingFileException.class);

    private final FormatRegistry registry = FormatRegistry.load();

    @TestFactory
    Stream<DynamicTest> badStores() {
        return Fixtures.manifest("zarr/bad").stream().map(e -> dynamicTest(e.name(), () -> {
            Path named = e.path().resolve(e.string("file"));
            String[] words = e.json().getAsJsonArray("words").asList().stream().map(w -> w.getAsString())
                    .toArray(String[]::new);
            assertEquals("zarr", registry.readerFor(e.path(), OpenOptions.none()).id(), "sniffed as zarr");
            Fixtures.assertError(named, KINDS.get(e.string("error")), () -> readEverything(e.path()), words);
        }));
    }

    @Test
    void aFolderWithNoArraySaysSo(@TempDir Path folder) {
        Fixtures.assertError(folder, UnsupportedFormatException.class,
                () -> new ZarrFormat().openImaging(folder, OpenOptions.none()), "no array of 3 to 5 dimensions", "arrays: none");
    }

    private void readEverything(Path store) {
        ImagingExtractor x = registry.openImaging(store, OpenOptions.none());
        Object plane = x.getPixelType().newArray(x.getSampleShape().rows() * x.getSampleShape().cols());
        for (int t = 0; t < x.getNumSamples(); t++) {
            x.readPlane(t, 0, plane);
        }
    }
}
