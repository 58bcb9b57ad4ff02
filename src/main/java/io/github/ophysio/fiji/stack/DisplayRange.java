package io.github.ophysio.fiji.stack;

import io.github.ophysio.error.OphysException;
import ij.CompositeImage;
import ij.ImagePlus;
import java.util.Arrays;

/**
 * A recording's display range from a dozen frames spread over the whole recording (one read each,
 * not a pass): the 1st and 99th percentiles of their pixels, per channel, as Bio-Formats' autoscale
 * does. The first frame alone would leave a drifting or bleaching movie black or saturated hundreds
 * of frames later.
 */
final class DisplayRange {

    static final int FRAMES = 12;
    static final double LOW = 0.01;
    static final double HIGH = 0.99;
    /** At most this many pixels per frame enter the percentiles (every k-th pixel of a large frame). */
    private static final int PIXELS_PER_FRAME = 1 << 16;

    private DisplayRange() {
    }

    /** Sets every channel's display range of {@code image} (RGB images keep theirs). */
    static void fromSpreadFrames(ImagePlus image) {
        if (image.getType() == ImagePlus.COLOR_RGB) {
            return;
        }
        for (int channel = 1; channel <= image.getNChannels(); channel++) {
            double[] range = percentiles(sample(image, channel));
            if (image instanceof CompositeImage composite) {
                composite.setC(channel);
            }
            image.setDisplayRange(range[0], range[1]);
        }
        if (image instanceof CompositeImage composite) {
            composite.setC(1);
        }
    }

    /** The kept pixels of up to {@link #FRAMES} frames spread evenly from the first to the last, middle plane. */
    static float[] sample(ImagePlus image, int channel) {
        int frames = image.getNFrames();
        int count = Math.min(FRAMES, frames);
        float[] values = new float[0];
        for (int k = 0; k < count; k++) {
            int frame = 1 + (int) ((long) k * (frames - 1) / Math.max(1, count - 1));
            int slice = image.getStackIndex(channel, (image.getNSlices() + 1) / 2, frame);
            values = append(values, readable(image, slice));
        }
        return values;
    }

    /**
     * The slice's pixels, or none when it cannot be read: a damaged plane must not stop the file from
     * opening (its error shows when a user reaches it), it only leaves the sample.
     */
    private static float[] readable(ImagePlus image, int slice) {
        try {
            return (float[]) image.getStack().getProcessor(slice).convertToFloat().getPixels();
        } catch (OphysException e) {
            return new float[0];
        }
    }

    private static float[] append(float[] values, float[] frame) {
        int step = Math.max(1, frame.length / PIXELS_PER_FRAME);
        float[] more = Arrays.copyOf(values, values.length + (frame.length + step - 1) / step);
        int n = values.length;
        for (int i = 0; i < frame.length; i += step) {
            more[n++] = frame[i];
        }
        return Arrays.copyOf(more, n);
    }

    /** The {@link #LOW} and {@link #HIGH} percentiles of the finite values; a flat sample spans one unit. */
    static double[] percentiles(float[] values) {
        float[] finite = finite(values);
        if (finite.length == 0) {
            return new double[] {0, 1};
        }
        Arrays.sort(finite);
        double low = finite[(int) (LOW * (finite.length - 1))];
        double high = finite[(int) Math.ceil(HIGH * (finite.length - 1))];
        return new double[] {low, high > low ? high : low + 1};
    }

    private static float[] finite(float[] values) {
        float[] kept = new float[values.length];
        int n = 0;
        for (float value : values) {
            if (Float.isFinite(value)) {
                kept[n++] = value;
            }
        }
        return Arrays.copyOf(kept, n);
    }
}
