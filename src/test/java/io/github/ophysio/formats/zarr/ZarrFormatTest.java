package io.github.ophysio.formats.zarr;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ophysio.error.UnsupportedFormatException;
import io.github.ophysio.formats.FormatRegistry;
import io.github.ophysio.formats.OpenOptions;
import io.github.ophysio.model.ImagingExtractor;
import io.github.ophysio.testing.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the zarr reader finds beside the pixels: times, rate, axes, the arrays of a group. */
class ZarrFormatTest {

    private static final FormatRegistry REGISTRY = FormatRegistry.load();
    private static final Path MOVIE = Fixtures.path("zarr", "session/minian_ds/Y_fm_chk.zarr");

    @Test
    void aMinianMovieIsDatedByTheTimestampsTwoFoldersUp() {
        ImagingExtractor x = REGISTRY.openImaging(MOVIE, OpenOptions.none());
        double[] times = x.getNativeTimestamps(0, 6);
        for (int i = 0; i < 6; i++) {
            assertEquals((50 * (i + 3) - 3) / 1000.0, times[i], 1e-12, "frame coordinate " + (i + 3));
        }
        assertEquals(20.0, x.getSamplingFrequency().getAsDouble(), 1e-9, "regular times give the rate");
        assertEquals("tyx", x.getMetadata().get(OpenOptions.AXES));
        assertEquals("Y_fm_chk", x.getMetadata().get(OpenOptions.DATASET));
        assertEquals("frame, height, width", x.getMetadata().get("dimensions"));
    }

    @Test
    void fsGivenWinsOverTheTimes() {
        ImagingExtractor x = REGISTRY.openImaging(MOVIE, OpenOptions.of(Map.of(OpenOptions.FS, "7.5")));
        assertEquals(7.5, x.getSamplingFrequency().getAsDouble());
    }

    @Test
    void aGroupOffersItsArraysOfRank3To5() {
        List<String> candidates = REGISTRY.byId("zarr").candidates(MOVIE, OpenOptions.none());
        assertEquals(1, candidates.size());
        assertTrue(candidates.get(0).startsWith("Y_fm_chk (6, 7, 9) uint8, chunks (2, 7, 9), blosc, C order"),
                candidates.get(0));
    }

    @Test
    void datasetNamesAnArrayAndRefusesACoordinate() {
        OpenOptions movie = OpenOptions.of(Map.of(OpenOptions.DATASET, "/Y_fm_chk"));
        assertEquals(6, REGISTRY.openImaging(MOVIE, movie).getNumSamples());
        OpenOptions frame = OpenOptions.of(Map.of(OpenOptions.DATASET, "frame"));
        Fixtures.assertError(MOVIE.resolve("frame"), UnsupportedFormatException.class,
                () -> REGISTRY.openImaging(MOVIE, frame), "1 dimensions", "3 to 5");
        OpenOptions none = OpenOptions.of(Map.of(OpenOptions.DATASET, "nope"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> REGISTRY.openImaging(MOVIE, none));
        assertTrue(e.getMessage().contains("no array 'nope'") && e.getMessage().contains("Y_fm_chk"), e.getMessage());
    }

    @Test
    void axesOverridesTheDimensionNames() {
        Path store = Fixtures.path("zarr", "blosc_lz4_shuffle_uint16.zarr");
        ImagingExtractor x = REGISTRY.openImaging(store, OpenOptions.of(Map.of(OpenOptions.AXES, "txy")));
        assertArrayEquals(new int[] {9, 7}, new int[] {x.getSampleShape().rows(), x.getSampleShape().cols()});
    }

    @Test
    void channelsAreNamedByIndex() {
        Path store = Fixtures.path("zarr", "channels_uint16.zarr");
        assertEquals(List.of("0", "1"), REGISTRY.byId("zarr").channelNames(store, OpenOptions.none()));
    }

    @Test
    void aBareZarrFolderIsOursAndSaysItHoldsNoArray(@TempDir Path parent) throws Exception {
        assertEquals("zarr", REGISTRY.readerFor(MOVIE, OpenOptions.none()).id());
        Path bare = Files.createDirectory(parent.resolve("empty.zarr"));
        assertEquals("zarr", REGISTRY.readerFor(bare, OpenOptions.none()).id(), "a .zarr folder is a hint");
        Fixtures.assertError(bare, UnsupportedFormatException.class, () -> REGISTRY.openImaging(bare,
                OpenOptions.none()), "no array of 3 to 5 dimensions");
    }
}
