package io.github.ophysio.fiji.stack;

import io.github.ophysio.model.ImagingExtractor;
import io.github.ophysio.model.PixelType;
import io.github.ophysio.model.SampleShape;
import ij.ImagePlus;
import ij.ImageStack;
import java.util.List;
import java.util.OptionalDouble;

/**
 * The red, green and blue components of an ImageJ RGB image, each a uint8 recording of its frames
 * (an image of one frame: its slices), so an RGB image can be written as (T, rows, cols, 3). An RGB
 * volume (slices and frames) is refused: with the colours it would be 5-D.
 */
public final class RgbComponents extends ImagingExtractor {

    private static final String[] NAMES = {"red", "green", "blue"};

    private final ImagePlus image;
    private final int component;

    private RgbComponents(ImagePlus image, int component) {
        this.image = image;
        this.component = component;
    }

    /** Whether {@code image} is ImageJ RGB (not an Ophys colour recording, which has channels of its own). */
    public static boolean isImageJRgb(ImagePlus image) {
        return image.getBitDepth() == 24 && !(image.getStack() instanceof RgbVirtualStack);
    }

    /** Red, green and blue of {@code image} (an RGB image of one channel). */
    public static List<ImagingExtractor> of(ImagePlus image) {
        if (image.getBitDepth() != 24 || image.getNChannels() > 1 || image.getNSlices() > 1 && image.getNFrames() > 1) {
            throw new IllegalArgumentException("\"" + image.getTitle() + "\" is not an RGB time series of one plane:"
                    + " save one plane at a time (Image > Stacks > Tools > Reduce Dimensionality)");
        }
        return List.of(new RgbComponents(image, 0), new RgbComponents(image, 1), new RgbComponents(image, 2));
    }

    @Override
    public int getNumSamples() {
        return image.getStackSize();
    }

    @Override
    public SampleShape getSampleShape() {
        return new SampleShape(image.getHeight(), image.getWidth(), 1);
    }

    @Override
    public PixelType getPixelType() {
        return PixelType.UINT8;
    }

    @Override
    public OptionalDouble getSamplingFrequency() {
        return ImagePlusRecording.rateOf(image);
    }

    @Override
    public String getChannelName() {
        return NAMES[component];
    }

    @Override
    public void readPlane(int sample, int plane, Object dest) {
        int[] rgb = (int[]) pixels(sample + 1);
        byte[] out = (byte[]) dest;
        int shift = 16 - 8 * component;
        for (int i = 0; i < out.length; i++) {
            out[i] = (byte) (rgb[i] >> shift);
        }
    }

    private Object pixels(int n) {
        ImageStack stack = image.getStack();
        if (stack.isVirtual()) {
            synchronized (stack) {
                return stack.getProcessor(n).getPixels();
            }
        }
        return stack.getPixels(n);
    }
}
