package io.github.ophysio.formats.nwb;

import static io.github.ophysio.formats.nwb.NwbSegmentationFixtures.IDS;
import static io.github.ophysio.formats.nwb.NwbSegmentationFixtures.open;
import static io.github.ophysio.formats.nwb.NwbSegmentationFixtures.path;
import static io.github.ophysio.formats.nwb.NwbSegmentationFixtures.trace;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.google.gson.JsonElement;
import io.github.ophysio.error.CorruptFileException;
import io.github.ophysio.error.OphysException;
import io.github.ophysio.error.UnsupportedFormatException;
import io.github.ophysio.formats.DataKind;
import io.github.ophysio.formats.FormatReader;
import io.github.ophysio.formats.FormatRegistry;
import io.github.ophysio.formats.OpenOptions;
import io.github.ophysio.model.ImagingExtractor;
import io.github.ophysio.model.SegmentationExtractor;
import io.github.ophysio.model.TraceBlock;
import io.github.ophysio.model.TraceKind;
import io.github.ophysio.testing.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** What NWB segmentations add to the contract: kind rule, plane choice, orientation, columns, regions, bad files. */
class NwbSegmentationTest {

    private final FormatRegistry registry = FormatRegistry.load();

    @TestFactory
    Stream<DynamicTest> kindFollowsTheManifest() {
        return Fixtures.manifest(NwbSegmentationFixtures.FOLDER).stream().map(e -> dynamicTest(e.name(), () -> {
            FormatReader reader = registry.readerFor(e.path(), OpenOptions.none());
            assertEquals("nwb", reader.id());
            assertEquals(e.string("kind"), reader.kind(e.path(), OpenOptions.none()).key());
        }));
    }

    @Test
    void aFileWithAMovieAndASegmentationOpensBothWays() {
        Path file = path("pixel_masks.nwb");
        FormatReader reader = registry.readerFor(file, OpenOptions.none());
        ImagingExtractor movie = registry.openImaging(file, OpenOptions.none());
        assertArrayEquals(new int[] {7, 9}, movie.getImageShape());
        assertEquals(IDS, registry.openSegmentation(file, OpenOptions.none()).getRoiIds());
        OpenOptions named = OpenOptions.of(Map.of(OpenOptions.PLANE, "PlaneSegmentation"));
        assertEquals(DataKind.SEGMENTATION, reader.kind(file, named));
        assertEquals(DataKind.IMAGING, reader.kind(file, OpenOptions.of(Map.of(OpenOptions.PLANE, "0"))),
                "plane= naming no PlaneSegmentation (a volume's plane) keeps the recording");
    }

