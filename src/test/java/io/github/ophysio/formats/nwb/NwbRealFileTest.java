package io.github.ophysio.formats.nwb;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.ophysio.error.UnsupportedFormatException;
import io.github.ophysio.formats.FormatRegistry;
import io.github.ophysio.formats.OpenOptions;
import io.github.ophysio.model.ImagingExtractor;
import io.github.ophysio.model.PixelType;
import io.github.ophysio.testing.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The real nwb_test.nwb (NWB 2.2.5, pynwb-written, segmentation only) from ../shared; skipped when absent. */
class NwbRealFileTest {

    private static final Path FILE = Path.of("..", "shared", "fixtures", "real", "nwb", "ophys_testing_nwb_test",
            "nwb_test.nwb");

    private final FormatRegistry registry = FormatRegistry.load();

    @BeforeEach
    void needsTheRealFile() {
        assumeTrue(Files.isRegularFile(FILE), "../shared real fixtures are not present");
    }

    @Test
    void isNwbAndHasNoImagingSeries() {
        assertEquals("nwb", registry.readerFor(FILE, OpenOptions.none()).id());
        Fixtures.assertError(FILE, UnsupportedFormatException.class,
                () -> registry.openImaging(FILE, OpenOptions.none()), "no imaging series", "SegmentationImages/mean");
    }

    @Test
    void summaryImagesOpenByNameAsOneFrame() {
        ImagingExtractor mean = registry.openImaging(FILE, OpenOptions.of(Map.of(OpenOptions.DATASET, "mean")));
        assertEquals(1, mean.getNumSamples());
        assertArrayEquals(new int[] {128, 128}, mean.getImageShape());
        assertEquals(PixelType.FLOAT64, mean.getPixelType());
        assertTrue(mean.getSamplingFrequency().isEmpty());
        assertEquals("2.2.5", mean.getMetadata().get("nwbVersion"));
        double[] plane = (double[]) mean.getPlane(0, 0);
        assertTrue(java.util.Arrays.stream(plane).anyMatch(v -> v != 0), "the mean image is not blank");
    }
}
