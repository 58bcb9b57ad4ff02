package io.github.ophysio.formats.cnmfe;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.ophysio.cli.OphysCli;
import io.github.ophysio.error.CorruptFileException;
import io.github.ophysio.formats.DataKind;
import io.github.ophysio.formats.FormatReader;
import io.github.ophysio.formats.FormatRegistry;
import io.github.ophysio.formats.OpenOptions;
import io.github.ophysio.io.mat.MatFixtures;
import io.github.ophysio.model.SegmentationExtractor;
import io.github.ophysio.testing.Fixtures;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Saved neuron structs: sniffing, the user's rate, ids, bad A and the CLI. */
class NeuronFormatTest {

    private static final String[] FILES = {"cnmfe_neuron_v5.mat", "cnmfe_neuron_v73_dense.mat",
        "cnmfe_neuron_v73_sparse.mat", "cnmfe_neuron_v5_fields.mat"};

    private final FormatRegistry registry = FormatRegistry.load();

    @Test
    void neuronStructsAreSniffedAsCnmfeWhateverTheirName() {
        for (String name : FILES) {
            Path path = MatFixtures.path(name);
            FormatReader reader = registry.readerFor(path, OpenOptions.none());
            assertEquals("cnmfe", reader.id(), name);
            assertEquals(DataKind.SEGMENTATION, reader.kind(path, OpenOptions.none()), name);
        }
    }

    @Test
    void theUsersRateReplacesTheStructsAndSaysSo() {
        SegmentationExtractor x = registry.openSegmentation(MatFixtures.path("cnmfe_neuron_v73_sparse.mat"),
                OpenOptions.of(Map.of(OpenOptions.FS, "30")));
        assertEquals(30.0, x.getSamplingFrequency().getAsDouble());
        assertEquals("fs option", x.getMetadata().get("samplingFrequencySource"));
        assertEquals("ids", x.getMetadata().get("roiIdSource"));
    }

    @Test
    void anAWhoseRowsAreNotTheFramesPixelsIsCorrupt() {
        Path path = MatFixtures.bad("cnmfe_neuron_short_a.mat");
        assertEquals("cnmfe", registry.readerFor(path, OpenOptions.none()).id());
        Fixtures.assertError(path, CorruptFileException.class,
                () -> registry.openSegmentation(path, OpenOptions.none()), "corrupt: neuron.A: expected 63 x K pixel"
                        + " columns (options.d1 x options.d2 = 7 x 9), found 60 x 4");
    }

    @Test
    void aV73SparseRowPastTheMatrixIsCorrupt() {
        Path path = MatFixtures.bad("cnmfe_neuron_bad_ir.mat");
        Fixtures.assertError(path, CorruptFileException.class,
                () -> registry.openSegmentation(path, OpenOptions.none()), "corrupt: neuron.A.ir: expected row"
                        + " indices below MATLAB_sparse = 63, found 63 at 18");
    }

    @Test
    void cliInfoDescribesTheNeuronStruct() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = OphysCli.run(new String[] {"info", MatFixtures.path("cnmfe_neuron_v73_sparse.mat").toString()},
                new PrintWriter(out, true), new PrintWriter(err, true));
        assertEquals(0, code, err.toString());
        JsonObject info = JsonParser.parseString(out.toString()).getAsJsonObject();
        assertEquals("segmentation", info.get("kind").getAsString());
        assertEquals("cnmfe", info.get("format").getAsString());
        assertEquals("[7,9]", info.get("frameShape").toString());
        assertEquals(4, info.get("numRois").getAsInt());
        assertEquals("[3,5,8,13]", info.get("roiIds").toString());
        assertEquals(12, info.get("numSamples").getAsInt());
        assertEquals(20.0, info.get("samplingFrequency").getAsDouble());
        JsonObject traces = info.getAsJsonObject("traces");
        assertEquals("[12,4]", traces.get("raw").toString());
        assertEquals("[12,4]", traces.get("denoised").toString());
        assertEquals("[12,4]", traces.get("deconvolved").toString());
        assertEquals("[7,9]", info.getAsJsonObject("images").get("correlation").toString());
    }
}
