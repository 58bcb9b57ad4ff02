package io.github.ophysio.formats.isxd;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.ophysio.cli.OphysCli;
import io.github.ophysio.error.UnsupportedFormatException;
import io.github.ophysio.formats.DataKind;
import io.github.ophysio.formats.FormatRegistry;
import io.github.ophysio.formats.OpenOptions;
import io.github.ophysio.model.ImagingExtractor;
import io.github.ophysio.model.NdArray;
import io.github.ophysio.model.PixelType;
import io.github.ophysio.model.SampleShape;
import io.github.ophysio.testing.Fixtures;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The values ../shared/fixtures/real/README.md gives for the files Inscopix's own software wrote. */
class RealIsxdTest {

    private final FormatRegistry registry = FormatRegistry.load();

    @Test
    void movieU8IsFiveFramesOfThreeRowsAndFourColumnsAt20Hz() {
        Path path = RealIsxd.path(RealIsxd.MOVIE_U8);
        assertEquals("isxd", registry.readerFor(path, OpenOptions.none()).id());
        ImagingExtractor x = registry.openImaging(path, OpenOptions.none());
        assertEquals(5, x.getNumSamples());
        assertEquals(SampleShape.of(3, 4), x.getSampleShape());
        assertEquals(PixelType.UINT8, x.getPixelType());
        assertEquals(20.0, x.getSamplingFrequency().getAsDouble());
        assertArrayEquals(new double[] {3, 3}, x.getPixelSize());
        NdArray all = x.getSeries(0, 5);
        for (int t = 0; t < 5; t++) {
            for (int i = 0; i < 12; i++) {
                assertEquals(i, all.getDouble(t, i / 4, i % 4), "t=" + t + " pixel " + i);
            }
        }
    }

    @Test
    void moviePart3IsFloat32At10HzStartingAt62point3Seconds() {
        ImagingExtractor x = registry.openImaging(RealIsxd.path(RealIsxd.MOVIE_PART3), OpenOptions.none());
        assertEquals(34, x.getNumSamples());
        assertEquals(SampleShape.of(128, 128), x.getSampleShape());
        assertEquals(PixelType.FLOAT32, x.getPixelType());
        assertEquals(10.0, x.getSamplingFrequency().getAsDouble());
        assertEquals(62.3, (double) x.getMetadata().get("startTime"), 1e-12);
        assertEquals(0.0, x.getTimestamps(0, 1)[0], "timestamps i / fs from 0");
        float[] frame = (float[]) x.getPlane(0, 0);
        assertEquals(862.99414f, frame[0], 1e-4);
        double sum = 0;
        for (float v : frame) {
            sum += v;
        }
        assertEquals(928.05, sum / frame.length, 0.005);
    }

    @Test
    void multiplaneMovieIsAVolumeAtTheHeaderClockRateOverThree() {
        ImagingExtractor x = registry.openImaging(RealIsxd.path(RealIsxd.MULTIPLANE), OpenOptions.none());
        assertEquals(10, x.getNumSamples());
        assertEquals(new SampleShape(100, 160, 3), x.getSampleShape());
        assertEquals(PixelType.UINT16, x.getPixelType());
        Map<String, Object> metadata = x.getMetadata();
        assertEquals(7.002533951423663, (double) metadata.get("frameRate"));
        assertEquals(7.002533951423663 / 3, x.getSamplingFrequency().getAsDouble(), 1e-15);
        assertEquals(List.of("plane-1", "plane-2", "plane-3"), metadata.get("planes"));
        assertEquals(List.of(0, 500, 900), metadata.get("headerEfocus"));
        assertEquals(560273515867L, metadata.get("firstValidTsc"));
        assertEquals(560277657225L, metadata.get("lastValidTsc"));
        assertArrayEquals(new double[] {24, 24}, x.getPixelSize());
        short[] frame0 = (short[]) x.getPlane(0, 0);
        assertEquals(776, frame0[0] & 0xFFFF);
        long sum = 0;
        int min = Integer.MAX_VALUE;
        int max = 0;
        for (short v : frame0) {
            sum += v & 0xFFFF;
            min = Math.min(min, v & 0xFFFF);
            max = Math.max(max, v & 0xFFFF);
        }
        assertEquals(2412.96, (double) sum / frame0.length, 0.005);
        assertEquals(573, min);
        assertEquals(3678, max);
    }

