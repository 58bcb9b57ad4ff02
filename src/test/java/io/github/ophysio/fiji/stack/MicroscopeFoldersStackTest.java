package io.github.ophysio.fiji.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ophysio.fiji.command.RecordingOpener;
import io.github.ophysio.formats.FormatRegistry;
import io.github.ophysio.formats.OpenOptions;
import ij.ImagePlus;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Bruker, ThorImage and Femtonics acquisitions in ImageJ, through the registry only: hyperstack C/Z/T, calibration, labels. */
class MicroscopeFoldersStackTest {

    private static final Path FIXTURES = Path.of("src", "test", "resources", "fixtures");

    private static ImagePlus open(Path path, OpenOptions options) {
        return new RecordingOpener(FormatRegistry.load()).open(path, options, true, Progress.NONE);
    }

    @Test
    void aBrukerZSeriesFolderIsAVolumeWithItsCycleTimesAndMicronsPerPixel() {
        ImagePlus image = open(FIXTURES.resolve("bruker/tseries_zseries"), OpenOptions.none());
        assertEquals(1, image.getNChannels());
        assertEquals(3, image.getNSlices());
        assertEquals(4, image.getNFrames());
        assertEquals(0.15, image.getCalibration().frameInterval, 1e-12);
        assertEquals(0.75, image.getCalibration().pixelWidth, 1e-12);
        assertEquals(0.5, image.getCalibration().pixelHeight, 1e-12);
        String label = image.getStack().getSliceLabel(image.getStackIndex(1, 2, 3));
        assertTrue(label.contains("t=0.3000 s"), label);
        image.setPosition(1, 2, 3);
        // logical (t 2, row 4, col 5, plane 1), coded 61 · index + 7 modulo 2^16
        assertEquals((61L * (((2 * 5 + 4) * 8 + 5) * 3 + 1) + 7) % 65536, image.getProcessor().get(5, 4));
    }

    @Test
    void aThorFolderShowsEveryWavelengthAsAChannel() {
        ImagePlus image = open(FIXTURES.resolve("thor/two_channels_planar"), OpenOptions.none());
        assertEquals(2, image.getNChannels());
        assertEquals(4, image.getNFrames());
        assertEquals(1 / 15.0, image.getCalibration().frameInterval, 1e-12);
        assertEquals(0.8, image.getCalibration().pixelWidth, 1e-12);
        image.setPosition(2, 1, 3);
        assertEquals((61L * (((2 * 6 + 1) * 5 + 3) * 2 + 1) + 7) % 65536, image.getProcessor().get(3, 1));
    }

    @Test
    void aMescUnitsConversionIsTheCalibrationFunction() {
        ImagePlus image = open(FIXTURES.resolve("femtonics/two_sessions.mesc"), OpenOptions.of(Map.of("channel", "UG")));
        assertEquals(2, image.getNChannels());
        image.setPosition(1, 1, 2);
        int raw = image.getProcessor().get(0, 0);
        assertEquals((61L * (7 * 9 * 2) + 7) % 65536, raw);
        assertEquals(65535.0 - raw, image.getCalibration().getCValue(raw), 1e-9);
        assertEquals(0.032297, image.getCalibration().frameInterval, 1e-12);
    }
}
