package io.github.ophysio.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Batch jobs as users run them: {@code ImageJ -batch macro.ijm} in a separate JVM, with the plugin
 * installed as the README says. Values come from the fixtures' coding (scripts/fixtures): Suite2p
 * trace = plane * 1000 + roi index * 50 + t + 0.5 (ids are the indices); plane0 has 6 ROIs, plane1 3; 7.5 Hz.
 */
class BatchJobIT {

    private static final Path FIXTURES = Path.of("src", "test", "resources", "fixtures").toAbsolutePath();
    private static final String SUITE2P = FIXTURES.resolve("suite2p/suite2p").toString();

    @TempDir
    Path home;

    private ImageJInstall imageJ;

    @BeforeEach
    void install() throws Exception {
        imageJ = ImageJInstall.in(home);
    }

    @Test
    void aBatchJobSeesTheSegmentationsRoisTablesAndPlots() throws Exception {
        ImageJInstall.Result result = imageJ.batch("""
                setBatchMode(true);
                run("Ophys Segmentation...", "path=[%s] plane=plane0");
                print("count=" + roiManager("count"));
                roiManager("select", 1);
                print("selected=" + Roi.getName);
                print("value=" + Table.get("1", 2, "Ophys raw traces"));
                print("time=" + Table.get("time_s", 3, "Ophys raw traces"));
                roiManager("select", newArray(0, 2));
                run("Plot Traces", "kind=raw");
                Plot.getValues(x, y);
                print("plotted=" + y[2] + " at " + x[2]);
                print("title=" + getTitle());
                print("done=yes");
                """.formatted(SUITE2P));
        assertEquals("6", result.value("count"), result.output());
        assertEquals("1", result.value("selected"));
        assertEquals(52.5, Double.parseDouble(result.value("value")), 1e-6, "ROI 1 is index 1: 50 + 2 + 0.5");
        assertEquals(0.4, Double.parseDouble(result.value("time")), 1e-4, "3 / 7.5 Hz");
        assertEquals("2.5 at 0.2667", result.value("plotted"), "ROI 0 at t = 2");
        assertEquals("raw traces: 0, 2", result.value("title"));
        assertEquals("yes", result.value("done"));
    }

    @Test
    void aSecondLoadReplacesTheFirstByDefault() throws Exception {
        ImageJInstall.Result result = imageJ.batch("""
                setBatchMode(true);
                run("Ophys Segmentation...", "path=[%1$s] plane=plane0");
                run("Ophys Segmentation...", "path=[%1$s] plane=plane1");
                print("count=" + roiManager("count"));
                roiManager("select", 0);
                print("first=" + Roi.getName);
                print("value=" + Table.get("0", 2, "Ophys raw traces"));
                print("headings=" + Table.headings("Ophys raw traces"));
                """.formatted(SUITE2P));
        assertEquals("3", result.value("count"), result.output());
        assertEquals("0", result.value("first"));
        assertEquals(1002.5, Double.parseDouble(result.value("value")), 1e-6, "plane1's ROI 0, not plane0's");
        assertEquals("time_s\t0\t1\t2", result.value("headings"), "plane0's columns 3-5 are gone with its table");
    }

    @Test
    void appendKeepsBothWithNamesAndTablesThatSayWhose() throws Exception {
        ImageJInstall.Result result = imageJ.batch("""
                setBatchMode(true);
                run("Ophys Segmentation...", "path=[%1$s] plane=plane0");
                run("Ophys Segmentation...", "path=[%1$s] plane=plane1 append=true");
                print("count=" + roiManager("count"));
                roiManager("select", 6);
                print("seventh=" + Roi.getName);
                print("plane1=" + Table.get("plane1/0", 2, "Ophys raw traces (plane1)"));
                print("plane0=" + Table.get("1", 2, "Ophys raw traces"));
                roiManager("select", newArray(1, 6));
                run("Plot Traces", "kind=raw");
                Plot.getValues(x, y);
                print("plotted=" + y[2]);
                """.formatted(SUITE2P));
        assertEquals("9", result.value("count"), result.output());
        assertEquals("plane1/0", result.value("seventh"));
        assertEquals(1002.5, Double.parseDouble(result.value("plane1")), 1e-6);
        assertEquals(52.5, Double.parseDouble(result.value("plane0")), 1e-6);
        assertEquals(52.5, Double.parseDouble(result.value("plotted")), 1e-6, "the first selected: plane0's ROI 1");
    }

