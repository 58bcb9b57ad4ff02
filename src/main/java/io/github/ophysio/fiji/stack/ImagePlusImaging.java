package io.github.ophysio.fiji.stack;

import io.github.ophysio.model.ImagingExtractor;
import io.github.ophysio.model.PixelType;
import io.github.ophysio.model.SampleShape;
import ij.ImagePlus;
import ij.ImageStack;
import ij.VirtualStack;
import ij.measure.Calibration;
import ij.process.ImageProcessor;
import java.util.OptionalDouble;

/**
 * One channel of any ImageJ image as a recording of float planes: samples are its frames (or its slices
 * when it is a plain stack, as Multi Measure reads it), planes its Z slices; values are calibrated as
 * Measure reports them. Grey 8-, 16- and 32-bit images only. Virtual stacks that are not thread-safe
 * are read one plane at a time.
 */
public final class ImagePlusImaging extends ImagingExtractor {

    private final ImagePlus image;
    private final int channel;
    private final boolean slicesAreTime;
    private final Calibration calibration;

    private ImagePlusImaging(ImagePlus image, int channel) {
        this.image = image;
        this.channel = channel;
        this.slicesAreTime = image.getNFrames() == 1 && image.getNChannels() == 1 && image.getNSlices() > 1;
        this.calibration = image.getCalibration();
    }

    /** Channel {@code channel} (1-based) of {@code image}. */
    public static ImagePlusImaging of(ImagePlus image, int channel) {
        if (image.getBitDepth() == 24) {
            throw new IllegalArgumentException(image.getTitle() + ": an RGB image has no single value per pixel;"
                    + " split its channels first (Image > Color > Split Channels)");
        }
        return new ImagePlusImaging(image, channel);
    }

    /** Whether the slices of a plain stack are taken as time (so a ROI's position is not a plane). */
    public boolean slicesAreTime() {
        return slicesAreTime;
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
        return PixelType.FLOAT32;
    }

    @Override
    public OptionalDouble getSamplingFrequency() {
        double interval = calibration.frameInterval;
        if (!(interval > 0)) {
            return OptionalDouble.empty();
        }
        String unit = calibration.getTimeUnit();
        double seconds = "ms".equals(unit) ? interval / 1000 : "min".equals(unit) ? interval * 60 : interval;
        return OptionalDouble.of(1 / seconds);
    }

    @Override
    public void readPlane(int sample, int plane, Object dest) {
        int index = slicesAreTime ? sample + 1 : image.getStackIndex(channel, plane + 1, sample + 1);
        ImageProcessor ip = processor(index);
        float[] out = (float[]) dest;
        float[] table = image.getBitDepth() == 32 ? null : calibration.getCTable();
        for (int i = 0; i < out.length; i++) {
            out[i] = table == null ? ip.getf(i) : table[ip.get(i)];
        }
    }

    private ImageProcessor processor(int index) {
        ImageStack stack = image.getStack();
        if (stack instanceof VirtualStack && !(stack instanceof OphysVirtualStack)) {
            synchronized (stack) {
                return stack.getProcessor(index);
            }
        }
        return stack.getProcessor(index);
    }
}
