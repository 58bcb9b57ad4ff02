package io.github.ophysio.fiji.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ophysio.fiji.command.RecordingOpener;
import io.github.ophysio.formats.FormatRegistry;
import io.github.ophysio.formats.OpenOptions;
import io.github.ophysio.model.ImagingExtractor;
import io.github.ophysio.model.PixelType;
import io.github.ophysio.model.SampleShape;
import io.github.ophysio.model.SyntheticImaging;
import ij.ImagePlus;
import ij.process.ImageProcessor;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Colour series as RGB, value scaling as a calibration function, channels of unequal length. */
class ColourAndCalibrationTest {

    private static final Path NWB = Path.of("src", "test", "resources", "fixtures", "nwb");

    private static ImagePlus open(Path file) {
        return open(file, OpenOptions.none());
    }

    private static ImagePlus open(Path file, OpenOptions options) {
        return new RecordingOpener(FormatRegistry.load()).open(file, options, true, Progress.NONE);
    }

    @Test
    void an8BitRedGreenBlueSeriesIsAnRgbImage() {
        ImagePlus image = open(NWB.resolve("colour_rgb.nwb"));
        assertEquals(ImagePlus.COLOR_RGB, image.getType());
        assertEquals(6, image.getNFrames());
        FormatRegistry registry = FormatRegistry.load();
        List<ImagingExtractor> channels = registry.openImagingChannels(NWB.resolve("colour_rgb.nwb"), OpenOptions.none());
        image.setT(3);
        int[] rgb = image.getProcessor().getPixel(4, 5, null);
        for (int c = 0; c < 3; c++) {
            byte[] plane = (byte[]) channels.get(c).getPlane(2, 0);
            assertEquals(plane[5 * image.getWidth() + 4] & 0xff, rgb[c], "channel " + c);
        }
    }

    @Test
    void conversionAndOffsetBecomeTheCalibrationFunction() {
        ImagePlus image = open(NWB.resolve("conversion_offset.nwb"));
        ImageProcessor pixels = image.getProcessor();
        int raw = pixels.get(2, 3);
        assertEquals(-3.0 + 0.5 * raw, image.getCalibration().getCValue(raw), 1e-9);
        assertEquals("lumens", image.getCalibration().getValueUnit());
    }

    @Test
    void aShorterChannelShowsBlankPlanesPastItsEnd() {
        ImagingExtractor longer = SyntheticImaging.builder().samples(5).shape(4, 6, 1).type(PixelType.UINT16).build();
        ImagingExtractor shorter = SyntheticImaging.builder().samples(3).shape(4, 6, 1).type(PixelType.UINT16).build();
        ImagePlus image = RecordingImages.virtual("mux", List.of(longer, shorter), Map.of());
        assertEquals(5, image.getNFrames());
        image.setPosition(2, 1, 5);
        assertEquals(0, image.getProcessor().get(3, 2));
        image.setPosition(1, 1, 5);
        assertEquals(SyntheticImaging.expected(PixelType.UINT16, new SampleShape(4, 6, 1), 4, 2, 3, 0),
                image.getProcessor().get(3, 2));
        assertTrue(image.getStack().getSliceLabel(10).contains("no sample"));
    }

    @Test
    void controlLabelsBecomeSliceLabelsOfAnRgbOpticalSeries() {
        ImagePlus image = open(NWB.resolve("optical_colour.nwb"), OpenOptions.none().with(OpenOptions.SERIES, "Movie"));
        assertEquals(ImagePlus.COLOR_RGB, image.getType());
        assertTrue(image.getStack().getSliceLabel(2).startsWith("grating, t=0.0167"), image.getStack().getSliceLabel(2));
        assertTrue(image.getStack().getSliceLabel(4).startsWith("blank"), image.getStack().getSliceLabel(4));
    }

    @Test
    void anRgbaImageIsAFourChannelCompositeWithAlphaApart() {
        ImagePlus image = open(NWB.resolve("index_images.nwb"), OpenOptions.none().with(OpenOptions.SERIES, "overlay"));
        assertTrue(image.isComposite());
        assertEquals(4, image.getNChannels());
        assertEquals(1, image.getNFrames());
        assertTrue(image.getStack().getSliceLabel(4).contains("channel alpha"), image.getStack().getSliceLabel(4));
    }
}
