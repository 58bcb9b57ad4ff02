package io.github.ophysio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.ophysio.io.NpyHeader;
import io.github.ophysio.model.SyntheticSegmentation;
import io.github.ophysio.model.TraceKind;
import io.github.ophysio.testing.SyntheticSegmentationFormat;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code info}, {@code rois} and {@code traces} of a segmentation, as cli.md fixes them. */
class SegmentationCliTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return OphysCli.run(args, new PrintWriter(out, true), new PrintWriter(err, true),
                SyntheticSegmentationFormat.registry());
    }

    @Test
    void infoDescribesTheSegmentation(@TempDir Path dir) throws Exception {
        assertEquals(0, run("info", SyntheticSegmentationFormat.file(dir).toString()), err.toString());
        JsonObject info = JsonParser.parseString(out.toString()).getAsJsonObject();
        assertEquals("segmentation", info.get("kind").getAsString());
        assertEquals("synthseg", info.get("format").getAsString());
        assertEquals(6, info.get("numRois").getAsInt());
        assertEquals("[10,11,12,13,14,15]", info.get("roiIds").toString());
        assertEquals("[20,24]", info.get("frameShape").toString());
        assertEquals(9, info.get("numSamples").getAsInt());
        assertEquals(10.0, info.get("samplingFrequency").getAsDouble());
        assertEquals("{\"raw\":[9,6],\"dff\":[9,6],\"deconvolved\":[9,6]}", info.get("traces").toString());
        assertEquals("{\"mean\":[20,24],\"correlation\":[20,24]}", info.get("images").toString());
        assertEquals("[\"is_accepted\",\"snr\"]", info.get("properties").toString());
        assertEquals(1, info.get("numBackground").getAsInt());
    }

    @Test
    void roisListsEveryRoi(@TempDir Path dir) throws Exception {
        Path json = dir.resolve("rois.json");
        assertEquals(0, run("rois", SyntheticSegmentationFormat.file(dir).toString(), json.toString()), err.toString());
        JsonArray rois = JsonParser.parseString(Files.readString(json)).getAsJsonObject().getAsJsonArray("rois");
        assertEquals(6, rois.size());
        JsonObject first = rois.get(0).getAsJsonObject();
        assertEquals(10, first.get("id").getAsInt());
        assertEquals(9, first.get("pixels").getAsInt());
        assertEquals("[1.0,1.0]", first.get("centroid").toString());
        assertEquals("[0,0,3,3]", first.get("bbox").toString());
        assertTrue(first.getAsJsonObject("properties").get("is_accepted").getAsBoolean());
        assertEquals("[6,2,8,11]", rois.get(1).getAsJsonObject().get("bbox").toString());
    }

    @Test
    void tracesAreFloat64SamplesByRois(@TempDir Path dir) throws Exception {
        Path npy = dir.resolve("dff.npy");
        assertEquals(0, run("traces", SyntheticSegmentationFormat.file(dir).toString(), npy.toString(), "--name", "dff"));
        NpyHeader header = NpyHeader.read(npy);
        assertEquals("<f8", header.descr());
        assertEquals("(9, 6)", header.shapeText());
        ByteBuffer data = ByteBuffer.wrap(Files.readAllBytes(npy)).order(ByteOrder.LITTLE_ENDIAN);
        double value = data.getDouble((int) header.dataOffset() + (4 * 6 + 3) * 8);
        assertEquals(SyntheticSegmentation.expectedTrace(TraceKind.DFF, 4, 3), value);
    }

    @Test
    void aMissingTraceKindIsExitThree(@TempDir Path dir) throws Exception {
        Path file = SyntheticSegmentationFormat.file(dir);
        assertEquals(3, run("traces", file.toString(), dir.resolve("n.npy").toString(), "--name", "neuropil"));
        assertTrue(err.toString().startsWith(file + ": missing: no neuropil traces"), err.toString());
        assertEquals(2, run("traces", file.toString(), dir.resolve("n.npy").toString(), "--name", "spikes"));
    }

    @Test
    void roisOfARecordingIsUnsupported() {
        assertEquals(3, run("rois", "src/test/resources/fixtures/npy/uint16_le_c_v10_5x7x9.npy", "/tmp/never.json"));
        assertTrue(err.toString().contains("unsupported") && err.toString().contains("Ophys Recording"), err.toString());
    }
}
