package io.github.ophysio.formats.nwb;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import io.github.ophysio.error.MissingFileException;
import io.github.ophysio.formats.FormatRegistry;
import io.github.ophysio.formats.OpenOptions;
import io.github.ophysio.model.ImagingExtractor;
import io.github.ophysio.testing.Fixtures;
import io.github.ophysio.testing.Fixtures.Entry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 8: OpticalSeries, ImageMaskSeries, IndexSeries over Images, labels, image objects, lazy external files. */
class NwbImageTypesTest {

    private final FormatRegistry registry = FormatRegistry.load();

    @Test
    void opticalSeriesIsColourWithItsFactsAndFieldOfViewPixelSize() {
        Entry e = entry("optical_colour.nwb");
        OpenOptions options = OpenOptions.of(e.options());
        assertEquals(List.of("red", "green", "blue"), registry.readerFor(e.path(), options).channelNames(e.path(),
                options));
        ImagingExtractor x = registry.openImaging(e.path(), options);
        Map<String, Object> metadata = x.getMetadata();
        assertEquals("OpticalSeries", metadata.get("neurodataType"));
        assertEquals(0.7, metadata.get("distance"));
        assertEquals("lower left is (0, 0)", metadata.get("orientation"));
        assertArrayEquals(new double[] {2.0, 3.0}, x.getPixelSize(), 1e-5);
        assertEquals("green", x.getChannelName());
        ImagingExtractor rows = registry.openImaging(e.path(), OpenOptions.of(Map.of(OpenOptions.DATASET, "Movie",
                OpenOptions.NWB_X, "rows")));
        assertArrayEquals(new double[] {3.0, 2.0}, rows.getPixelSize(), 1e-5);
    }

    @Test
    void controlGivesOneFrameLabelPerSample() {
        Entry e = entry("optical_colour.nwb");
        ImagingExtractor x = registry.openImaging(e.path(), OpenOptions.of(e.options()));
        List<String> expected = e.json().getAsJsonArray("frameLabels").asList().stream()
                .map(JsonElement::getAsString).toList();
        assertEquals(expected, x.getMetadata().get(NwbLabels.LABELS));
        assertEquals(List.of("grey screen", "grating", "blank"), x.getMetadata().get("controlDescription"));
    }

    @Test
    void tooManySamplesOmitTheLabelsAndSaySo() {
        Entry e = entry("optical_colour.nwb");
        Map<String, Object> metadata = new java.util.LinkedHashMap<>();
        io.github.ophysio.io.hdf5.Hdf5Files.read(e.path(), file -> {
            NwbLabels.describe(e.path(), (io.jhdf.api.Group) file.getByPath("/stimulus/presentation/Movie"), metadata, 5);
            return metadata;
        });
        assertTrue(!metadata.containsKey(NwbLabels.LABELS));
        assertEquals("control has 6 samples (more than 5): no frame labels", metadata.get("frameLabelsOmitted"));
    }

    @Test
    void greyOpticalSeriesIsOneChannel() {
        Entry e = entry("optical_colour.nwb");
        ImagingExtractor grey = registry.openImaging(e.path(), OpenOptions.of(Map.of(OpenOptions.DATASET, "Grey")));
        assertEquals("0", grey.getChannelName());
        assertArrayEquals(new int[] {7, 9}, grey.getImageShape());
        assertEquals(6, grey.getNumSamples());
    }

    @Test
    void imageMaskSeriesNamesItsMaskedSeriesAndCalibration() {
        Entry e = entry("image_mask_series.nwb");
        Map<String, Object> metadata = registry.openImaging(e.path(), OpenOptions.of(e.options())).getMetadata();
        assertEquals("/acquisition/TwoPhotonSeries", metadata.get("maskedImageSeries"));
        assertEquals(2.0, metadata.get("conversion"));
        assertEquals(1.0, metadata.get("offset"));
        assertEquals("mask units", metadata.get("unit"));
        assertEquals("fixture ImageMaskSeries", metadata.get("description"));
        assertEquals("position-coded values", metadata.get("comments"));
    }

    @Test
    void indexSeriesOverImagesKeepsItsTimeBaseAndNamesTheGroup() {
        Entry e = entry("index_images.nwb");
        ImagingExtractor x = registry.openImaging(e.path(), OpenOptions.of(e.options()));
        assertEquals("/stimulus/templates/StimulusImages", x.getMetadata().get("indexedImages"));
        double[] times = e.json().getAsJsonArray("timestamps").asList().stream().mapToDouble(JsonElement::getAsDouble)
                .toArray();
        assertArrayEquals(times, x.getTimestamps());
        assertEquals(1.0, x.getMetadata().get("conversion"));
        List<String> candidates = registry.readerFor(e.path(), OpenOptions.none()).candidates(e.path(),
                OpenOptions.none());
        assertTrue(candidates.contains("/stimulus/presentation/Shown (IndexSeries, (7), 7 timestamps)"),
                candidates.toString());
        assertTrue(candidates.contains("/stimulus/templates/StimulusImages/img_a (GrayscaleImage, (9, 7), still image)"),
                candidates.toString());
    }

