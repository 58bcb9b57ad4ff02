package io.github.ophysio.fiji.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ophysio.fiji.command.RecordingOpener;
import io.github.ophysio.formats.FormatRegistry;
import io.github.ophysio.formats.OpenOptions;
import ij.ImagePlus;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** A ScanImage acquisition in ImageJ, through the registry only: hyperstack C/Z/T, calibration, frame labels. */
class ScanImageStackTest {

    private static final Path SCANIMAGE = Path.of("src", "test", "resources", "fixtures", "scanimage");

    private static ImagePlus open(Path file) {
        return new RecordingOpener(FormatRegistry.load()).open(file, OpenOptions.none(), true, Progress.NONE);
    }

    @Test
    void aVolumeIsAHyperstackWithTheVolumeRatePixelSizeAndNativeTimes() {
        ImagePlus image = open(SCANIMAGE.resolve("volume_flyback.tif"));
        assertEquals(1, image.getNChannels());
        assertEquals(3, image.getNSlices());
        assertEquals(4, image.getNFrames());
        assertEquals(1 / 16.1, image.getCalibration().frameInterval, 1e-12);
        assertEquals(1.5, image.getCalibration().pixelWidth, 1e-12);
        assertEquals(1.0, image.getCalibration().pixelHeight, 1e-12);
        int index = image.getStackIndex(1, 2, 3);
        assertTrue(image.getStack().getSliceLabel(index).contains("t=0.4000 s"), image.getStack().getSliceLabel(index));
        image.setPosition(1, 2, 3);
        // int16 is shown shifted by 32768 with ImageJ's signed-16 calibration; volume 2, plane 1: imaging page 7, pixel (row 4, col 5)
        assertEquals(7 * 100 + 45, image.getCalibration().getCValue(image.getProcessor().get(5, 4)), 1e-9);
    }

    @Test
    void theSavedChannelsAreTheHyperstacksChannels() {
        ImagePlus image = open(SCANIMAGE.resolve("two_channels.tif"));
        assertEquals(2, image.getNChannels());
        assertEquals(6, image.getNFrames());
        image.setPosition(2, 1, 4);
        // frame 3, channel 1 ("Ch D"): imaging page 7
        assertEquals(7 * 100 + 23, image.getCalibration().getCValue(image.getProcessor().get(3, 2)), 1e-9);
    }
}