    @Test
    void severalPlanesWithoutChoiceIsAUsageErrorListingThem() {
        Path file = path("two_planes.nwb");
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> registry.openSegmentation(file, OpenOptions.none()));
        assertTrue(error.getMessage().startsWith(file + ": 2 plane segmentations"), error.getMessage());
        assertTrue(error.getMessage().contains("/processing/ophys/ImageSegmentation/PlaneSegmentation2"));
        assertThrows(IllegalArgumentException.class, () -> registry.openSegmentation(file,
                OpenOptions.of(Map.of(OpenOptions.PLANE, "Nope"))));
        assertEquals(List.of("/processing/ophys/ImageSegmentation/PlaneSegmentation",
                "/processing/ophys/ImageSegmentation/PlaneSegmentation2"), new NwbFormat().planeSegmentations(file));
        SegmentationExtractor both = SegmentationExtractor.combinePlanes(Map.of(
                "a", open("two_planes.nwb", Map.of(OpenOptions.PLANE, "PlaneSegmentation")),
                "b", open("two_planes.nwb", Map.of(OpenOptions.PLANE, "PlaneSegmentation2"))));
        assertEquals(6, both.getNumRois());
    }

    @Test
    void columnsAreTypedPropertiesWithDescriptions() {
        SegmentationExtractor x = open("image_masks.nwb", Map.of());
        assertEquals(List.of("Accepted", "Rejected", "RoiCentroid", "keep", "roi_name", "neighbours"),
                x.getProperties().stream().map(p -> p.name()).toList());
        assertEquals(List.of(1, 0, 1, 1), x.getProperty("Accepted").orElseThrow().values());
        assertEquals("1 if accepted", x.getProperty("Accepted").orElseThrow().description());
        assertEquals(List.of(3, 7), x.getProperty("RoiCentroid").orElseThrow().values().get(1));
        assertEquals(List.of(true, false, true, true), x.getProperty("keep").orElseThrow().values());
        assertEquals("two pieces", x.getProperty("roi_name").orElseThrow().values().get(2));
        assertEquals(List.of(List.of(7L), List.of(3L, 12L), List.of(), List.of(20L, 12L)),
                x.getProperty("neighbours").orElseThrow().values(), "ragged column flattened per ROI");
    }

    @Test
    void aRegionOutOfOrderIsMatchedToRoisAndLeavesOthersNaN() {
        SegmentationExtractor x = open("image_masks.nwb", Map.of());
        TraceBlock dff = x.readTraces(TraceKind.DFF, 2, 4, new int[] {3, 1, 0, 2});
        assertEquals(trace("dff", 2, 3), dff.get(0, 0));
        assertTrue(Double.isNaN(dff.get(0, 1)), "ROI 1 (id 7) is not in the dff region");
        assertEquals(trace("dff", 3, 0), dff.get(1, 2));
        assertEquals(trace("dff", 3, 2), dff.get(1, 3));
        assertEquals("/processing/ophys/DfOverF/RoiResponseSeries",
                ((Map<?, ?>) x.getMetadata().get("traceSeries")).get("dff"));
    }

    @Test
    void nwbXSwitchesEveryX() {
        SegmentationExtractor rows = open("image_masks.nwb", Map.of(OpenOptions.NWB_X, "rows"));
        assertArrayEquals(new int[] {9, 7}, rows.getFrameShape(), "x read as the row: image masks not transposed");
        assertArrayEquals(new int[] {0, 0, 3, 2}, rows.getPixelMask(0).bbox());
        assertThrows(IllegalArgumentException.class, () -> open("image_masks.nwb", Map.of(OpenOptions.NWB_X, "z")));
        // pixel masks read with x as the column no longer fit the 7 x 9 plane the movie gives
        Fixtures.assertError(path("pixel_masks.nwb"), CorruptFileException.class,
                () -> open("pixel_masks.nwb", Map.of(OpenOptions.NWB_X, "cols")), "outside", "7 x 9", "nwb-x");
        Fixtures.assertError(path("voxel_masks.nwb"), CorruptFileException.class,
                () -> open("voxel_masks.nwb", Map.of(OpenOptions.NWB_X, "rows")), "outside", "9 x 7", "Backgrounds_0");
    }

    @Test
    void userRateReplacesTheFileRateButNotTimestamps() {
        SegmentationExtractor x = open("image_masks.nwb", Map.of(OpenOptions.FS, "4"));
        assertEquals(4.0, x.getSamplingFrequency().getAsDouble());
        assertEquals(0.25, x.getTimestamps()[1], 1e-12);
        SegmentationExtractor stamped = open("pixel_masks.nwb", Map.of(OpenOptions.FS, "4"));
        assertEquals(0.1, stamped.getTimestamps()[1], 1e-12);
    }

    @Test
    void imagingOnlyFilesHaveNoSegmentation() {
        Path movie = Fixtures.path("nwb", "two_photon_chunked_gzip.nwb");
        assertEquals(DataKind.IMAGING, registry.readerFor(movie, OpenOptions.none()).kind(movie, OpenOptions.none()));
        Fixtures.assertError(movie, UnsupportedFormatException.class,
                () -> registry.openSegmentation(movie, OpenOptions.none()), "no PlaneSegmentation");
    }

    @TestFactory
    Stream<DynamicTest> badFilesFailWithOneLineNamingTheProblem() {
        return Fixtures.manifest(NwbSegmentationFixtures.FOLDER + "/bad").stream().map(e -> dynamicTest(e.name(), () -> {
            String[] words = e.json().getAsJsonArray("words").asList().stream().map(JsonElement::getAsString)
                    .toArray(String[]::new);
            Class<? extends OphysException> type = e.string("error").equals("corrupt") ? CorruptFileException.class
                    : UnsupportedFormatException.class;
            Fixtures.assertError(e.path(), type, () -> registry.openSegmentation(e.path(), OpenOptions.none()), words);
        }));
    }

    @Test
    void everySegmentationFixtureIsListedInItsManifest() throws IOException {
        for (String folder : List.of(NwbSegmentationFixtures.FOLDER, NwbSegmentationFixtures.FOLDER + "/bad")) {
            Set<String> listed = Fixtures.manifest(folder).stream().map(Fixtures.Entry::name)
                    .collect(Collectors.toCollection(TreeSet::new));
            try (Stream<Path> files = Files.list(Fixtures.dir(folder))) {
                Set<String> onDisk = files.filter(Files::isRegularFile).map(p -> p.getFileName().toString())
                        .filter(n -> !n.equals(Fixtures.MANIFEST)).collect(Collectors.toCollection(TreeSet::new));
                assertEquals(listed, onDisk, folder);
            }
        }
    }
}
