package io.github.ophysio.formats.caiman;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.ophysio.formats.SegmentationWriter;
import io.github.ophysio.model.PixelMask;
import io.github.ophysio.model.RoiProperty;
import io.github.ophysio.model.SegmentationExtractor;
import io.github.ophysio.model.StoredSegmentation;
import io.github.ophysio.model.TraceKind;
import io.github.ophysio.model.TraceSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a CaImAn file cannot hold faithfully with jhdf's writer is refused, and nothing is written. */
class CaimanWriterTest {

    private static final PixelMask PIXEL = new PixelMask(new int[] {1}, new int[] {2}, new float[] {0.5f});
    private static final PixelMask EMPTY = new PixelMask(new int[0], new int[0], new float[0]);

    private static SegmentationExtractor segmentation(int samples, PixelMask mask, String status) {
        return StoredSegmentation.builder("test").frame(new int[] {3, 4}).masks(List.of(mask)).samples(samples)
                .traces(TraceSource.inMemory(1, Map.of(TraceKind.RAW, new double[samples])))
                .properties(List.of(new RoiProperty("cell_status", "", List.of(status)))).build();
    }

    private static String refusal(SegmentationExtractor source, Path dir) {
        Path out = dir.resolve("cnm.hdf5");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SegmentationWriter.save("caiman", source, null, out));
        assertFalse(Files.exists(out) || Files.exists(dir.resolve("cnm.hdf5.partial")), "nothing written");
        return e.getMessage();
    }

    @Test
    void everyRoiRejectedIsRefused(@TempDir Path dir) {
        assertEquals("every ROI is rejected: CaImAn's idx_components would be empty, which cannot be written here"
                + " (jhdf writes no zero-length dataset); keep one ROI or write suite2p or npy",
                refusal(segmentation(3, PIXEL, "rejected"), dir));
    }

    @Test
    void noSamplesIsRefused(@TempDir Path dir) {
        assertEquals("no samples: CaImAn's traces C would be empty, which cannot be written here (jhdf writes no"
                + " zero-length dataset)", refusal(segmentation(0, PIXEL, "accepted"), dir));
    }

    @Test
    void noPixelsIsRefused(@TempDir Path dir) {
        assertEquals("every ROI has no pixels: CaImAn's footprints A would be empty",
                refusal(segmentation(2, EMPTY, "undecided"), dir));
    }
}