    @Test
    void indexSeriesValuesAreCalibratedAsItsTarget() {
        Entry e = entry("index_series.nwb");
        Map<String, Object> metadata = registry.openImaging(e.path(), OpenOptions.of(e.options())).getMetadata();
        assertEquals("n.a.", metadata.get("unit")); // the target's, not the indices' "N/A"
        assertEquals(1.0, metadata.get("conversion"));
        assertEquals("template frames in presentation order", metadata.get("description"));
    }

    @Test
    void rgbaImageHasAlphaAndResolutionGivesPixelSize() {
        Entry e = entry("index_images.nwb");
        OpenOptions alpha = OpenOptions.of(Map.of(OpenOptions.DATASET, "overlay", OpenOptions.CHANNEL, "alpha"));
        assertEquals(List.of("red", "green", "blue", "alpha"), registry.readerFor(e.path(), alpha)
                .channelNames(e.path(), alpha));
        ImagingExtractor x = registry.openImaging(e.path(), alpha);
        assertArrayEquals(new double[] {100.0, 100.0}, x.getPixelSize(), 1e-9);
        int scale = e.json().getAsJsonObject("rgbaCoding").get("scale").getAsInt();
        assertEquals(((4 * 9 + 5) * 4 + 3) * scale % 256, x.getSeries(0, 1).getDouble(0, 4, 5));
        assertEquals("n.a.", x.getMetadata().get("unit"));
    }

    @Test
    void imageObjectsListEverySeriesAndImage() {
        Entry e = entry("index_images.nwb");
        List<?> objects = (List<?>) registry.openImaging(e.path(), OpenOptions.of(e.options())).getMetadata()
                .get("imageObjects");
        List<Object> paths = objects.stream().map(o -> ((Map<?, ?>) o).get("path")).map(Object.class::cast).toList();
        assertEquals(List.of("/processing/ophys/SummaryImages/overlay", "/stimulus/presentation/Shown",
                "/stimulus/templates/StimulusImages/img_a", "/stimulus/templates/StimulusImages/img_b",
                "/stimulus/templates/StimulusImages/img_c"), paths);
        Map<?, ?> overlay = (Map<?, ?>) objects.get(0);
        assertEquals("RGBAImage", overlay.get("type"));
        assertArrayEquals(new int[] {7, 9}, (int[]) overlay.get("size"));
        assertEquals("7 timestamps", ((Map<?, ?>) objects.get(1)).get("timeBase"));
    }

    @Test
    void seriesOpensAnyImageObjectByPath() {
        Entry e = entry("index_images.nwb");
        ImagingExtractor image = registry.openImaging(e.path(), OpenOptions.of(Map.of(OpenOptions.SERIES,
                "/stimulus/templates/StimulusImages/img_b")));
        assertEquals("GrayscaleImage", image.getMetadata().get("neurodataType"));
        assertEquals(1, image.getNumSamples());
        // img_b is the third image of order_of_images: coded frame 2
        assertEquals(e.coding().value(2 * 63 + 9 + 2), image.getSeries(0, 1).getDouble(0, 1, 2));
    }

    @Test
    void externalFilesAreOpenedOnlyWhenTheirFramesAreRead(@TempDir Path dir) throws IOException {
        Entry e = entry("external_three.nwb");
        for (String name : List.of("external_three.nwb", "split_part0.npy", "split_part2.npy")) {
            Files.copy(Fixtures.path("nwb", name), dir.resolve(name));
        }
        Path nwb = dir.resolve("external_three.nwb");
        ImagingExtractor x = registry.openImaging(nwb, OpenOptions.none());
        assertEquals(6, x.getNumSamples());
        assertEquals(e.coding().value(0), x.getSeries(0, 1).getDouble(0, 0, 0));
        assertEquals(e.coding().value(5 * 63), x.getSeries(5, 6).getDouble(0, 0, 0));
        Fixtures.assertError(nwb, MissingFileException.class, () -> x.getSeries(3, 4), "split_part1.npy");
        Files.copy(Fixtures.path("nwb", "split_part1.npy"), dir.resolve("split_part1.npy"));
        assertEquals(e.coding().value(3 * 63), x.getSeries(3, 4).getDouble(0, 0, 0));
    }

    @Test
    void lazyExternalOpensTheFirstAndLastFileOnly() {
        Entry e = entry("external_three.nwb");
        List<String> files = e.json().getAsJsonArray("externalFiles").asList().stream().map(JsonElement::getAsString)
                .toList();
        LazyExternal x = (LazyExternal) NwbExternal.open(e.path(), files, new int[] {0, 2, 5}, OpenOptions.none());
        assertEquals(2, x.opened());
        x.getSeries(2, 3);
        assertEquals(3, x.opened());
    }

    private static Entry entry(String name) {
        return Fixtures.manifest("nwb").stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow();
    }
}
