package io.github.ophysio.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.ophysio.fiji.command.TraceFixtureImages;
import io.github.ophysio.testing.NpyDoubles;
import ij.ImagePlus;
import ij.gui.OvalRoi;
import ij.measure.Measurements;
import ij.process.ImageProcessor;
import ij.process.ImageStatistics;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Extract Traces and Summary Images in {@code ImageJ -batch}, as users run them: a macro opens the
 * trace fixture (make_trace_fixtures.py: 41 frames × 2 planes), draws ROIs (makeRectangle, makeOval),
 * adds them to the ROI Manager, extracts traces, plots one and makes summary images; the values it
 * prints with Table.get, Plot.getValues and getPixel are checked against numpy's reference traces and
 * the fixture's own pixels.
 */
class TracesBatchJobIT {

    private static final Path TRACES = TraceFixtureImages.DIR.toAbsolutePath();

    @TempDir
    Path home;

    @Test
    void aBatchJobExtractsTracesAndSummaryImagesFromDrawnRois() throws Exception {
        ImageJInstall.Result result = ImageJInstall.in(home).batch((DrawnRoisMacro.OPEN_DRAW_AND_EXTRACT + """
                print("headings=" + Table.headings("Ophys raw traces"));
                print("rect=" + d2s(Table.get("rect", 3, "Ophys raw traces"), 6));
                print("oval=" + d2s(Table.get("oval", 3, "Ophys raw traces"), 6));
                print("deep=" + d2s(Table.get("deep", 40, "Ophys raw traces"), 6));
                print("time=" + Table.get("time_s", 3, "Ophys raw traces"));
                roiManager("select", 0);
                run("Plot Traces", "kind=raw");
                Plot.getValues(x, y);
                print("plotted=" + d2s(y[3], 6));
                selectWindow(title);
                run("Summary Images", "images=[mean max]");
                selectWindow(title + " mean");
                setSlice(2);
                print("mean=" + d2s(getPixel(5, 7), 6));
                selectWindow(title + " max");
                print("max=" + getPixel(30, 0));
                """).formatted(TRACES.resolve("recording.npy")));
        double[] raw = NpyDoubles.read(TRACES.resolve("expected_raw.npy")).values();
        int rois = TraceFixtureImages.PLANES.length;
        assertEquals("time_s\trect\toval\tdeep", result.value("headings"), result.output());
        assertEquals(raw[3 * rois + 1], Double.parseDouble(result.value("rect")), 1e-4, "numpy's binary rectangle");
        assertEquals(raw[40 * rois + 7], Double.parseDouble(result.value("deep")), 1e-4, "numpy's ROI on plane 1");
        ImagePlus fixture = TraceFixtureImages.hyperstack();
        assertEquals(measure(fixture, new OvalRoi(12, 3, 9, 7), 1, 4), Double.parseDouble(result.value("oval")), 1e-4,
                "Measure's mean of the oval");
        assertEquals(0.3, Double.parseDouble(result.value("time")), 1e-9);
        assertEquals(raw[3 * rois + 1], Double.parseDouble(result.value("plotted")), 1e-4);
        assertEquals(mean(fixture, 5, 7, 2), Double.parseDouble(result.value("mean")), 1e-3);
        assertEquals(max(fixture, 30, 0, 1), Double.parseDouble(result.value("max")), 0);
    }

    @Test
    void anErrorIsOneLogLine() throws Exception {
        ImageJInstall.Result result = ImageJInstall.in(home).batch("""
                setBatchMode(true);
                run("Ophys Recording...", "path=[%s] fs=10 fourth-axis=planes");
                makeLine(1, 1, 10, 10);
                roiManager("add");
                roiManager("select", 0); roiManager("rename", "line");
                run("Extract Traces", "rois=all neuropil=none dff=none");
                print("after=yes");
                """.formatted(TRACES.resolve("recording.npy")));
        assertEquals(1, result.lines().size(), result.output());
        assertEquals("Extract Traces: ROI line is not an area (Straight Line): traces need area ROIs",
                result.lines().get(0));
        assertFalse(result.output().contains("after=yes"));
    }

    private static double measure(ImagePlus image, OvalRoi roi, int z, int t) {
        ImageProcessor ip = image.getStack().getProcessor(image.getStackIndex(1, z, t));
        ip.setRoi(roi);
        return ImageStatistics.getStatistics(ip, Measurements.MEAN, null).mean;
    }

    private static double mean(ImagePlus image, int x, int y, int z) {
        double sum = 0;
        for (int t = 1; t <= image.getNFrames(); t++) {
            sum += image.getStack().getProcessor(image.getStackIndex(1, z, t)).getf(x, y);
        }
        return sum / image.getNFrames();
    }

    private static double max(ImagePlus image, int x, int y, int z) {
        double max = Double.NEGATIVE_INFINITY;
        for (int t = 1; t <= image.getNFrames(); t++) {
            max = Math.max(max, image.getStack().getProcessor(image.getStackIndex(1, z, t)).getf(x, y));
        }
        return max;
    }
}
