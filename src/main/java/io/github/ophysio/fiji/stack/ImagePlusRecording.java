package io.github.ophysio.fiji.stack;

import io.github.ophysio.model.ImagingExtractor;
import io.github.ophysio.model.PixelType;
import io.github.ophysio.model.SampleShape;
import ij.ImagePlus;
import ij.ImageStack;
import ij.measure.Calibration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * One channel of any ImageJ image as a recording: samples are the image's frames, planes its slices
 * (Z), values the stored 8-bit, 16-bit or float pixels (as ImageJ's Z Project reads them). An image of
 * one frame is a time series of its slices, as a plain stack opened from a TIFF usually is. An Ophys
 * virtual recording is not adapted: {@link #channelsOf} hands out the recordings it shows, which read
 * the file in its own type (an Ophys colour recording gives its red, green and blue channels).
 */
public final class ImagePlusRecording extends ImagingExtractor {

    private final ImagePlus image;
    private final ImageStack stack;
    private final int channel;
    private final PixelType type;
    private final boolean slicesAreTime;

    private ImagePlusRecording(ImagePlus image, int channel, PixelType type) {
        this.image = image;
        this.stack = image.getStack();
        this.channel = channel;
        this.type = type;
        this.slicesAreTime = image.getNFrames() == 1;
    }

    /**
     * The image's channels as recordings, in channel order. A usage error for an RGB image (ImageJ's
     * colour type has no single value per pixel).
     */
    public static List<ImagingExtractor> channelsOf(ImagePlus image) {
        if (image.getStack() instanceof OphysVirtualStack ophys) {
            return ophys.sources();
        }
        if (image.getStack() instanceof RgbVirtualStack colour) {
            return colour.sources();
        }
        PixelType type = switch (image.getBitDepth()) {
            case 8 -> PixelType.UINT8;
            case 16 -> PixelType.UINT16;
            case 32 -> PixelType.FLOAT32;
            default -> throw new IllegalArgumentException("\"" + image.getTitle() + "\" is an RGB image: convert it"
                    + " (Image > Type or Image > Color > Split Channels) to 8-bit, 16-bit or 32-bit first");
        };
        List<ImagingExtractor> channels = new ArrayList<>();
        for (int c = 0; c < image.getNChannels(); c++) {
            channels.add(new ImagePlusRecording(image, c, type));
        }
        return channels;
    }

    @Override
    public int getNumSamples() {
        return slicesAreTime ? image.getNSlices() : image.getNFrames();
    }

    @Override
    public SampleShape getSampleShape() {
        return new SampleShape(image.getHeight(), image.getWidth(), slicesAreTime ? 1 : image.getNSlices());
    }

    @Override
    public PixelType getPixelType() {
        return type;
    }

    /** 1 / the frame interval when the image's calibration states one. */
    @Override
    public OptionalDouble getSamplingFrequency() {
        Calibration calibration = image.getCalibration();
        return calibration.frameInterval > 0 ? OptionalDouble.of(1.0 / calibration.frameInterval) : OptionalDouble.empty();
    }

    @Override
    public String getChannelName() {
        return Integer.toString(channel);
    }

    /**
     * Copies the slice; a virtual stack of another plugin is read one slice at a time (it may share a
     * file handle), an in-memory stack from any thread.
     */
    @Override
    public void readPlane(int sample, int plane, Object dest) {
        int n = slicesAreTime ? image.getStackIndex(channel + 1, sample + 1, 1)
                : image.getStackIndex(channel + 1, plane + 1, sample + 1);
        Object pixels;
        if (stack.isVirtual()) {
            synchronized (stack) {
                pixels = stack.getProcessor(n).getPixels();
            }
        } else {
            pixels = stack.getPixels(n);
        }
        System.arraycopy(pixels, 0, dest, 0, image.getWidth() * image.getHeight());
    }
}
