package io.github.ophysio.fiji.stack;

import io.github.ophysio.model.SampleShape;
import io.github.ophysio.summary.SummaryImage;
import io.github.ophysio.summary.SummaryImages;
import ij.CompositeImage;
import ij.IJ;
import ij.ImagePlus;
import ij.ImageStack;
import ij.measure.Calibration;
import ij.process.FloatProcessor;
import java.util.List;

/**
 * A summary image as ImageJ shows it: 32-bit, titled {@code <recording title> <name>}, with the
 * recording's spatial calibration. A volume or several channels give one hyperstack of C channels × Z
 * planes (one frame), in ImageJ's order, so a macro finds each plane with {@code Stack.setPosition}.
 */
public final class SummaryImagePlus {

    private SummaryImagePlus() {
    }

    /** {@code image} of each channel's summaries (in channel order) as one ImageJ image. */
    public static ImagePlus of(ImagePlus recording, SummaryImage image, List<SummaryImages> channels) {
        SampleShape shape = channels.get(0).shape();
        ImageStack stack = new ImageStack(shape.cols(), shape.rows());
        for (int plane = 0; plane < shape.planes(); plane++) {
            for (int c = 0; c < channels.size(); c++) {
                stack.addSlice(label(channels.size(), c, shape.planes(), plane),
                        floats(channels.get(c).plane(image, plane), shape));
            }
        }
        ImagePlus made = new ImagePlus(recording.getTitle() + " " + image.key(), stack);
        made.setDimensions(channels.size(), shape.planes(), 1);
        made.setOpenAsHyperStack(made.getStackSize() > 1);
        made.setCalibration(spatial(recording.getCalibration()));
        ImagePlus shown = channels.size() > 1 ? new CompositeImage(made, IJ.GRAYSCALE) : made;
        shown.resetDisplayRange();
        return shown;
    }

    private static String label(int channels, int c, int planes, int plane) {
        String channel = channels > 1 ? "channel " + c : "";
        String z = planes > 1 ? "plane " + plane : "";
        return channel.isEmpty() || z.isEmpty() ? channel + z : channel + ", " + z;
    }

    private static FloatProcessor floats(double[] values, SampleShape shape) {
        float[] pixels = new float[values.length];
        for (int i = 0; i < values.length; i++) {
            pixels[i] = (float) values[i];
        }
        return new FloatProcessor(shape.cols(), shape.rows(), pixels);
    }

    /** Pixel size, units and origin as the recording's; no time, no value function (the values are real). */
    private static Calibration spatial(Calibration source) {
        Calibration calibration = source.copy();
        calibration.frameInterval = 0;
        calibration.fps = 0;
        calibration.disableDensityCalibration();
        calibration.setValueUnit("Gray Value");
        return calibration;
    }
}
