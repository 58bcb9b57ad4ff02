package io.github.ophysio.fiji.stack;

import io.github.ophysio.model.ImagingExtractor;
import io.github.ophysio.model.PixelType;
import io.github.ophysio.model.SampleShape;
import ij.ImagePlus;
import ij.ImageStack;
import ij.measure.Calibration;
import ij.process.ImageProcessor;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * One channel of any ImageJ image as a recording, the one adapter Summary Images and Extract Traces
 * share: samples are the image's frames, planes its slices (Z). An image of one frame is a time
 * series of its slices, as a plain stack opened from a TIFF usually is (and as Multi Measure reads
 * it). Two readings: {@link #channelsOf} the stored 8-bit, 16-bit or float pixels (as Z Project reads
 * them; an Ophys virtual recording hands out the recordings it shows, read in the file's own type),
 * {@link #calibrated} float values calibrated as Measure reports them. A virtual stack of another
 * plugin is read one slice at a time (it may share a file handle); in-memory and Ophys stacks from any
 * thread. RGB images are refused.
 */
public final class ImagePlusRecording extends ImagingExtractor {

    private final ImagePlus image;
    /** The first channel (0-based) and how many: one, or all of them as planes of one recording. */
    private final int channel;
    private final int channels;
    private final PixelType type;
    private final boolean calibrated;
    private final boolean slicesAreTime;

    private ImagePlusRecording(ImagePlus image, int channel, int channels, PixelType type, boolean calibrated) {
        this.image = image;
        this.channel = channel;
        this.channels = channels;
        this.type = type;
        this.calibrated = calibrated;
        this.slicesAreTime = image.getNFrames() == 1;
    }

    /**
     * The image's channels as recordings of its stored values, in channel order. A usage error for an
     * RGB image (ImageJ's colour type has no single value per pixel).
     */
    public static List<ImagingExtractor> channelsOf(ImagePlus image) {
        if (image.getStack() instanceof OphysVirtualStack ophys) {
            return ophys.sources();
        }
        if (image.getStack() instanceof RgbVirtualStack colour) {
            return colour.sources();
        }
        PixelType type = storedType(image);
        List<ImagingExtractor> channels = new ArrayList<>();
        for (int c = 0; c < image.getNChannels(); c++) {
            channels.add(new ImagePlusRecording(image, c, 1, type, false));
        }
        return channels;
    }

    /** Channel {@code channel} (1-based) as float values calibrated as Measure reports them. */
    public static ImagePlusRecording calibrated(ImagePlus image, int channel) {
        storedType(image);
        return new ImagePlusRecording(image, channel - 1, 1, PixelType.FLOAT32, true);
    }

    /**
     * Every channel as one recording of calibrated floats whose planes are (channel, slice) pairs, channel
     * major ({@link #planeOf}), so one pass reads every channel's planes.
     */
    public static ImagePlusRecording calibratedChannels(ImagePlus image) {
        storedType(image);
        return new ImagePlusRecording(image, 0, image.getNChannels(), PixelType.FLOAT32, true);
    }

    /** The plane (0-based) of channel {@code c} and slice {@code z} (1-based; z is ignored when slices are time). */
    public int planeOf(int c, int z) {
        return (c - 1 - channel) * slicesPerChannel() + (slicesAreTime ? 0 : z - 1);
    }

    private int slicesPerChannel() {
        return slicesAreTime ? 1 : image.getNSlices();
    }

    private static PixelType storedType(ImagePlus image) {
        return switch (image.getBitDepth()) {
            case 8 -> PixelType.UINT8;
            case 16 -> PixelType.UINT16;
            case 32 -> PixelType.FLOAT32;
            default -> throw new IllegalArgumentException("\"" + image.getTitle() + "\" is an RGB image: convert it"
                    + " (Image > Type or Image > Color > Split Channels) to 8-bit, 16-bit or 32-bit first");
        };
    }

    /** Whether the slices are taken as time (an image of one frame), so a ROI's Z position is no plane. */
    public boolean slicesAreTime() {
        return slicesAreTime;
    }

    @Override
    public int getNumSamples() {
        return slicesAreTime ? image.getNSlices() : image.getNFrames();
    }

    @Override
    public SampleShape getSampleShape() {
        return new SampleShape(image.getHeight(), image.getWidth(), channels * slicesPerChannel());
    }

    @Override
    public PixelType getPixelType() {
        return type;
    }

    /** 1 / the frame interval (in s, ms or min) when the image's calibration states one. */
    @Override
    public OptionalDouble getSamplingFrequency() {
        return rateOf(image);
    }

    /** 1 / the frame interval (in s, ms or min) of {@code image}'s calibration, when it states one. */
    public static OptionalDouble rateOf(ImagePlus image) {
        Calibration calibration = image.getCalibration();
        double interval = calibration.frameInterval;
        if (!(interval > 0)) {
            return OptionalDouble.empty();
        }
        String unit = calibration.getTimeUnit();
        double seconds = "ms".equals(unit) ? interval / 1000 : "min".equals(unit) ? interval * 60 : interval;
        return OptionalDouble.of(1 / seconds);
    }

    @Override
    public String getChannelName() {
        return Integer.toString(channel);
    }

    @Override
    public void readPlane(int sample, int plane, Object dest) {
        int c = channel + 1 + plane / slicesPerChannel();
        int n = slicesAreTime ? image.getStackIndex(c, sample + 1, 1)
                : image.getStackIndex(c, plane % slicesPerChannel() + 1, sample + 1);
        if (calibrated) {
            readCalibrated(processor(n), (float[]) dest);
        } else {
            System.arraycopy(processor(n).getPixels(), 0, dest, 0, image.getWidth() * image.getHeight());
        }
    }

    private void readCalibrated(ImageProcessor ip, float[] out) {
        float[] table = image.getBitDepth() == 32 ? null : image.getCalibration().getCTable();
        for (int i = 0; i < out.length; i++) {
            out[i] = table == null ? ip.getf(i) : table[ip.get(i)];
        }
    }

    private ImageProcessor processor(int n) {
        ImageStack stack = image.getStack();
        if (stack.isVirtual() && !(stack instanceof OphysVirtualStack)) {
            synchronized (stack) {
                return stack.getProcessor(n);
            }
        }
        return stack.getProcessor(n);
    }
}
