package io.github.ophysio.formats.nwb;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.ophysio.formats.FormatRegistry;
import io.github.ophysio.formats.OpenOptions;
import io.github.ophysio.model.PixelMask;
import io.github.ophysio.model.SegmentationExtractor;
import io.github.ophysio.testing.Fixtures;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The coding of scripts/fixtures/make_nwb_segmentation_fixtures.py: 4 ROIs (ids 3, 7, 12, 20) on a
 * 7 x 9 frame, weight(k, r, c) = k + 1 + r/8 + c/128, trace(kind m, t, k) = 1000 m + 10 t + k/4; and
 * the real nwb_test.nwb from ../shared.
 */
final class NwbSegmentationFixtures {

    static final String FOLDER = "nwb/segmentation";
    static final int ROWS = 7;
    static final int COLS = 9;
    static final int SAMPLES = 10;
    static final List<Object> IDS = List.of(3, 7, 12, 20);
    /** Inclusive-exclusive bounds and pixel counts of the four drawings, in matrix order. */
    static final int[][] BBOX = {{0, 0, 2, 3}, {2, 6, 5, 9}, {3, 0, 7, 4}, {6, 8, 7, 9}};
    static final int[] PIXELS = {6, 9, 7, 1};
    /** Kind codes m of the trace coding. */
    static final Map<String, Integer> KINDS = Map.of("raw", 1, "dff", 2, "neuropil", 3, "deconvolved", 4,
            "denoised", 5, "baseline", 6);

    private static final FormatRegistry REGISTRY = FormatRegistry.load();

    private NwbSegmentationFixtures() {
    }

    static Path path(String name) {
        return Fixtures.path(FOLDER, name);
    }

    static SegmentationExtractor open(String name, Map<String, String> options) {
        return REGISTRY.openSegmentation(path(name), OpenOptions.of(options));
    }

    static float weight(int k, int r, int c) {
        return (float) (k + 1 + r / 8.0 + c / 128.0);
    }

    static float trace(String kind, int t, int k) {
        return (float) (1000 * KINDS.get(kind) + 10 * t + k / 4.0);
    }

    /** ROI i of {@code x} is drawing {@code drawings[i]}: its bounds, pixel count and every weight. */
    static void assertDrawings(SegmentationExtractor x, int... drawings) {
        assertArrayEquals(new int[] {ROWS, COLS}, x.getFrameShape());
        for (int i = 0; i < drawings.length; i++) {
            int k = drawings[i];
            PixelMask mask = x.getPixelMask(i);
            assertArrayEquals(BBOX[k], mask.bbox(), "bbox of ROI " + i);
            assertEquals(PIXELS[k], mask.pixelCount(), "pixels of ROI " + i);
            for (int p = 0; p < mask.size(); p++) {
                assertEquals(weight(k, mask.rows()[p], mask.cols()[p]), mask.weights()[p], 1e-6,
                        "weight of ROI " + i + " at " + mask.rows()[p] + ", " + mask.cols()[p]);
            }
        }
    }

    /** The real file, read in place from ../shared (or -Dophys.shared=). */
    static Path realFile() {
        return Path.of(System.getProperty("ophys.shared", "../shared"), "fixtures", "real", "nwb",
                "ophys_testing_nwb_test", "nwb_test.nwb");
    }
}