    @Test
    void planeOfAMultiplaneRecordingWorksFromAMacro() throws Exception {
        String file = FIXTURES.resolve("isxd/multiplane_u16_hf_13x5x7x3.isxd").toString();
        ImageJInstall.Result result = imageJ.batch("""
                setBatchMode(true);
                run("Ophys Recording...", "path=[%1$s]");
                Stack.getDimensions(w, h, c, z, t);
                print("volume=" + z + "x" + t);
                close();
                run("Ophys Recording...", "path=[%1$s] plane=1");
                Stack.getDimensions(w, h, c, z, t);
                print("plane=" + z + "x" + t);
                """.formatted(file));
        assertEquals("3x4", result.value("volume"), result.output());
        assertEquals("1x4", result.value("plane"), result.output());
    }

    @Test
    void errorsEndTheJobWithOneLineAndNoDialog() throws Exception {
        for (String options : List.of("path=[" + SUITE2P + "] plane=plane0 traces=[raw foo]", "path=[]",
                "path=[" + home.resolve("missing.hdf5") + "]")) {
            ImageJInstall.Result result = imageJ.batch("""
                    setBatchMode(true);
                    run("Ophys Segmentation...", "%s");
                    print("after=yes");
                    """.formatted(options));
            List<String> lines = result.lines();
            assertEquals(1, lines.size(), options + ":\n" + result.output());
            assertTrue(lines.get(0).startsWith("Ophys Segmentation: "), lines.get(0));
            assertFalse(result.output().contains("after=yes"), "the macro is aborted");
        }
    }

    @Test
    void aCorruptFileEndsTheJobWithOneLogLine() throws Exception {
        Path source = FIXTURES.resolve("npy/uint16_le_c_v10_5x7x9x3.npy");
        byte[] bytes = Files.readAllBytes(source);
        Path cut = Files.write(home.resolve("cut.npy"), java.util.Arrays.copyOf(bytes, bytes.length / 2));
        ImageJInstall.Result result = imageJ.batch("setBatchMode(true);\nrun(\"Ophys Recording...\", \"path=[" + cut
                + "]\");\nprint(\"after=yes\");\n");
        assertEquals(1, result.lines().size(), result.output());
        assertTrue(result.output().startsWith("Ophys Recording: " + cut + ": corrupt: "), result.output());
    }

    @Test
    void theErrorNamesWhatIsWrong() throws Exception {
        assertTrue(oneLine("path=[" + SUITE2P + "] plane=plane0 traces=[raw foo]").contains("not foo"));
        assertTrue(oneLine("path=[]").contains("no file was chosen"));
    }

    private String oneLine(String options) throws Exception {
        return imageJ.batch("setBatchMode(true);\nrun(\"Ophys Segmentation...\", \"" + options + "\");\n").lines()
                .get(0);
    }

    @Test
    void withoutTheLibrariesTheCommandSaysWhichJarIsMissing() throws Exception {
        Path bare = Files.createDirectory(home.resolve("bare"));
        ImageJInstall pluginOnly = ImageJInstall.in(bare, file -> !file.startsWith("jars"));
        ImageJInstall.Result result = pluginOnly.batch("""
                run("Ophys Recording...", "path=[%s]");
                print("after=yes");
                """.formatted(FIXTURES.resolve("npy/uint16_le_c_v10_5x7x9x3.npy")));
        assertEquals(1, result.lines().size(), result.output());
        assertTrue(result.output().contains("library aircompressor is missing: copy aircompressor-*.jar"),
                result.output());
        ImageJInstall partial = ImageJInstall.in(Files.createDirectory(home.resolve("partial")),
                file -> !file.getFileName().toString().startsWith("jhdf"));
        assertTrue(partial.batch("run(\"Ophys Segmentation...\", \"path=[" + SUITE2P + "]\");").output()
                .contains("library jhdf is missing"));
    }
}
