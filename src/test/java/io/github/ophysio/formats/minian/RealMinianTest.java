package io.github.ophysio.formats.minian;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.ophysio.formats.FormatRegistry;
import io.github.ophysio.formats.OpenOptions;
import io.github.ophysio.model.PixelMask;
import io.github.ophysio.model.SegmentationExtractor;
import io.github.ophysio.model.SegmentationExtractorContractTest;
import io.github.ophysio.model.TraceKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * roiextractors' Minian fixture in {@code ../shared/fixtures/real/minian}, read in place (Blosc-LZ4 with
 * byte shuffle), with the values its README and numpy/zarr-python give: A (3, 608, 608) by
 * (unit_id, height, width), C/S/b0 (3, 100), C's frame coordinate 10, 12, … 208 dated by timeStamps.csv.
 */
class RealMinianTest extends SegmentationExtractorContractTest {

    static Path folder() {
        String shared = System.getProperty("ophys.shared", "../shared");
        Path dir = Path.of(shared, "fixtures", "real", "minian", "ophys_testing_data", "segmented_data_3units_100frames")
                .toAbsolutePath().normalize();
        assumeTrue(Files.isDirectory(dir), "real Minian folder not available (read in place from ../shared): " + dir);
        return dir;
    }

    @Override
    protected SegmentationExtractor extractor() {
        Path dir = folder();
        assertEquals("minian", FormatRegistry.load().readerFor(dir, OpenOptions.none()).id());
        return FormatRegistry.load().openSegmentation(dir, OpenOptions.none());
    }

    @Override
    protected void assertKnownValues(SegmentationExtractor x) {
        assertEquals(List.of(0, 1, 2), x.getRoiIds());
        assertArrayEquals(new int[] {608, 608}, x.getFrameShape());
        assertEquals(100, x.getNumSamples());
        assertEquals(List.of(TraceKind.DENOISED, TraceKind.DECONVOLVED, TraceKind.BASELINE), List.copyOf(x.getTraceKinds()));
        int[] pixels = {242, 221, 213};
        for (int k = 0; k < 3; k++) {
            PixelMask mask = x.getPixelMask(k);
            assertEquals(pixels[k], mask.pixelCount(), "pixels of unit " + k);
            assertEquals(1.0, mask.weightSum(), 1e-5, "A sums to 1 per unit");
        }
        assertEquals(0.00584761484592545f, x.getImageMask(0)[37 * 608 + 250]);
        assertEquals(641.9626662207761, x.getTrace(TraceKind.DENOISED, 2)[99]);
        assertEquals(96.97908351326899, x.getTrace(TraceKind.DECONVOLVED, 2)[96]);
        assertEquals(155.18532526539698, x.getTrace(TraceKind.BASELINE, 2)[99]);
        assertEquals(0.8984725953713809, x.readBackgroundTraces(99, 100, new int[] {0}).get(0, 0));
        assertEquals(5.771183236982505e-06f, x.getBackgroundMask(0).toImage(608, 608)[300 * 608 + 300]);
        assertEquals(102f, max(x.getImage(MinianOpener.IMAGE)));
        assertEquals(4f, x.getImage(MinianOpener.IMAGE)[0]);
        double[] times = x.getNativeTimestamps(0, 100);
        assertEquals(0.329, times[0], 1e-12);
        assertEquals(0.397, times[1], 1e-12);
        assertEquals(6.977, times[99], 1e-12);
        assertTrue(x.getSamplingFrequency().isEmpty(), "Miniscope times are not regular: no rate");
    }

    private static float max(float[] image) {
        float max = Float.NEGATIVE_INFINITY;
        for (float v : image) {
            max = Math.max(max, v);
        }
        return max;
    }
}
