package io.github.ophysio.formats.extract;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.ophysio.cli.OphysCli;
import io.github.ophysio.error.CorruptFileException;
import io.github.ophysio.error.UnsupportedFormatException;
import io.github.ophysio.formats.DataKind;
import io.github.ophysio.formats.FormatReader;
import io.github.ophysio.formats.FormatRegistry;
import io.github.ophysio.formats.OpenOptions;
import io.github.ophysio.io.NpyHeader;
import io.github.ophysio.io.mat.MatFixtures;
import io.github.ophysio.model.SegmentationExtractor;
import io.github.ophysio.model.TraceKind;
import io.github.ophysio.testing.Fixtures;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sniffing, the user's rate, the trace kind rule, forced formats and the CLI on fixtures and the real file. */
class ExtractFormatTest {

    private final FormatRegistry registry = FormatRegistry.load();

    @Test
    void extractFilesAreSniffedInBothVersionsAndLayouts() {
        for (String name : new String[] {"extract_v73_dff.mat", "extract_v5.mat", "extract_legacy_v73.mat"}) {
            Path path = MatFixtures.path(name);
            FormatReader reader = registry.readerFor(path, OpenOptions.none());
            assertEquals("extract", reader.id(), name);
            assertEquals(DataKind.SEGMENTATION, reader.kind(path, OpenOptions.none()));
        }
        assertEquals("extract", registry.readerFor(MatFixtures.realExtract(), OpenOptions.none()).id());
    }

    /** save(f, 'output'): no top-level config; the config inside output says dF/F. */
    @Test
    void outputSavedAloneIsExtractWithItsOwnConfig() {
        for (String name : new String[] {"extract_output_only_v73.mat", "extract_output_only_v5.mat"}) {
            Path path = MatFixtures.path(name);
            assertEquals("extract", registry.readerFor(path, OpenOptions.none()).id(), name);
            SegmentationExtractor x = registry.openSegmentation(path, OpenOptions.none());
            MatFixtures.assertMasks(x);
            MatFixtures.assertTraces(x, TraceKind.DFF, 20000);
            assertEquals("dff (config.preprocess = 1.0)", x.getMetadata().get("traceKind"), name);
            assertEquals(3.0, x.getMetadata().get("config.avg_cell_radius"), name);
            MatFixtures.assertImage(x, "summary_image", 1);
        }
    }

    @Test
    void outputWithoutAnyConfigIsExtractWithRawTraces() {
        Path path = MatFixtures.path("extract_no_config_v5.mat");
        assertEquals("extract", registry.readerFor(path, OpenOptions.none()).id());
        SegmentationExtractor x = registry.openSegmentation(path, OpenOptions.none());
        MatFixtures.assertMasks(x);
        MatFixtures.assertTraces(x, TraceKind.RAW, 20000);
        assertEquals("raw (no config.preprocess)", x.getMetadata().get("traceKind"));
    }

    /** roiextractors names legacy EXTRACT's info.summary_image "correlation"; EXTRACT >= 1.0 keeps summary_image. */
    @Test
    void legacySummaryImageIsTheCorrelationImage() {
        SegmentationExtractor legacy = registry.openSegmentation(MatFixtures.path("extract_legacy_v73.mat"),
                OpenOptions.none());
        assertEquals(List.of("correlation"), legacy.getImageNames());
        MatFixtures.assertImage(legacy, "correlation", 1);
        SegmentationExtractor current = registry.openSegmentation(MatFixtures.path("extract_v73_dff.mat"),
                OpenOptions.none());
        assertEquals(List.of("summary_image", "max_image", "f_per_pixel"), current.getImageNames());
        MatFixtures.assertImage(current, "summary_image", 1);
    }

