package io.github.ophysio.formats.bruker;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.ophysio.error.CorruptFileException;
import io.github.ophysio.error.MissingFileException;
import io.github.ophysio.error.UnsupportedFormatException;
import io.github.ophysio.testing.Fixtures;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The PrairieView .xml read into a compact index, and the layouts made from it, on fixtures and the real folder. */
class BrukerXmlTest {

    /** neuroconv's stub of a PrairieView 5.6 T-series of Z-series (see ../shared/fixtures/real/README.md). */
    static final Path REAL = Path.of("..", "shared", "fixtures", "real", "tiff", "bruker",
            "NCCR32_2022_11_03_IntoTheVoid_t_series-005");

    private static BrukerScan scan(String folder) {
        return BrukerXml.read(BrukerPaths.requireXml(Fixtures.path("bruker", folder)));
    }

    @Test
    void planarTSeriesIsOneFramePerSampleWithEveryChannelsFile() {
        BrukerScan scan = scan("tseries_planar");
        assertEquals(List.of("Ch1", "Ch2"), scan.channelNames());
        assertArrayEquals(new int[] {1, 2}, scan.channelNumbers());
        assertEquals(List.of("TSeries Timed Element"), scan.sequenceTypes());
        assertEquals(5, scan.frames());
        assertEquals("tseries_planar_Cycle00001_Ch2_000003.ome.tif", scan.file(2, 1).getFileName().toString());
        assertEquals(0, scan.page(2, 1));
        assertArrayEquals(new double[] {0.5, 0.75}, scan.pixelSize());
        assertEquals(0.0329, scan.state().get("framePeriod"));
        BrukerLayout layout = BrukerLayout.of(scan, -1);
        assertEquals(5, layout.samples());
        assertEquals(1, layout.planes());
        assertArrayEquals(new double[] {0.0, 0.0331, 0.0662, 0.1, 0.1325}, layout.timestamps());
        assertEquals(1 / 0.0331, layout.samplingFrequency().getAsDouble(), 1e-9);
    }

