package io.github.ophysio.fiji.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ophysio.fiji.roi.LoadedFootprints;
import io.github.ophysio.fiji.roi.OutlineRule;
import io.github.ophysio.fiji.roi.SegmentationRois;
import io.github.ophysio.fiji.stack.Progress;
import io.github.ophysio.model.TraceKind;
import io.github.ophysio.traces.ExtractedTraces;
import io.github.ophysio.traces.TraceOptions;
import ij.ImagePlus;
import ij.gui.Roi;
import ij.io.RoiDecoder;
import ij.io.RoiEncoder;
import ij.measure.Measurements;
import ij.process.ImageProcessor;
import ij.process.ImageStatistics;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Extract Traces over ROIs of a loaded weighted segmentation gives numpy's {@code Σ w·x / Σ w}
 * (make_trace_fixtures.py), through the ROI Manager's cloning and a RoiSet round trip; a moved ROI is
 * measured as drawn.
 */
class ExtractTracesWeightsTest {

    private static List<Roi> loadedRois() {
        return SegmentationRois.build(TraceFixtureImages.footprints(), OutlineRule.DEFAULT, Progress.NONE);
    }

    /** As the ROI Manager keeps them (clones), renamed, then saved and read back as a RoiSet.zip does. */
    private static List<Roi> managedAndSaved(List<Roi> rois) {
        List<Roi> out = new ArrayList<>();
        for (Roi roi : rois) {
            Roi clone = (Roi) roi.clone();
            clone.setName("cell " + roi.getName());
            out.add(RoiDecoder.openFromByteArray(RoiEncoder.saveAsByteArray(clone)));
        }
        return out;
    }

    @Test
    void loadedRoisAreMeasuredWithTheirWeightsOnTheirPlane() throws Exception {
        double[][] expected = TraceFixtureImages.expected("raw");
        List<Roi> rois = managedAndSaved(loadedRois());
        assertEquals(8, rois.size(), "the empty footprint makes no ROI");
        try (ExtractedTraces traces = ExtractTracesPlugIn.extract(TraceFixtureImages.hyperstack(), rois,
                TraceOptions.rawOnly())) {
            assertEquals("cell 0", traces.names().get(0));
            for (int j = 0; j < rois.size(); j++) {
                int k = Integer.parseInt(rois.get(j).getProperty(LoadedFootprints.INDEX));
                for (int t = 0; t < expected.length; t++) {
                    assertEquals(expected[t][k], traces.read(TraceKind.RAW, t, t + 1, new int[] {j}).get(0, 0), 2e-3,
                            "ROI " + k + " frame " + t);
                }
            }
        }
    }

    @Test
    void aMovedRoiIsMeasuredAsDrawnAndAnUnknownLoadAsDrawn() {
        ImagePlus image = TraceFixtureImages.hyperstack();
        Roi moved = loadedRois().get(0);
        moved.setLocation(moved.getXBase() + 1, moved.getYBase());
        Roi forgotten = loadedRois().get(1);
        LoadedFootprints.forget(forgotten.getProperty(LoadedFootprints.LOAD));
        try (ExtractedTraces traces = ExtractTracesPlugIn.extract(image, List.of(moved, forgotten),
                TraceOptions.rawOnly())) {
            for (int t = 0; t < 41; t += 10) {
                assertEquals(measure(image, moved, 1, t + 1), traces.read(TraceKind.RAW, t, t + 1, new int[] {0}).get(0, 0),
                        1e-3);
                assertEquals(measure(image, forgotten, 1, t + 1),
                        traces.read(TraceKind.RAW, t, t + 1, new int[] {1}).get(0, 0), 1e-3);
            }
        }
        assertTrue(LoadedFootprints.isEdited(moved));
    }

    private static double measure(ImagePlus image, Roi roi, int z, int t) {
        ImageProcessor ip = image.getStack().getProcessor(image.getStackIndex(1, z, t));
        ip.setRoi(roi);
        return ImageStatistics.getStatistics(ip, Measurements.MEAN, null).mean;
    }
}
