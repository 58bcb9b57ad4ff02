package io.github.ophysio.fiji.roi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.ophysio.fiji.stack.Progress;
import io.github.ophysio.formats.FormatRegistry;
import io.github.ophysio.formats.OpenOptions;
import io.github.ophysio.model.SegmentationExtractor;
import ij.gui.Roi;
import java.awt.Point;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 16 on the real CaImAn file (72 ROIs on 128 × 128, read in place from ../shared): outlined at
 * every non-zero pixel the median ROI covers 324 pixels and half the pixels sit in two ROIs or more.
 * By energy (CaImAn's {@code nrg} contours: Σ w², thr 0.9) the median is 165, as numpy computes it
 * ({@code np.cumsum(np.sort(w)[::-1] ** 2)} up to 0.9 of the total; 230 would be Σ w, not energy).
 */
class RealCaimanOutlinesTest {

    private static SegmentationExtractor real() {
        String shared = System.getProperty("ophys.shared", "../shared");
        Path file = Path.of(shared, "fixtures/real/caiman/ophys_testing_caiman_analysis/caiman_analysis.hdf5");
        assumeTrue(Files.isRegularFile(file), "real CaImAn file not available (read in place from ../shared): " + file);
        return FormatRegistry.load().openSegmentation(file, OpenOptions.none());
    }

    @Test
    void energyOutlinesAreTheCellsNotAMosaic() {
        SegmentationExtractor caiman = real();
        List<Roi> all = SegmentationRois.build(caiman, OutlineRule.of("all", ""), Progress.NONE);
        List<Roi> energy = SegmentationRois.build(caiman, OutlineRule.DEFAULT, Progress.NONE);
        assertEquals(324, median(all), 1, "every non-zero pixel (the real file: nnz 25527 over 72 ROIs)");
        double median = median(energy);
        assertEquals(165, median, 1, "numpy's nrg count on the same file");
        assertTrue(shared(energy) < shared(all) / 2, "overlap " + shared(energy) + " vs " + shared(all));
        assertEquals("strongest pixels holding 0.9 of the energy", energy.get(0).getProperty("outline"));
    }

    /** As numpy's median: the mean of the two middle values of an even count. */
    private static double median(List<Roi> rois) {
        int[] sizes = rois.stream().mapToInt(roi -> roi.getContainedPoints().length).sorted().toArray();
        return (sizes[(sizes.length - 1) / 2] + sizes[sizes.length / 2]) / 2.0;
    }

    /** Pixels inside two ROIs or more. */
    private static int shared(List<Roi> rois) {
        int[] covered = new int[128 * 128];
        for (Roi roi : rois) {
            for (Point p : roi.getContainedPoints()) {
                covered[p.y * 128 + p.x]++;
            }
        }
        return (int) Arrays.stream(covered).filter(n -> n > 1).count();
    }
}
