package io.github.ophysio.fiji.command;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.ophysio.model.TraceKind;
import io.github.ophysio.traces.ExtractedTraces;
import io.github.ophysio.traces.TraceOptions;
import ij.ImagePlus;
import ij.ImageStack;
import ij.gui.OvalRoi;
import ij.gui.Roi;
import ij.measure.Measurements;
import ij.process.FloatProcessor;
import ij.process.ImageProcessor;
import ij.process.ImageStatistics;
import java.util.List;
import org.junit.jupiter.api.Test;

/** ROIs on different channels (and slices) of a hyperstack are each measured on theirs, in one run. */
class ExtractTracesChannelsTest {

    private static final int W = 23;
    private static final int H = 17;

    /** C = 2, Z = 3, T = 7; values differ per pixel, channel, slice and frame. */
    private static ImagePlus hyperstack(int channels, int slices, int frames) {
        ImageStack stack = new ImageStack(W, H);
        for (int t = 0; t < frames; t++) {
            for (int z = 0; z < slices; z++) {
                for (int c = 0; c < channels; c++) {
                    FloatProcessor ip = new FloatProcessor(W, H);
                    for (int i = 0; i < W * H; i++) {
                        ip.setf(i, 1000 * c + 100 * z + 10 * t + (i * 7 % 31) + 0.25f * (i % W));
                    }
                    stack.addSlice(ip);
                }
            }
        }
        ImagePlus image = new ImagePlus("channels", stack);
        image.setDimensions(channels, slices, frames);
        image.setOpenAsHyperStack(true);
        return image;
    }

    private static double measure(ImagePlus image, Roi roi, int c, int z, int t) {
        ImageProcessor ip = image.getStack().getProcessor(image.getStackIndex(c, z, t));
        ip.setRoi(roi);
        return ImageStatistics.getStatistics(ip, Measurements.MEAN, null).mean;
    }

    private static Roi at(Roi roi, String name, int c, int z) {
        roi.setName(name);
        roi.setPosition(c, z, 0);
        return roi;
    }

    @Test
    void eachRoiIsMeasuredOnItsChannelAndSlice() {
        ImagePlus image = hyperstack(2, 3, 7);
        List<Roi> rois = List.of(at(new Roi(2, 3, 6, 5), "c1z1", 1, 1), at(new OvalRoi(8, 4, 9, 7), "c2z3", 2, 3),
                at(new Roi(2, 3, 6, 5), "c2z1", 2, 1), at(new OvalRoi(10, 9, 8, 6), "c1z2", 1, 2));
        int[][] cz = {{1, 1}, {2, 3}, {2, 1}, {1, 2}};
        try (ExtractedTraces traces = ExtractTracesPlugIn.extract(image, rois, TraceOptions.rawOnly())) {
            for (int k = 0; k < rois.size(); k++) {
                for (int t = 1; t <= 7; t++) {
                    assertEquals(measure(image, rois.get(k), cz[k][0], cz[k][1], t),
                            traces.read(TraceKind.RAW, t - 1, t, new int[] {k}).get(0, 0), 1e-3, rois.get(k).getName());
                }
            }
        }
    }

    @Test
    void aStackOfOneFrameIsTimeOnEveryChannel() {
        ImagePlus image = hyperstack(2, 5, 1);
        Roi onSecond = at(new OvalRoi(3, 3, 7, 7), "c2", 2, 0);
        image.setC(1);
        Roi current = new Roi(1, 1, 4, 4);
        try (ExtractedTraces traces = ExtractTracesPlugIn.extract(image, List.of(onSecond, current),
                TraceOptions.rawOnly())) {
            assertEquals(5, traces.samples());
            for (int s = 1; s <= 5; s++) {
                assertEquals(measure(image, onSecond, 2, s, 1), traces.read(TraceKind.RAW, s - 1, s, new int[] {0}).get(0, 0),
                        1e-3);
                assertEquals(measure(image, current, 1, s, 1), traces.read(TraceKind.RAW, s - 1, s, new int[] {1}).get(0, 0),
                        1e-3, "a ROI without a position is on the current channel");
            }
        }
    }
}
