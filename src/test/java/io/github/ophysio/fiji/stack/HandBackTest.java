package io.github.ophysio.fiji.stack;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ophysio.lazy.LazyRecording;
import io.github.ophysio.model.PixelType;
import io.github.ophysio.model.SyntheticImaging;
import ij.ImagePlus;
import ij.process.ImageProcessor;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * ImageJ's slice changes read the next plane into the array of the slice left behind, and only
 * when nobody else can hold that array: every plane stays right, and pixels anyone asked for,
 * put in, or got from the stack directly never change afterwards.
 */
class HandBackTest {

    private static final int SAMPLES = 40;

    private final ProbeRecording recording = ProbeRecording.of(SAMPLES);

    private ImagePlus image() {
        return RecordingImages.virtual("r", List.of(recording), Map.of());
    }

    private static OphysVirtualStack stackOf(ImagePlus image) {
        return (OphysVirtualStack) image.getStack();
    }

    @Test
    void aSliceChangeLoopReusesTheLeftArraysAndShowsEveryPlane() {
        ImagePlus image = image();
        for (int pass = 0; pass < 2; pass++) {
            for (int n = 1; n <= SAMPLES; n++) {
                image.setSlice(n);
                ReadAheadStackTest.assertSlice(recording, image.getProcessor(), n - 1, 0);
            }
        }
        long taken = stackOf(image).planesTakenBack();
        assertTrue(taken >= SAMPLES, "arrays read into again: " + taken);
    }

    @Test
    void pixelsSomebodyAskedForAreNeverReadIntoAgain() {
        ImagePlus image = image();
        image.setSlice(3);
        short[] kept = (short[]) image.getProcessor().getPixels();
        short[] before = kept.clone();
        for (int n = 4; n <= 12; n++) {
            image.setSlice(n);
            ReadAheadStackTest.assertSlice(recording, image.getProcessor(), n - 1, 0);
        }
        assertArrayEquals(before, kept, "the array a plugin kept still holds slice 3");
    }

    @Test
    void pixelsAPluginPutIntoTheImageAreNeverReadInto() {
        ImagePlus image = image();
        image.setSlice(2);
        short[] mine = new short[6 * 8];
        java.util.Arrays.fill(mine, (short) 7);
        image.getProcessor().setPixels(mine);
        for (int n = 3; n <= 8; n++) {
            image.setSlice(n);
        }
        for (short value : mine) {
            assertEquals(7, value);
        }
    }

    @Test
    void slicesTakenFromTheStackDirectlyStayTheCallers() {
        ImagePlus image = image();
        OphysVirtualStack stack = stackOf(image);
        ImageProcessor first = stack.getProcessor(5);
        short[] copy = ((short[]) first.getPixels()).clone();
        for (int n = 6; n <= 15; n++) {
            image.setSlice(n);
            stack.setPixels(stack.getProcessor(n).getPixels(), n); // as a filter writes a slice back
        }
        assertArrayEquals(copy, (short[]) first.getPixels());
        ReadAheadStackTest.assertSlice(recording, first, 4, 0);
    }

    @Test
    void int16AndFloatPlanesStayRightWhenReadIntoAgain() {
        for (PixelType type : List.of(PixelType.INT16, PixelType.FLOAT32)) {
            SyntheticImaging source = SyntheticImaging.builder().samples(12).shape(5, 7, 1).type(type).build();
            ImagePlus image = RecordingImages.virtual("t", List.of(source), Map.of());
            for (int pass = 0; pass < 2; pass++) {
                for (int n = 1; n <= 12; n++) {
                    image.setSlice(n);
                    double value = SyntheticImaging.expected(type, source.getSampleShape(), n - 1, 4, 6, 0);
                    // int16 is shown shifted by 32768 (ImageJ's signed 16-bit calibration undoes it)
                    double expected = type == PixelType.INT16 ? value + 32768 : value;
                    assertEquals(expected, image.getProcessor().getf(6, 4), 1e-6, type + " slice " + n);
                }
            }
            assertTrue(stackOf(image).planesTakenBack() > 0, type + ": arrays read into again");
        }
    }

    @Test
    void everyArrayImageJGetsIsItsOwn() {
        ImagePlus image = image();
        image.setSlice(1);
        ImageProcessor processor = image.getProcessor();
        assertTrue(processor instanceof WatchedProcessors.Watched, "the image keeps a watched processor");
        OphysVirtualStack stack = stackOf(image);
        assertNotSame(stack.getProcessor(2).getPixels(), stack.getProcessor(2).getPixels());
    }
}
