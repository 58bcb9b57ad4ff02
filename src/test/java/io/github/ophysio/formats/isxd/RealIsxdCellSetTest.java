package io.github.ophysio.formats.isxd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.ophysio.cli.OphysCli;
import io.github.ophysio.formats.FormatRegistry;
import io.github.ophysio.formats.OpenOptions;
import io.github.ophysio.io.NpyHeader;
import io.github.ophysio.model.PixelMask;
import io.github.ophysio.model.SegmentationExtractor;
import io.github.ophysio.model.TraceKind;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cell sets Inscopix's software wrote, with the values ../shared/fixtures/real/README.md gives, in the model and the CLI. */
class RealIsxdCellSetTest {

    private static final List<Integer> STATUSES = List.of(0, 0, 2, 0, 1, 1, 0, 0, 0, 1, 1, 2, 1, 0, 0, 2, 1, 2, 0, 2);
    private static final String[] WORDS = {"accepted", "undecided", "rejected"};

    private final FormatRegistry registry = FormatRegistry.load();
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private SegmentationExtractor cellSet() {
        return registry.openSegmentation(RealIsxd.path(RealIsxd.CELL_SET), OpenOptions.none());
    }

    @Test
    void idsStatusesAndTimeBaseAreTheReadmes() {
        SegmentationExtractor x = cellSet();
        List<Object> ids = new ArrayList<>();
        List<Object> statuses = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            ids.add(String.format("C%02d", i));
            statuses.add(WORDS[STATUSES.get(i)]);
        }
        assertEquals(ids, x.getRoiIds());
        assertEquals(statuses, x.getProperty("cell_status").orElseThrow().values());
        assertEquals("#FFFFFFFF", x.getProperty("cell_color").orElseThrow().values().get(7));
        assertEquals(20000.0 / 2000, x.getSamplingFrequency().getAsDouble());
        assertEquals(0.1, x.getTimestamps(0, 2)[1], 1e-15);
        Map<String, Object> metadata = x.getMetadata();
        assertEquals("dF over F", metadata.get("traceUnits"));
        assertEquals(2047L, metadata.get("numTimes"));
        assertEquals(5L, metadata.get("fileVersion"));
        assertTrue(metadata.containsKey("cellMetrics") && metadata.containsKey("extraProperties"));
    }

    /** PCA-ICA footprints are dense: every pixel has a weight (positive and negative), all kept. */
    @Test
    void cellZeroPeaksAtRow11Col31AndItsTraceStartsAsTheReadmeSays() {
        SegmentationExtractor x = cellSet();
        PixelMask mask = x.getPixelMask(0);
        int peak = 0;
        for (int k = 1; k < mask.size(); k++) {
            peak = mask.weights()[k] > mask.weights()[peak] ? k : peak;
        }
        assertEquals(19.13, mask.weights()[peak], 0.005);
        assertEquals(11, mask.rows()[peak]);
        assertEquals(31, mask.cols()[peak]);
        assertEquals(52 * 50, mask.pixelCount());
        double[] trace = x.readTraces(TraceKind.RAW, 0, 3, new int[] {0}).values();
        assertEquals(126.17, trace[0], 0.005);
        assertEquals(160.14, trace[1], 0.005);
        assertEquals(185.55, trace[2], 0.005);
        assertEquals(trace[2], x.getTraces(TraceKind.RAW).get(2, 0), "(samples, rois), not transposed");
    }

    @Test
    void cliInfoSaysSegmentationWithTwentyRoisInA52By50Frame() {
        JsonObject info = info(RealIsxd.path(RealIsxd.CELL_SET));
        assertEquals("segmentation", info.get("kind").getAsString());
        assertEquals("isxd", info.get("format").getAsString());
        assertEquals(20, info.get("numRois").getAsInt());
        assertEquals("[52,50]", info.get("frameShape").toString());
        assertEquals(2047, info.get("numSamples").getAsInt());
        assertEquals(10.0, info.get("samplingFrequency").getAsDouble());
        assertEquals("{\"raw\":[2047,20]}", info.get("traces").toString());
        assertEquals("[\"cell_status\",\"cell_color\",\"cell_activity\"]", info.get("properties").toString());
        assertEquals("C00", info.getAsJsonArray("roiIds").get(0).getAsString());
    }

    @Test
    void cliInfoOfTheEmptyCellSetSaysItHasNoRois() {
        JsonObject info = info(RealIsxd.path(RealIsxd.EMPTY_CELL_SET));
        assertEquals("segmentation", info.get("kind").getAsString());
        assertEquals(0, info.get("numRois").getAsInt());
        assertEquals("[4,5]", info.get("frameShape").toString());
        assertEquals(7, info.get("numSamples").getAsInt());
        assertEquals(40.0, info.get("samplingFrequency").getAsDouble());
        assertTrue(info.getAsJsonObject("metadata").get("emptyCellSet").getAsBoolean());
        assertEquals(0, info.getAsJsonObject("metadata").get("numCells").getAsInt());
    }

    @Test
    void cliRoisListsTwentyCellsWithTheirStatus(@TempDir Path dir) throws Exception {
        Path json = dir.resolve("rois.json");
        assertEquals(OphysCli.OK, run("rois", RealIsxd.path(RealIsxd.CELL_SET).toString(), json.toString()), err.toString());
        JsonArray rois = JsonParser.parseString(Files.readString(json)).getAsJsonObject().getAsJsonArray("rois");
        assertEquals(20, rois.size());
        JsonObject third = rois.get(2).getAsJsonObject();
        assertEquals("C02", third.get("id").getAsString());
        assertEquals("rejected", third.getAsJsonObject("properties").get("cell_status").getAsString());
        assertEquals(2600, third.get("pixels").getAsInt());
        assertEquals("[0,0,52,50]", third.get("bbox").toString());
    }

    @Test
    void cliTracesAreFloat64SamplesByRois(@TempDir Path dir) throws Exception {
        Path npy = dir.resolve("raw.npy");
        assertEquals(OphysCli.OK, run("traces", RealIsxd.path(RealIsxd.CELL_SET).toString(), npy.toString(),
                "--name", "raw"), err.toString());
        NpyHeader header = NpyHeader.read(npy);
        assertEquals("<f8", header.descr());
        assertEquals("(2047, 20)", header.shapeText());
        ByteBuffer data = ByteBuffer.wrap(Files.readAllBytes(npy)).order(ByteOrder.LITTLE_ENDIAN);
        int at = (int) header.dataOffset();
        assertEquals(126.17, data.getDouble(at), 0.005);
        assertEquals(160.14, data.getDouble(at + 20 * 8), 0.005, "row 1 = sample 1 of every cell");
        assertEquals(OphysCli.FILE_PROBLEM, run("traces", RealIsxd.path(RealIsxd.CELL_SET).toString(),
                dir.resolve("dff.npy").toString(), "--name", "dff"));
        assertTrue(err.toString().contains("no dff traces"), err.toString());
    }

    @Test
    void cliTracesOfTheEmptyCellSetHaveNoColumns(@TempDir Path dir) throws Exception {
        Path npy = dir.resolve("raw.npy");
        assertEquals(OphysCli.OK, run("traces", RealIsxd.path(RealIsxd.EMPTY_CELL_SET).toString(), npy.toString()),
                err.toString());
        assertEquals("(7, 0)", NpyHeader.read(npy).shapeText());
        assertNull(cellSetMetadata(RealIsxd.EMPTY_CELL_SET).get("cellMetrics"));
    }

    private Map<String, Object> cellSetMetadata(String name) {
        return registry.openSegmentation(RealIsxd.path(name), OpenOptions.none()).getMetadata();
    }

    private JsonObject info(Path path) {
        assertEquals(OphysCli.OK, run("info", path.toString()), err.toString());
        return JsonParser.parseString(out.toString()).getAsJsonObject();
    }

    private int run(String... args) {
        return OphysCli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }
}