    @Test
    void theRateComesFromTheUser() {
        SegmentationExtractor x = registry.openSegmentation(MatFixtures.path("extract_v73_dff.mat"),
                OpenOptions.of(Map.of(OpenOptions.FS, "20")));
        assertEquals(20.0, x.getSamplingFrequency().getAsDouble());
        assertEquals(0.05, x.getTimestamps()[1], 1e-12);
        assertEquals("fs option", x.getMetadata().get("samplingFrequencySource"));
    }

    @Test
    void theTraceKindSaysWhy() {
        SegmentationExtractor dff = registry.openSegmentation(MatFixtures.path("extract_v73_dff.mat"), OpenOptions.none());
        SegmentationExtractor raw = registry.openSegmentation(MatFixtures.path("extract_v73_raw.mat"), OpenOptions.none());
        assertEquals("dff (config.preprocess = 1.0)", dff.getMetadata().get("traceKind"));
        assertEquals("raw (config.preprocess = 0.0)", raw.getMetadata().get("traceKind"));
    }

    @Test
    void aCnmfeFileForcedAsExtractSaysWhatWasLookedFor() {
        Path path = MatFixtures.path("cnmfe_v73_fs.mat");
        Fixtures.assertError(path, UnsupportedFormatException.class, () -> registry.openSegmentation(path,
                OpenOptions.of(Map.of(OpenOptions.FORMAT, "extract"))), "MAT v7.3", "variables found: cnmfeAnalysisOutput");
    }

    @Test
    void aRecordingIsNotWhatItHolds() {
        Path path = MatFixtures.path("extract_v5.mat");
        Fixtures.assertError(path, UnsupportedFormatException.class,
                () -> registry.openImaging(path, OpenOptions.none()), "EXTRACT segmentation", "not a recording");
    }

    @Test
    void aTruncatedV73FileIsCorrupt(@TempDir Path dir) throws Exception {
        byte[] whole = Files.readAllBytes(MatFixtures.path("extract_v73_dff.mat"));
        Path cut = Files.write(dir.resolve("cut.mat"), java.util.Arrays.copyOf(whole, 3000));
        Fixtures.assertError(cut, CorruptFileException.class, () -> registry.openSegmentation(cut,
                OpenOptions.of(Map.of(OpenOptions.FORMAT, "extract"))), "corrupt");
    }

    @Test
    void cliInfoOnTheRealFile() {
        JsonObject info = info(MatFixtures.realExtract().toString(), "--fs", "30");
        assertEquals("extract", info.get("format").getAsString());
        assertEquals(20, info.get("numRois").getAsInt());
        assertEquals("[50,50]", info.get("frameShape").toString());
        assertEquals(2000, info.get("numSamples").getAsInt());
        assertEquals(30.0, info.get("samplingFrequency").getAsDouble());
        assertEquals("[2000,20]", info.getAsJsonObject("traces").get("dff").toString());
        assertTrue(info.get("properties").toString().contains("is_bad"));
    }

    @Test
    void cliInfoOnAFixtureWithTheFormatForced() {
        JsonObject info = info(MatFixtures.path("extract_legacy_v73.mat").toString(), "--format", "extract");
        assertEquals("[7,9]", info.get("frameShape").toString());
        assertEquals(5.0, info.get("samplingFrequency").getAsDouble());
        assertEquals("[12,4]", info.getAsJsonObject("traces").get("raw").toString());
    }

    @Test
    void cliTracesWritesSamplesByRois(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("dff.npy");
        StringWriter err = new StringWriter();
        int code = OphysCli.run(new String[] {"traces", MatFixtures.path("extract_v5.mat").toString(), out.toString(),
            "--name", "dff"}, new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));
        assertEquals(0, code, err.toString());
        NpyHeader header = NpyHeader.read(out);
        assertArrayEquals(new long[] {12, 4}, header.shape());
    }

    private static JsonObject info(String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "info";
        System.arraycopy(args, 0, all, 1, args.length);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = OphysCli.run(all, new PrintWriter(out, true), new PrintWriter(err, true));
        assertEquals(0, code, err.toString());
        return JsonParser.parseString(out.toString()).getAsJsonObject();
    }
}
