package io.github.ophysio.formats.cnmfe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.ophysio.cli.OphysCli;
import io.github.ophysio.error.CorruptFileException;
import io.github.ophysio.error.MissingFileException;
import io.github.ophysio.error.OphysException;
import io.github.ophysio.error.UnsupportedFormatException;
import io.github.ophysio.formats.DataKind;
import io.github.ophysio.formats.FormatReader;
import io.github.ophysio.formats.FormatRegistry;
import io.github.ophysio.formats.Confidence;
import io.github.ophysio.formats.OpenOptions;
import io.github.ophysio.io.mat.MatFixtures;
import io.github.ophysio.model.SegmentationExtractor;
import io.github.ophysio.testing.Fixtures;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/** Sniffing, the user's rate, bad files (MCOS objects, other variables, truncation) and the CLI. */
class CnmfeFormatTest {

    private static final Map<String, Class<? extends OphysException>> KINDS = Map.of(
            "corrupt", CorruptFileException.class, "unsupported", UnsupportedFormatException.class,
            "missing", MissingFileException.class);

    private final FormatRegistry registry = FormatRegistry.load();

    @Test
    void cnmfeFilesAreSniffedAboveThePlainHdf5Reader() {
        for (String name : new String[] {"cnmfe_v5_fs.mat", "cnmfe_v73_fs.mat"}) {
            Path path = MatFixtures.path(name);
            FormatReader reader = registry.readerFor(path, OpenOptions.none());
            assertEquals("cnmfe", reader.id(), name);
            assertEquals(DataKind.SEGMENTATION, reader.kind(path, OpenOptions.none()));
        }
    }

    @Test
    void aV73MovieStaysWithThePlainHdf5ReaderAndExtractFilesWithExtract() {
        Path movie = Fixtures.path("hdf5", "matlab_v73_double.mat");
        assertEquals("hdf5", registry.readerFor(movie, OpenOptions.none()).id());
        assertEquals("extract", registry.readerFor(MatFixtures.path("extract_v73_dff.mat"), OpenOptions.none()).id());
        assertTrue(Confidence.RECOGNISED_OUTPUT.above(Confidence.SIGNATURE)
                && Confidence.SIGNATURE.above(Confidence.EXTENSION_HINT));
    }

    @Test
    void theUsersRateReplacesTheFilesAndSaysSo() {
        SegmentationExtractor x = registry.openSegmentation(MatFixtures.path("cnmfe_v73_fs.mat"),
                OpenOptions.of(Map.of(OpenOptions.FS, "30")));
        assertEquals(30.0, x.getSamplingFrequency().getAsDouble());
        assertEquals("fs option", x.getMetadata().get("samplingFrequencySource"));
    }

    @Test
    void aRecordingIsNotWhatItHolds() {
        Path path = MatFixtures.path("cnmfe_v5_fs.mat");
        Fixtures.assertError(path, UnsupportedFormatException.class,
                () -> registry.openImaging(path, OpenOptions.none()), "CNMF-E segmentation", "not a recording");
    }

    /** Each file of fixtures/mat/bad, opened as a user would (sniffed), fails with the kind and words listed. */
    @TestFactory
    Stream<DynamicTest> badFiles() {
        return Fixtures.manifest(MatFixtures.BAD).stream().map(e -> dynamicTest(e.name(), () -> {
            Class<? extends OphysException> type = KINDS.get(e.string("error"));
            Fixtures.assertError(e.path(), type, () -> registry.openSegmentation(e.path(), OpenOptions.none()),
                    e.json().getAsJsonArray("words").asList().stream().map(w -> w.getAsString()).toArray(String[]::new));
        }));
    }

    @Test
    void aSources2dObjectIsUnsupportedNotCorrupt() {
        for (String name : new String[] {"cnmfe_mcos_v5.mat", "cnmfe_mcos_v73.mat"}) {
            Path path = MatFixtures.bad(name);
            assertEquals("cnmfe", registry.readerFor(path, OpenOptions.none()).id(), name);
            Fixtures.assertError(path, UnsupportedFormatException.class,
                    () -> registry.openSegmentation(path, OpenOptions.none()), "neuron", "MCOS",
                    "save the neuron struct");
        }
    }

    @Test
    void aMatFileOfOtherVariablesNamesWhatWasFoundAndLookedFor() {
        Path path = MatFixtures.bad("other_variables.mat");
        for (String format : new String[] {"cnmfe", "extract"}) {
            Fixtures.assertError(path, UnsupportedFormatException.class, () -> registry.openSegmentation(path,
                    OpenOptions.of(Map.of(OpenOptions.FORMAT, format))), "variables found: movie, labels",
                    "cnmfeAnalysis", "extractedImages", "output with spatial_weights and temporal_weights", "extractAnalysisOutput");
        }
    }

    @Test
    void cliInfoDescribesTheSegmentation() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = OphysCli.run(new String[] {"info", MatFixtures.path("cnmfe_v73_nofs.mat").toString()},
                new PrintWriter(out, true), new PrintWriter(err, true));
        assertEquals(0, code, err.toString());
        JsonObject info = JsonParser.parseString(out.toString()).getAsJsonObject();
        assertEquals("segmentation", info.get("kind").getAsString());
        assertEquals("cnmfe", info.get("format").getAsString());
        assertEquals("[7,9]", info.get("frameShape").toString());
        assertEquals(4, info.get("numRois").getAsInt());
        assertEquals(12, info.get("numSamples").getAsInt());
        assertEquals(5.0, info.get("samplingFrequency").getAsDouble());
        assertEquals("[12,4]", info.getAsJsonObject("traces").get("raw").toString());
        assertEquals("[7,9]", info.getAsJsonObject("images").get("correlation").toString());
    }

    @Test
    void cliRefusesAnMcosObjectWithExitThree() {
        StringWriter err = new StringWriter();
        int code = OphysCli.run(new String[] {"info", MatFixtures.bad("cnmfe_mcos_v73.mat").toString()},
                new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));
        assertEquals(3, code);
        assertTrue(err.toString().contains("unsupported") && err.toString().contains("save the neuron struct"),
                err.toString());
    }

    @Test
    void aMissingFileIsMissing(@TempDir Path dir) {
        Path path = dir.resolve("gone.mat");
        Fixtures.assertError(path, MissingFileException.class,
                () -> new CnmfeFormat().openSegmentation(path, OpenOptions.none()), "missing");
    }
}
