package io.github.ophysio.formats.nwb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.ophysio.cli.OphysCli;
import io.github.ophysio.formats.FormatRegistry;
import io.github.ophysio.formats.OpenOptions;
import io.github.ophysio.model.ImagingExtractor;
import io.github.ophysio.model.NdArray;
import io.github.ophysio.testing.Fixtures;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line on HDF5 and NWB fixtures: info names the dataset, export writes what the reader reads. */
class NwbCliTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return OphysCli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void infoNamesTheSeriesAndItsFacts() {
        Path file = Fixtures.path("nwb", "two_series_rows_first.nwb");
        assertEquals(OphysCli.OK, run("info", file.toString(), "--dataset", "Motion"), err.toString());
        JsonObject info = JsonParser.parseString(out.toString()).getAsJsonObject();
        assertEquals("nwb", info.get("format").getAsString());
        assertEquals("/processing/ophys/Motion", info.get("dataset").getAsString());
        assertEquals("ImageSeries", info.getAsJsonObject("metadata").get("neurodataType").getAsString());
    }

    @Test
    void severalSeriesIsExitTwoListingThem() {
        Path file = Fixtures.path("nwb", "two_series_rows_first.nwb");
        assertEquals(OphysCli.USAGE, run("info", file.toString()));
        assertTrue(err.toString().contains("/acquisition/Raw (TwoPhotonSeries)"), err.toString());
    }

    @Test
    void exportWritesEveryFrameInMatrixOrder(@TempDir Path dir) {
        FormatRegistry registry = FormatRegistry.load();
        for (String[] fixture : List.of(new String[] {"nwb", "two_photon_chunked_gzip.nwb"},
                new String[] {"nwb", "volume_txyz.nwb"}, new String[] {"hdf5", "roiextractors_mov_ctyx.h5"},
                new String[] {"hdf5", "matlab_v73_double.mat"})) {
            Path file = Fixtures.path(fixture[0], fixture[1]);
            Path npy = dir.resolve(fixture[1] + ".npy");
            assertEquals(OphysCli.OK, run("export", file.toString(), npy.toString()), err.toString());
            ImagingExtractor read = registry.openImaging(file, OpenOptions.none());
            ImagingExtractor written = registry.openImaging(npy, OpenOptions.of(java.util.Map.of(OpenOptions.FOURTH_AXIS,
                    read.isVolumetric() ? OpenOptions.FOURTH_AXIS_PLANES : OpenOptions.FOURTH_AXIS_CHANNELS)));
            NdArray expected = read.getSeries(0, read.getNumSamples());
            NdArray actual = written.getSeries(0, written.getNumSamples());
            assertEquals(java.util.Arrays.toString(expected.shape()), java.util.Arrays.toString(actual.shape()), fixture[1]);
            assertEquals(expected.type(), actual.type(), fixture[1]);
            assertTrue(java.util.Objects.deepEquals(expected.data(), actual.data()), fixture[1] + ": exported values");
        }
    }

    @Test
    void infoListsTheImageObjectsOfTheFile() {
        Path file = Fixtures.path("nwb", "index_images.nwb");
        assertEquals(OphysCli.OK, run("info", file.toString(), "--dataset", "Shown"), err.toString());
        JsonObject info = JsonParser.parseString(out.toString()).getAsJsonObject();
        com.google.gson.JsonArray objects = info.getAsJsonObject("metadata").getAsJsonArray("imageObjects");
        assertEquals(5, objects.size());
        JsonObject shown = objects.get(1).getAsJsonObject();
        assertEquals("/stimulus/presentation/Shown", shown.get("path").getAsString());
        assertEquals("IndexSeries", shown.get("type").getAsString());
        assertEquals("[7]", shown.get("shape").toString());
        assertEquals("7 timestamps", shown.get("timeBase").getAsString());
        assertEquals("[7,9]", objects.get(2).getAsJsonObject().get("size").toString());
        assertEquals("/stimulus/templates/StimulusImages", info.getAsJsonObject("metadata").get("indexedImages")
                .getAsString());
    }

    @Test
    void exportOfAColourSeriesWritesTheChosenChannel(@TempDir Path dir) {
        Path file = Fixtures.path("nwb", "optical_colour.nwb");
        Path npy = dir.resolve("green.npy");
        assertEquals(OphysCli.OK, run("export", file.toString(), npy.toString(), "--dataset", "Movie", "--channel",
                "green"), err.toString());
        FormatRegistry registry = FormatRegistry.load();
        ImagingExtractor green = registry.openImaging(file, OpenOptions.of(java.util.Map.of(OpenOptions.DATASET, "Movie",
                OpenOptions.CHANNEL, "green")));
        NdArray expected = green.getSeries(0, green.getNumSamples());
        NdArray actual = registry.openImaging(npy, OpenOptions.none()).getSeries(0, 6);
        assertEquals("[6, 7, 9]", java.util.Arrays.toString(actual.shape()));
        assertTrue(java.util.Objects.deepEquals(expected.data(), actual.data()), "exported green values");
        Fixtures.Entry entry = Fixtures.manifest("nwb").stream().filter(e -> e.name().equals("optical_colour.nwb"))
                .findFirst().orElseThrow();
        assertEquals(entry.coding().value((2 * 9 + 3) * 3 + 1), actual.getDouble(0, 2, 3));
    }
}