    @Test
    void zSeriesCyclesAreVolumesAndAnIncompleteLastCycleIsDropped() {
        BrukerScan scan = scan("tseries_zseries");
        assertEquals(5, scan.cycles());
        BrukerLayout layout = BrukerLayout.of(scan, -1);
        assertEquals(4, layout.samples());
        assertEquals(3, layout.planes());
        assertEquals(2, layout.dropped());
        assertArrayEquals(new double[] {0.0, 0.15, 0.3, 0.45}, layout.timestamps(), 1e-12);
        assertEquals(1 / 0.15, layout.samplingFrequency().getAsDouble(), 1e-9);
        assertEquals(2, scan.page(layout.frame(1, 2), 0));
        BrukerLayout plane1 = BrukerLayout.of(scan, 1);
        assertEquals(1, plane1.planes());
        assertArrayEquals(new double[] {0.05, 0.2, 0.35, 0.5}, plane1.timestamps(), 1e-12);
        assertEquals(1 / 0.15, plane1.samplingFrequency().getAsDouble(), 1e-9);
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> BrukerLayout.of(scan, 3));
        assertTrue(error.getMessage().contains("planes: 0..2"), error.getMessage());
    }

    @Test
    void everyPathOfAnAcquisitionLeadsToItsXml() {
        Path folder = Fixtures.path("bruker", "tseries_planar");
        Path xml = folder.resolve("tseries_planar.xml").toAbsolutePath();
        assertEquals(Optional.of(xml), BrukerPaths.xmlOf(folder));
        assertEquals(Optional.of(xml), BrukerPaths.xmlOf(xml));
        assertEquals(Optional.of(xml), BrukerPaths.xmlOf(folder.resolve("tseries_planar_Cycle00001_Ch1_000001.ome.tif")));
        assertEquals(Optional.empty(), BrukerPaths.xmlOf(folder.resolve("x.tif")));
        assertEquals(Optional.of(BrukerXml.ROOT), io.github.ophysio.io.XmlFiles.rootElement(xml));
    }

    @Test
    void aListedFileThatIsMissingIsNamed() {
        Path folder = Fixtures.path("bruker/bad", "missing_file");
        BrukerScan scan = BrukerXml.read(BrukerPaths.requireXml(folder));
        Fixtures.assertError(scan.xml(), MissingFileException.class, () -> BrukerFiles.requireAll(scan),
                "missing_file_Cycle00001_Ch1_000002.ome.tif", "frame 2", "does not exist");
        BrukerFiles.requireAll(scan("tseries_zseries"));
    }

    @Test
    void badXmlFailsWithOneLineNamingTheProblem() {
        Path badTime = BrukerPaths.requireXml(Fixtures.path("bruker/bad", "bad_time"));
        Fixtures.assertError(badTime, CorruptFileException.class, () -> BrukerXml.read(badTime), "frame 2",
                "relativeTime", "soon");
        Path other = BrukerPaths.requireXml(Fixtures.path("bruker/bad", "other_root"));
        Fixtures.assertError(other, UnsupportedFormatException.class, () -> BrukerXml.read(other), "<Other>", "PVScan");
        Path cut = BrukerPaths.requireXml(Fixtures.path("bruker/bad", "truncated_xml"));
        Fixtures.assertError(cut, CorruptFileException.class, () -> BrukerXml.read(cut), "not well-formed");
        Path tif = Fixtures.path("bruker/bad", "no_xml").resolve("no_xml_Cycle00001_Ch1_000001.ome.tif");
        Fixtures.assertError(tif, MissingFileException.class, () -> BrukerPaths.requireXml(tif), "no_xml.xml");
    }

    /** 100 000 single-page files of two channels: the index holds names and pages in arrays, nothing is opened. */
    @Test
    void aHundredThousandFrameXmlIsIndexedInOnePass(@TempDir Path dir) throws IOException {
        Path folder = Files.createDirectory(dir.resolve("big"));
        int frames = 100_000;
        try (Writer out = Files.newBufferedWriter(folder.resolve("big.xml"))) {
            out.write("<?xml version=\"1.0\"?>\n<PVScan version=\"5.8\">\n<Sequence type=\"TSeries Timed Element\">\n");
            for (int f = 1; f <= frames; f++) {
                out.write("<Frame relativeTime=\"" + (f - 1) * 0.03 + "\" index=\"" + f + "\">");
                for (int c = 1; c <= 2; c++) {
                    out.write("<File channel=\"" + c + "\" channelName=\"Ch" + c + "\" filename=\"big_Cycle00001_Ch" + c
                            + String.format("_%06d.ome.tif", f) + "\" />");
                }
                out.write("</Frame>\n");
            }
            out.write("</Sequence>\n</PVScan>\n");
        }
        BrukerScan scan = BrukerXml.read(BrukerPaths.requireXml(folder));
        assertEquals(frames, scan.frames());
        assertEquals(2 * frames, scan.files().length);
        assertEquals("big_Cycle00001_Ch2_100000.ome.tif", scan.file(frames - 1, 1).getFileName().toString());
        BrukerLayout layout = BrukerLayout.of(scan, -1);
        assertEquals(frames, layout.samples());
        assertEquals((frames - 1) * 0.03, layout.timestamps()[frames - 1], 1e-9);
        Fixtures.assertError(scan.xml(), MissingFileException.class, () -> BrukerFiles.requireAll(scan),
                "big_Cycle00001_Ch1_000001.ome.tif", "199999 more listed files");
    }

    @Test
    void realTSeriesOfZSeriesHasTheReadmeFacts() {
        assumeTrue(Files.isDirectory(REAL), "../shared/fixtures/real/tiff/bruker is absent");
        BrukerScan scan = BrukerXml.read(BrukerPaths.requireXml(REAL));
        assertEquals(List.of("Ch2"), scan.channelNames());
        assertEquals(10, scan.frames());
        BrukerLayout layout = BrukerLayout.of(scan, -1);
        assertEquals(5, layout.samples());
        assertEquals(2, layout.planes());
        assertArrayEquals(new double[] {0, 0.096948474, 0.193896948, 0.290845422, 0.387793896}, layout.timestamps(),
                1e-12);
        assertEquals(10.314757507, layout.samplingFrequency().getAsDouble(), 1e-8);
        assertEquals(0.048474237, BrukerLayout.of(scan, 1).timestamps()[0], 1e-12);
        assertEquals(0.145422711, BrukerLayout.of(scan, 1).timestamps()[1], 1e-12);
        assertArrayEquals(new double[] {1.1078125, 1.1078125}, scan.pixelSize());
        BrukerFiles.requireAll(scan);
    }
}
