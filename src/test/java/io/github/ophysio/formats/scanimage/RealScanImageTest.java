package io.github.ophysio.formats.scanimage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.ophysio.formats.FormatRegistry;
import io.github.ophysio.formats.OpenOptions;
import io.github.ophysio.io.tiff.TiffFile;
import io.github.ophysio.model.ImagingExtractor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The ScanImage files of {@code ../shared/fixtures/real/tiff/scanimage}, read in place, against the values
 * its README states (read with tifffile; roiextractors agrees). Skipped when the folder is absent.
 */
class RealScanImageTest {

    private static final FormatRegistry REGISTRY = FormatRegistry.load();
    private static final String LEGACY = "sample_scanimage_version_3_8/sample_scanimage_version_3_8.tiff";
    private static final String VOLUME = "volumetric_single_channel_multi_file";

    static Path path(String name) {
        String shared = System.getProperty("ophys.shared", "../shared");
        Path file = Path.of(shared, "fixtures", "real", "tiff", "scanimage").resolve(name).toAbsolutePath().normalize();
        assumeTrue(Files.exists(file), "real ScanImage file not available (read in place from ../shared): " + file);
        return file;
    }

    private static ImagingExtractor open(Path p, Map<String, String> options) {
        assertEquals("scanimage", REGISTRY.readerFor(p, OpenOptions.none()).id());
        return REGISTRY.openImaging(p, OpenOptions.of(options));
    }

    @Test
    void scanImage38() {
        ImagingExtractor x = open(path(LEGACY), Map.of());
        assertEquals(10, x.getNumSamples());
        assertArrayEquals(new int[] {256, 256}, x.getImageShape());
        assertEquals("uint16", x.getPixelType().numpyName());
        assertEquals(3.90625, x.getSamplingFrequency().getAsDouble());
        assertFalse(x.hasNativeTimestamps());
        assertEquals(2 / 3.90625, x.getTimestamps(2, 3)[0], 1e-12);
        assertEquals(List.of("Channel 1"), REGISTRY.byId("scanimage").channelNames(path(LEGACY), OpenOptions.none()));
        short[] frame0 = (short[]) x.getPlane(0, 0);
        assertArrayEquals(new short[] {14, 16, 15, 17}, java.util.Arrays.copyOf(frame0, 4));
        assertEquals(13, frame0[255 * 256 + 1]);
        double sum = 0;
        for (short v : frame0) {
            sum += v & 0xffff;
        }
        assertEquals(16.26, sum / frame0.length, 0.005);
    }

    @Test
    void fastZVolumeInTenFiles() {
        ImagingExtractor x = open(path(VOLUME + "/vol_one_ch_multi_files_00001_00001.tif"), Map.of());
        assertEquals(100, x.getNumSamples());
        assertArrayEquals(new int[] {20, 20}, x.getImageShape());
        assertEquals(9, x.getNumPlanes());
        assertEquals("int16", x.getPixelType().numpyName());
        assertEquals(32.7454, x.getSamplingFrequency().getAsDouble());
        assertEquals("Channel 1", x.getChannelName());
        assertTrue(x.hasNativeTimestamps());
        assertArrayEquals(new double[] {0.015267965, 0.045803895, 0.076339795, 0.106875725, 0.137411655},
                x.getTimestamps(0, 5), 1e-12);
        short[] values = new short[4];
        for (int z = 0; z < 4; z++) {
            values[z] = ((short[]) x.getPlane(0, z))[0];
        }
        assertArrayEquals(new short[] {45, 1, 11, -2}, values);
        assertArrayEquals(new short[] {0, 6, -9, -1}, java.util.Arrays.copyOf((short[]) x.getPlane(0, 4), 4));
        assertEquals(6, ((short[]) x.getPlane(10, 0))[0]);
        assertArrayEquals(new double[] {0.84375, 0.84375}, x.getPixelSize(), 1e-12);
    }

    @Test
    void aPlaneOfTheVolumeHasItsOwnTimes() {
        ImagingExtractor x = open(path(VOLUME), Map.of("plane", "4"));
        assertEquals(100, x.getNumSamples());
        assertEquals(1, x.getNumPlanes());
        assertArrayEquals(new double[] {0.007633985, 0.038169915}, x.getTimestamps(0, 2), 1e-12);
        assertArrayEquals(new short[] {0, 6, -9, -1}, java.util.Arrays.copyOf((short[]) x.getPlane(0, 0), 4));
    }

    @Test
    void pagesAreFoundByTheirStride() {
        TiffFile t = TiffFile.open(path(VOLUME + "/vol_one_ch_multi_files_00001_00002.tif"));
        assertTrue(t.isRegular());
        assertEquals(160, t.pageCount());
    }
}
