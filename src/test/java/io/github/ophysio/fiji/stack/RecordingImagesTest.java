package io.github.ophysio.fiji.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ophysio.model.ImagingExtractor;
import io.github.ophysio.model.PixelType;
import io.github.ophysio.model.SampleShape;
import io.github.ophysio.model.SyntheticImaging;
import ij.ImagePlus;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Image assembly without a display: hyperstack order, pixel types, cancel, no shared pixels. */
class RecordingImagesTest {

    private final SampleShape shape = new SampleShape(6, 8, 3);

    private ImagingExtractor volume(PixelType type) {
        return SyntheticImaging.builder().samples(4).shape(6, 8, 3).type(type).build();
    }

    @Test
    void virtualVolumeIsAHyperstackInImageJOrder() {
        ImagePlus image = RecordingImages.virtual("v", List.of(volume(PixelType.UINT16)), Map.of());
        assertEquals(3, image.getNSlices());
        assertEquals(4, image.getNFrames());
        image.setPosition(1, 2, 3);
        double expected = SyntheticImaging.expected(PixelType.UINT16, shape, 2, 5, 7, 1);
        assertEquals(expected, image.getProcessor().getPixel(7, 5));
        assertEquals(1 / 30.0, image.getCalibration().frameInterval, 1e-12);
    }

    @Test
    void everyPixelTypeShowsItsValues() {
        for (PixelType type : PixelType.values()) {
            ImagePlus image = RecordingImages.virtual("t", List.of(volume(type)), Map.of());
            image.setPosition(1, 3, 4);
            double raw = image.getProcessor().getPixelValue(7, 5);
            double shown = image.getCalibration().getCValue(raw);
            double value = image.getBitDepth() == 16 ? image.getCalibration().getCValue(
                    image.getProcessor().getPixel(7, 5)) : shown;
            assertEquals(SyntheticImaging.expected(type, shape, 3, 5, 7, 2), value, 1e-3, type.toString());
        }
    }

    @Test
    void editingAPlaneInImageJNeverChangesTheCache() {
        ImagePlus image = RecordingImages.virtual("e", List.of(volume(PixelType.FLOAT32)), Map.of());
        Object first = image.getStack().getPixels(1);
        ((float[]) first)[0] = -1;
        assertNotSame(first, image.getStack().getPixels(1));
        assertEquals(0.25f, ((float[]) image.getStack().getPixels(1))[0]);
    }

    @Test
    void loadingCanBeCancelled() {
        Progress cancelAtOnce = new Progress() {
            @Override
            public void show(int done, int total) {
                // not shown
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        };
        assertNull(RecordingImages.loaded("c", List.of(volume(PixelType.UINT8)), Map.of(), cancelAtOnce));
    }

    @Test
    void loadingReportsProgressToTheEnd() {
        int[] last = new int[2];
        Progress record = new Progress() {
            @Override
            public void show(int done, int total) {
                last[0] = done;
                last[1] = total;
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };
        ImagePlus image = RecordingImages.loaded("l", List.of(volume(PixelType.INT16)), Map.of(), record);
        assertTrue(!image.getStack().isVirtual());
        assertEquals(12, last[0]);
        assertEquals(12, last[1]);
    }

    /** Frame t holds t * 1000 + (pixel index % 10): the first frame alone would give a range of 0-9. */
    @Test
    void theDisplayRangeComesFromFramesSpreadOverTheRecording() {
        ImagingExtractor drifting = new ImagingExtractor() {
            @Override
            public int getNumSamples() {
                return 60;
            }

            @Override
            public SampleShape getSampleShape() {
                return new SampleShape(6, 8, 1);
            }

            @Override
            public PixelType getPixelType() {
                return PixelType.UINT16;
            }

            @Override
            public java.util.OptionalDouble getSamplingFrequency() {
                return java.util.OptionalDouble.of(10);
            }

            @Override
            public void readPlane(int sample, int plane, Object dest) {
                short[] values = (short[]) dest;
                for (int i = 0; i < values.length; i++) {
                    values[i] = (short) (sample * 1000 + i % 10);
                }
            }
        };
        ImagePlus image = RecordingImages.virtual("drift", List.of(drifting), Map.of());
        assertEquals(1, image.getDisplayRangeMin(), 1e-9, "1st percentile of 12 x 48 values: the first frame's");
        assertEquals(59008, image.getDisplayRangeMax(), 1e-9, "99th percentile: the last frame's values, not 9");
    }

    @Test
    void aPlaneThatCannotBeReadDoesNotStopTheOpen() {
        ProbeRecording truncated = new ProbeRecording(40, 1, 0, 30);
        ImagePlus image = RecordingImages.virtual("cut", List.of(truncated), Map.of());
        assertEquals(40, image.getNFrames());
        assertTrue(image.getDisplayRangeMax() > image.getDisplayRangeMin());
    }

    @Test
    void percentilesIgnoreNaNAndWidenAFlatSample() {
        assertEquals(List.of(5.0, 6.0), toList(DisplayRange.percentiles(new float[] {5, Float.NaN, 5})));
        assertEquals(List.of(0.0, 1.0), toList(DisplayRange.percentiles(new float[] {Float.NaN})));
    }

    private static List<Double> toList(double[] values) {
        return java.util.Arrays.stream(values).boxed().toList();
    }
}
