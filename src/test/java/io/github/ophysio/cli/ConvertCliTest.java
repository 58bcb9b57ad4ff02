package io.github.ophysio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.ophysio.model.SegmentationExtractor;
import io.github.ophysio.model.SyntheticSegmentation;
import io.github.ophysio.model.TraceKind;
import io.github.ophysio.testing.SyntheticSegmentationFormat;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code convert} as cli.md fixes it, read back with numpy, h5py and scipy; its refusals. */
class ConvertCliTest {

    private static final Path PYTHON = Path.of("/usr/bin/python3");
    private static final Path READ_BACK = Path.of("src/test/resources/convert/read_back.py");
    private static final Path SUITE2P = Path.of("src/test/resources/fixtures/suite2p/suite2p/plane0");

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return OphysCli.run(args, new PrintWriter(out, true), new PrintWriter(err, true),
                SyntheticSegmentationFormat.registry());
    }

    /** The read-back script's JSON summary; skips when Debian's python with numpy, h5py, scipy is absent. */
    private static JsonObject readBack(String layout, Path written) throws IOException, InterruptedException {
        assumeTrue(Files.isExecutable(PYTHON), "Debian's /usr/bin/python3 with numpy, h5py and scipy is needed");
        Process p = new ProcessBuilder(PYTHON.toString(), READ_BACK.toString(), layout, written.toString())
                .redirectErrorStream(true).start();
        String said = new String(p.getInputStream().readAllBytes()).trim();
        int code = p.waitFor();
        assumeTrue(code == 0 || !said.contains("No module named"), "numpy, h5py and scipy are needed: " + said);
        assertEquals(0, code, said);
        return JsonParser.parseString(said.substring(said.lastIndexOf('\n') + 1)).getAsJsonObject();
    }

    @Test
    void suite2pFolderLoadsWithNumpyAsSuite2pWritesIt(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("s2p");
        assertEquals(0, run("convert", SyntheticSegmentationFormat.file(dir).toString(), target.toString(), "--to",
                "suite2p"), err.toString());
        JsonObject said = readBack("suite2p", target.resolve("plane0"));
        JsonObject stat = said.getAsJsonObject("stat");
        assertEquals("object [6] 2", stat.get("dtype").getAsString() + " " + stat.get("shape") + " "
                + stat.get("protocol"));
        assertEquals("{\"is_accepted\":\"bool\",\"lam\":\"float32\",\"med\":\"list\",\"npix\":\"int\","
                + "\"radius\":\"float\",\"snr\":\"float\",\"xpix\":\"int32\",\"ypix\":\"int32\"}", stat.get("types").toString());
        JsonObject ops = said.getAsJsonObject("ops");
        assertEquals("object [] 2", ops.get("dtype").getAsString() + " " + ops.get("shape") + " " + ops.get("protocol"));
        assertEquals("{\"Lx\":24,\"Ly\":20,\"fs\":10.0,\"nframes\":9}", ops.get("values").toString());
        assertEquals("[\"Lx\",\"Ly\",\"Vcorr\",\"fs\",\"meanImg\",\"nchannels\",\"nframes\",\"nplanes\",\"tau\","
                + "\"xrange\",\"yrange\"]", ops.get("keys").toString());
        assertEquals("[\"float32\",[20,24]]", ops.get("meanImg").toString());
        for (String traces : new String[] {"F", "Fneu", "spks"}) {
            assertEquals("{\"dtype\":\"float32\",\"shape\":[6,9]}", said.get(traces).toString(), traces);
        }
        JsonObject iscell = said.getAsJsonObject("iscell");
        assertEquals("float64 [6,2]", iscell.get("dtype").getAsString() + " " + iscell.get("shape"));
    }

    @Test
    void caimanFileLoadsAsCaimanWalksIt(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("cnm.hdf5");
        assertEquals(0, run("convert", SyntheticSegmentationFormat.file(dir).toString(), target.toString(), "--to",
                "caiman"), err.toString());
        JsonObject said = readBack("caiman", target);
        assertEquals("[\"dims\",\"estimates\",\"params\"]", said.get("root").toString());
        assertEquals("[\"A\",\"C\",\"Cn\",\"F_dff\",\"S\",\"SNR_comp\",\"YrA\",\"b\",\"dims\",\"f\",\"idx_components\","
                + "\"idx_components_bad\"]", said.get("estimates").toString());
        assertEquals("[\"float64\",[480,6],true]", said.get("A").toString());
        assertEquals("[\"float64\",[6,9]]", said.get("C").toString());
        assertEquals("[20,24]", said.get("dims").toString());
        assertEquals(10.0, said.get("fr").getAsDouble());
        assertEquals(SyntheticSegmentation.expectedTrace(TraceKind.RAW, 0, 0), said.get("raw00").getAsDouble(), 1e-6);
        SegmentationExtractor source = SyntheticSegmentation.standard();
        float[] mask = source.getImageMask(0);
        int heaviest = 0;
        for (int p = 0; p < mask.length; p++) {
            heaviest = mask[p] > mask[heaviest] ? p : heaviest;
        }
        int cols = source.getFrameShape()[1];
        assertEquals("[" + heaviest / cols + "," + heaviest % cols + "]", said.get("A0_argmax").toString());
    }

    @Test
    void npyFolderHoldsPlainArrays(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("arrays");
        assertEquals(0, run("convert", SyntheticSegmentationFormat.file(dir).toString(), target.toString(), "--to",
                "npy"), err.toString());
        JsonObject said = readBack("npy", target);
        assertEquals("[\"float32\",[6,20,24]]", said.get("footprints").toString());
        assertEquals("[\"float64\",[9,6]]", said.get("raw").toString());
        assertEquals("[10,11,12,13,14,15]", said.get("ids").toString());
    }

    @Test
    void aRealSuite2pFixtureConvertsToEveryLayout(@TempDir Path dir) throws Exception {
        for (String layout : new String[] {"suite2p", "caiman", "npy"}) {
            Path target = dir.resolve(layout.equals("caiman") ? "x.hdf5" : layout);
            assertEquals(0, run("convert", SUITE2P.toString(), target.toString(), "--to", layout), err.toString());
            assertTrue(Files.exists(target), layout);
        }
    }

    @Test
    void anExistingTargetIsRefusedAndKept(@TempDir Path dir) throws Exception {
        Path target = Files.createDirectory(dir.resolve("s2p"));
        assertEquals(2, run("convert", SyntheticSegmentationFormat.file(dir).toString(), target.toString(), "--to",
                "suite2p"));
        assertEquals("usage: " + target + " exists; choose a name that does not (nothing is overwritten)",
                err.toString().trim());
        assertEquals(0, listing(target));
    }

    @Test
    void aTargetInsideTheInputIsRefused(@TempDir Path dir) throws Exception {
        Path copy = Files.createDirectory(dir.resolve("plane0"));
        for (Path file : Files.list(SUITE2P).toList()) {
            Files.copy(file, copy.resolve(file.getFileName()));
        }
        Path target = copy.resolve("out");
        assertEquals(2, run("convert", copy.toString(), target.toString(), "--to", "npy"));
        assertEquals("usage: " + target + " lies in the input " + copy + "; write it elsewhere", err.toString().trim());
        assertFalse(Files.exists(target));
    }

    @Test
    void anUnknownLayoutIsAUsageError(@TempDir Path dir) throws Exception {
        assertEquals(2, run("convert", SyntheticSegmentationFormat.file(dir).toString(), dir.resolve("x").toString(),
                "--to", "nwb"));
        assertEquals("usage: no layout 'nwb' to write (layouts: caiman, npy, suite2p)", err.toString().trim());
    }

    @Test
    void aSegmentationWithoutRoisWritesNothing(@TempDir Path dir) throws Exception {
        Path empty = Path.of("src/test/resources/fixtures/isxd/cellsets/cellset_empty_9x3x6.isxd");
        assertEquals(2, run("convert", empty.toString(), dir.resolve("x").toString(), "--to", "npy"));
        assertEquals("usage: no ROIs to write in " + empty, err.toString().trim());
        assertEquals(0, listing(dir));
    }

    @Test
    void aFailedWriteLeavesNothing(@TempDir Path dir) throws Exception {
        Path source = SyntheticSegmentationFormat.file(dir);
        Path target = dir.resolve("cnm.hdf5");
        Files.createDirectory(dir.resolve("cnm.hdf5.partial"));
        assertEquals(2, run("convert", source.toString(), target.toString(), "--to", "caiman"));
        assertTrue(err.toString().trim().endsWith("cnm.hdf5.partial exists (left by an earlier write?); remove it first"),
                err.toString());
        assertFalse(Files.exists(target));
    }

    private static long listing(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> !f.getFileName().toString().endsWith(".synthseg")).count();
        }
    }
}
