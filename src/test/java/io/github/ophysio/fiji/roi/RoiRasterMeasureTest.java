package io.github.ophysio.fiji.roi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.ophysio.fiji.stack.ImagePlusRecording;
import io.github.ophysio.model.TraceKind;
import io.github.ophysio.traces.ExtractedTraces;
import io.github.ophysio.traces.RoiFootprint;
import io.github.ophysio.traces.TraceExtraction;
import io.github.ophysio.traces.TraceOptions;
import ij.IJ;
import ij.ImagePlus;
import ij.ImageStack;
import ij.gui.Line;
import ij.gui.OvalRoi;
import ij.gui.PolygonRoi;
import ij.gui.Roi;
import ij.gui.ShapeRoi;
import ij.measure.Measurements;
import ij.process.ImageProcessor;
import ij.process.ImageStatistics;
import ij.process.ShortProcessor;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Drawn ROIs are measured as ImageJ's Measure measures them: raw equals Measure's Mean, slice by slice. */
class RoiRasterMeasureTest {

    private static final int W = 37;
    private static final int H = 29;
    private static final int SLICES = 6;

    /** A 16-bit stack whose values differ per pixel and slice. */
    private static ImagePlus stack() {
        ImageStack stack = new ImageStack(W, H);
        for (int s = 0; s < SLICES; s++) {
            ShortProcessor ip = new ShortProcessor(W, H);
            for (int y = 0; y < H; y++) {
                for (int x = 0; x < W; x++) {
                    ip.set(x, y, 1000 + 7 * x + 13 * y + 101 * s + ((x * 31 + y * 17 + s * 5) % 23));
                }
            }
            stack.addSlice(ip);
        }
        return new ImagePlus("stack", stack);
    }

    private static List<Roi> rois() {
        Roi rectangle = new Roi(3, 4, 9, 6);
        Roi oval = new OvalRoi(15, 2, 11, 8);
        Roi polygon = new PolygonRoi(new int[] {5, 14, 9, 2}, new int[] {14, 16, 26, 22}, 4, Roi.POLYGON);
        Roi composite = new ShapeRoi(new Roi(20, 14, 4, 4)).or(new ShapeRoi(new OvalRoi(27, 20, 6, 7)));
        Roi border = new Roi(30, -3, 12, 10);
        Roi overlapping = new OvalRoi(6, 6, 10, 10);
        List<Roi> all = List.of(rectangle, oval, polygon, composite, border, overlapping);
        for (int i = 0; i < all.size(); i++) {
            all.get(i).setName("r" + i);
        }
        return all;
    }

    @Test
    void everyKindOfRoiGivesMeasuresMeanOnEverySlice() {
        ImagePlus image = stack();
        List<Roi> rois = rois();
        ImagePlusRecording recording = ImagePlusRecording.calibrated(image, 1);
        List<RoiFootprint> footprints = rois.stream()
                .map(r -> new RoiFootprint(r.getName(), 0, RoiRaster.mask(r, W, H))).toList();
        try (ExtractedTraces traces = TraceExtraction.of(recording, footprints, TraceOptions.rawOnly()).run()) {
            for (int s = 1; s <= SLICES; s++) {
                ImageProcessor ip = image.getStack().getProcessor(s);
                for (int k = 0; k < rois.size(); k++) {
                    ip.setRoi(rois.get(k));
                    double mean = ImageStatistics.getStatistics(ip, Measurements.MEAN, null).mean;
                    assertEquals(mean, traces.read(TraceKind.RAW, s - 1, s, new int[] {k}).get(0, 0), 1e-3,
                            rois.get(k).getName() + " slice " + s);
                }
            }
        }
    }

    @Test
    void aRoisZPositionPicksItsPlaneOfAHyperstack() {
        ImagePlus image = stack();
        image.setDimensions(1, 2, 3);
        image.setOpenAsHyperStack(true);
        ImagePlusRecording recording = ImagePlusRecording.calibrated(image, 1);
        assertEquals(3, recording.getNumSamples());
        assertEquals(2, recording.getNumPlanes());
        Roi rectangle = new Roi(3, 4, 9, 6);
        List<RoiFootprint> onPlane1 = List.of(new RoiFootprint("r", 1, RoiRaster.mask(rectangle, W, H)));
        try (ExtractedTraces traces = TraceExtraction.of(recording, onPlane1, TraceOptions.rawOnly()).run()) {
            ImageProcessor ip = image.getStack().getProcessor(image.getStackIndex(1, 2, 3));
            ip.setRoi(rectangle);
            assertEquals(ImageStatistics.getStatistics(ip, Measurements.MEAN, null).mean,
                    traces.read(TraceKind.RAW, 2, 3, new int[] {0}).get(0, 0), 1e-3);
        }
    }

    @Test
    void lineRoisAndRgbImagesAreRefused() {
        Line line = new Line(1, 1, 10, 10);
        line.setName("l");
        assertEquals("ROI l is not an area (Straight Line): traces need area ROIs",
                assertThrows(IllegalArgumentException.class, () -> RoiRaster.mask(line, W, H)).getMessage());
        ImagePlus rgb = IJ.createImage("rgb", "RGB black", 5, 5, 2);
        assertEquals("\"rgb\" is an RGB image: convert it (Image > Type or Image > Color > Split Channels)"
                + " to 8-bit, 16-bit or 32-bit first",
                assertThrows(IllegalArgumentException.class, () -> ImagePlusRecording.calibrated(rgb, 1)).getMessage());
    }
}
