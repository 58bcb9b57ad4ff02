package io.github.ophysio.formats.nwb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.ophysio.cli.OphysCli;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.DoubleBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** cli.md's info, rois and traces on NWB segmentations. */
class NwbSegmentationCliTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return OphysCli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void infoDescribesTheSegmentation() {
        Path file = NwbSegmentationFixtures.path("image_masks.nwb");
        assertEquals(OphysCli.OK, run("info", file.toString()), err.toString());
        JsonObject info = JsonParser.parseString(out.toString()).getAsJsonObject();
        assertEquals("segmentation", info.get("kind").getAsString());
        assertEquals("nwb", info.get("format").getAsString());
        assertEquals("[3,7,12,20]", info.get("roiIds").toString());
        assertEquals("[7,9]", info.get("frameShape").toString());
        assertEquals("[10,4]", info.getAsJsonObject("traces").get("dff").toString());
        assertEquals("[7,9]", info.getAsJsonObject("images").get("mean").toString());
        assertTrue(info.get("properties").toString().contains("neighbours"));
    }

    @Test
    void infoOnTheRealFileIsItsSegmentationUnlessAnImageIsNamed() {
        Path file = NwbSegmentationFixtures.realFile();
        assumeTrue(Files.isRegularFile(file), "../shared real fixtures are not present (set -Dophys.shared=)");
        assertEquals(OphysCli.OK, run("info", file.toString()), err.toString());
        JsonObject info = JsonParser.parseString(out.toString()).getAsJsonObject();
        assertEquals(15, info.get("numRois").getAsInt());
        assertEquals("[250,15]", info.getAsJsonObject("traces").get("deconvolved").toString());
        assertEquals("[128,128]", info.getAsJsonObject("images").get("correlation").toString());
        out.getBuffer().setLength(0);
        assertEquals(OphysCli.OK, run("info", file.toString(), "--dataset", "mean"), err.toString());
        assertEquals("imaging", JsonParser.parseString(out.toString()).getAsJsonObject().get("kind").getAsString());
    }

    @Test
    void infoOnTwoPlanesNeedsPlane() {
        Path file = NwbSegmentationFixtures.path("two_planes.nwb");
        assertEquals(OphysCli.USAGE, run("info", file.toString()));
        assertTrue(err.toString().contains("PlaneSegmentation2"), err.toString());
        assertEquals(OphysCli.OK, run("info", file.toString(), "--plane", "PlaneSegmentation2"), err.toString());
        assertEquals(2, JsonParser.parseString(out.toString()).getAsJsonObject().get("numRois").getAsInt());
    }

    @Test
    void roisOfAFileThatAlsoHoldsAMovie(@TempDir Path dir) throws IOException {
        Path json = dir.resolve("rois.json");
        assertEquals(OphysCli.OK, run("rois", NwbSegmentationFixtures.path("pixel_masks.nwb").toString(),
                json.toString()), err.toString());
        JsonArray rois = JsonParser.parseString(Files.readString(json)).getAsJsonObject().getAsJsonArray("rois");
        assertEquals(4, rois.size());
        JsonObject third = rois.get(2).getAsJsonObject();
        assertEquals(12, third.get("id").getAsInt());
        assertEquals(7, third.get("pixels").getAsInt());
        assertEquals("[3,0,7,4]", third.get("bbox").toString());
    }

    @Test
    void tracesWritesSamplesByRoisWithNaNOutsideTheRegion(@TempDir Path dir) throws IOException {
        Path npy = dir.resolve("dff.npy");
        assertEquals(OphysCli.OK, run("traces", NwbSegmentationFixtures.path("image_masks.nwb").toString(),
                npy.toString(), "--name", "dff"), err.toString());
        double[] values = float64Npy(npy, "(10, 4)");
        assertEquals(NwbSegmentationFixtures.trace("dff", 9, 3), values[9 * 4 + 3]);
        assertTrue(Double.isNaN(values[4 + 1]), "id 7 has no dff");
        assertEquals(OphysCli.FILE_PROBLEM, run("traces", NwbSegmentationFixtures.path("image_masks.nwb").toString(),
                dir.resolve("x.npy").toString(), "--name", "baseline"));
    }

    /** The values of a little-endian float64 .npy (format 1.0) whose header states {@code shape}. */
    private static double[] float64Npy(Path npy, String shape) throws IOException {
        ByteBuffer bytes = ByteBuffer.wrap(Files.readAllBytes(npy)).order(ByteOrder.LITTLE_ENDIAN);
        int headerLength = bytes.getShort(8);
        String header = new String(bytes.array(), 10, headerLength, StandardCharsets.US_ASCII);
        assertTrue(header.contains("'<f8'") && header.contains("'shape': " + shape), header);
        DoubleBuffer values = bytes.position(10 + headerLength).slice().order(ByteOrder.LITTLE_ENDIAN).asDoubleBuffer();
        double[] out = new double[values.remaining()];
        values.get(out);
        return out;
    }
}
