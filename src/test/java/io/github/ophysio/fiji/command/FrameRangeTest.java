package io.github.ophysio.fiji.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ophysio.fiji.stack.Progress;
import io.github.ophysio.formats.FormatRegistry;
import io.github.ophysio.formats.OpenOptions;
import io.github.ophysio.formats.OptionTable;
import ij.ImagePlus;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code frames=A-B}: 1-based inclusive, lazy, on the recording's clock; bad ranges say the expected form. */
class FrameRangeTest {

    /** (5, 7, 9) uint16, value = flat index · 61 + 7. */
    private static final Path UINT16 = Path.of("src/test/resources/fixtures/npy/uint16_le_c_v10_5x7x9.npy");
    /** (6, 7, 9) uint16 at 15 Hz, same coding. */
    private static final Path NWB = Path.of("src/test/resources/fixtures/nwb/two_photon_chunked_gzip.nwb");

    private static ImagePlus open(Path file, Map<String, String> options) {
        return new RecordingOpener(FormatRegistry.load()).open(file, OpenOptions.of(options), true, Progress.NONE);
    }

    private static int expected(int t, int row, int col) {
        return (t * 63 + row * 9 + col) * 61 + 7;
    }

    @Test
    void framesTwoToFourAreTheSecondToFourthSamplesReadLazily() {
        ImagePlus image = open(UINT16, Map.of("frames", "2-4", "fs", "20"));
        assertTrue(image.getStack().isVirtual(), "a slice stays virtual");
        assertEquals(3, image.getNFrames());
        for (int t = 0; t < 3; t++) {
            image.setT(t + 1);
            assertEquals(expected(t + 1, 6, 8), image.getProcessor().getPixel(8, 6), "frame " + (t + 2));
        }
        assertEquals("uint16_le_c_v10_5x7x9.npy frames 2-4", image.getTitle());
    }

    @Test
    void theTimeBaseStartsAtTheFirstFrameChosen() {
        ImagePlus image = open(UINT16, Map.of("frames", "2-4", "fs", "20"));
        assertEquals(0.05, image.getCalibration().frameInterval, 1e-12);
        assertTrue(image.getStack().getSliceLabel(1).contains("t=0.0500 s"), image.getStack().getSliceLabel(1));
        assertTrue(((String) image.getProperty("Info")).contains("0.05,"), "info's first timestamp is frame 2's");
    }

    @Test
    void nativeTimesOfANwbSeriesAreKeptAndOneFrameIsARange() {
        ImagePlus image = open(NWB, Map.of("frames", "6"));
        assertEquals(1, image.getNFrames());
        assertEquals(expected(5, 2, 3), image.getProcessor().getPixel(3, 2));
        assertTrue(image.getStack().getSliceLabel(1).contains("t=0.3333 s"), image.getStack().getSliceLabel(1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0-3", "3-2", "1-6", "a-b", "1-2-3", "-", "2:4"})
    void aBadRangeIsOneLineNamingTheFileAndTheExpectedForm(String frames) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> open(UINT16, Map.of("frames", frames)));
        assertEquals(UINT16 + ": frames=" + frames + " is not a range of its 5 frames: expected frames=A-B with"
                + " 1 <= A <= B <= 5 (1-based, inclusive; e.g. frames=1-5)", e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
    }

    @Test
    void framesIsAnOptionOfTheTableButNotOfTheCommandLineWhoseExportHasItsOwn() {
        assertTrue(OptionTable.find(OpenOptions.FRAMES).isPresent());
        assertFalse(OptionTable.commandLine().stream().anyMatch(spec -> spec.key().equals(OpenOptions.FRAMES)));
        assertEquals(OptionTable.all().size() - 1, OptionTable.commandLine().size());
    }

    @Test
    void aDatasetsDescriptionGivesItsPathEvenWithSpaces() {
        assertEquals("/processing/ophys/Backgrounds_0/mean image",
                DatasetChoices.path("/processing/ophys/Backgrounds_0/mean image (Images, (7, 9), still image)"));
    }
}