    @Test
    void planeOptionPicksOnePlaneByIndexOrName() {
        Path path = RealIsxd.path(RealIsxd.MULTIPLANE);
        ImagingExtractor volume = registry.openImaging(path, OpenOptions.none());
        ImagingExtractor second = registry.openImaging(path, OpenOptions.none().with(OpenOptions.PLANE, "plane-2"));
        assertFalse(second.isVolumetric());
        assertEquals(10, second.getNumSamples());
        assertEquals(volume.getSamplingFrequency(), second.getSamplingFrequency());
        assertArrayEquals((short[]) volume.getPlane(4, 1), (short[]) second.getPlane(4, 0));
        ImagingExtractor byIndex = registry.openImaging(path, OpenOptions.none().with(OpenOptions.PLANE, "1"));
        assertArrayEquals((short[]) second.getPlane(9, 0), (short[]) byIndex.getPlane(9, 0));
    }

    @Test
    void cliInfoOfTheMultiplaneMovie() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String path = RealIsxd.path(RealIsxd.MULTIPLANE).toString();
        int code = OphysCli.run(new String[] {"info", path}, new PrintWriter(out, true), new PrintWriter(err, true));
        assertEquals(OphysCli.OK, code, err.toString());
        JsonObject info = JsonParser.parseString(out.toString()).getAsJsonObject();
        assertEquals("isxd", info.get("format").getAsString());
        assertEquals("[10,100,160,3]", info.get("shape").toString());
        assertEquals("uint16", info.get("dtype").getAsString());
        assertEquals(2.334178, info.get("samplingFrequency").getAsDouble(), 1e-6);
        assertFalse(info.get("nativeTimestamps").getAsBoolean());
        assertEquals(1 / 2.334178, info.getAsJsonArray("timestamps").get(1).getAsDouble(), 1e-6);
        StringWriter planeOut = new StringWriter();
        code = OphysCli.run(new String[] {"info", path, "--plane", "2"}, new PrintWriter(planeOut, true),
                new PrintWriter(err, true));
        assertEquals(OphysCli.OK, code, err.toString());
        assertEquals("[10,100,160]", JsonParser.parseString(planeOut.toString()).getAsJsonObject().get("shape").toString());
    }

    @Test
    void cellSetsAreRefusedAsSegmentations() {
        for (String name : List.of(RealIsxd.CELL_SET, RealIsxd.EMPTY_CELL_SET)) {
            Path path = RealIsxd.path(name);
            Fixtures.assertError(path, UnsupportedFormatException.class,
                    () -> registry.openImaging(path, OpenOptions.none()),
                    "unsupported: Inscopix cell set is a segmentation, open it with Ophys Segmentation");
        }
    }

    @Test
    void cellSetsAreSegmentationsAndMoviesAreRecordings() {
        Path path = RealIsxd.path(RealIsxd.CELL_SET);
        assertEquals(DataKind.SEGMENTATION, registry.readerFor(path, OpenOptions.none()).kind(path, OpenOptions.none()));
        Path movie = RealIsxd.path(RealIsxd.MOVIE_U8);
        assertEquals(DataKind.IMAGING, registry.readerFor(movie, OpenOptions.none()).kind(movie, OpenOptions.none()));
    }

    @Test
    void eventSetIsRefusedAsUnsupportedNotCorrupt() {
        Path path = RealIsxd.path(RealIsxd.EVENT_SET);
        Fixtures.assertError(path, UnsupportedFormatException.class,
                () -> registry.openImaging(path, OpenOptions.none()), "unsupported: Inscopix event set", "type 5");
        StringWriter err = new StringWriter();
        int code = OphysCli.run(new String[] {"info", path.toString()}, new PrintWriter(new StringWriter(), true),
                new PrintWriter(err, true));
        assertEquals(OphysCli.FILE_PROBLEM, code);
        assertTrue(err.toString().contains("unsupported: Inscopix event set"), err.toString());
    }
}
