package io.github.ophysio.formats.isxd;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import io.github.ophysio.error.CorruptFileException;
import io.github.ophysio.error.OphysException;
import io.github.ophysio.error.UnsupportedFormatException;
import io.github.ophysio.formats.DataKind;
import io.github.ophysio.formats.FormatRegistry;
import io.github.ophysio.formats.OpenOptions;
import io.github.ophysio.formats.RecordingInfo;
import io.github.ophysio.model.SegmentationExtractor;
import io.github.ophysio.model.TraceBlock;
import io.github.ophysio.model.TraceKind;
import io.github.ophysio.testing.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Cell-set fixtures opened as a user would: ids, properties, time base, metadata; bad cell sets fail clearly. */
class IsxdCellSetTest {

    private static final Map<String, Class<? extends OphysException>> KINDS = Map.of(
            "corrupt", CorruptFileException.class, "unsupported", UnsupportedFormatException.class);

    private final FormatRegistry registry = FormatRegistry.load();

    @TestFactory
    Stream<DynamicTest> cellSets() {
        return IsxdCellSetFixture.all().stream().map(f -> dynamicTest(f.name(), () -> {
            assertEquals("isxd", registry.readerFor(f.path(), OpenOptions.none()).id());
            assertEquals(DataKind.SEGMENTATION, registry.readerFor(f.path(), OpenOptions.none())
                    .kind(f.path(), OpenOptions.none()));
            SegmentationExtractor x = registry.openSegmentation(f.path(), OpenOptions.none());
            assertEquals(f.statuses(), x.getProperty("cell_status").orElseThrow().values(), f + " statuses");
            assertEquals(f.colors(), x.getProperty("cell_color").map(p -> p.values()).orElse(null), f + " colours");
            assertEquals(f.samples() > 1 ? 1 / f.samplingFrequency() : null,
                    f.samples() > 1 ? x.getTimestamps()[1] : null, f + " i / fs");
            assertFalse(x.hasNativeTimestamps());
            assertEquals("cell set", x.getMetadata().get("isxdType"));
            f.expect().entrySet().forEach(e -> assertEquals(e.getValue(),
                    JsonParser.parseString(RecordingInfo.toJson(x.getMetadata().get(e.getKey()))),
                    f + " metadata " + e.getKey()));
        }));
    }

    @Test
    void everyCellSetFixtureIsListedInItsManifest() throws IOException {
        for (String folder : List.of(IsxdCellSetFixture.FOLDER, IsxdCellSetFixture.BAD)) {
            Set<String> listed = Fixtures.manifest(folder).stream().map(Fixtures.Entry::name)
                    .collect(Collectors.toCollection(TreeSet::new));
            try (Stream<Path> files = Files.list(Fixtures.dir(folder))) {
                assertEquals(listed, files.filter(Files::isRegularFile).map(p -> p.getFileName().toString())
                        .filter(n -> !n.equals(Fixtures.MANIFEST)).collect(Collectors.toCollection(TreeSet::new)));
            }
        }
    }

    @TestFactory
    Stream<DynamicTest> badCellSets() {
        return Fixtures.manifest(IsxdCellSetFixture.BAD).stream().map(e -> dynamicTest(e.name(), () -> {
            List<String> words = new ArrayList<>(List.of(e.string("error") + ": "));
            for (JsonElement word : e.json().getAsJsonArray("words")) {
                words.add(word.getAsString());
            }
            Fixtures.assertError(e.path(), KINDS.get(e.string("error")),
                    () -> registry.openSegmentation(e.path(), OpenOptions.none()), words.toArray(String[]::new));
        }));
    }

    @Test
    void theMovieReadersEventSetFixtureIsNoSegmentationEither() {
        Path path = Fixtures.path(IsxdFixture.BAD, "eventset.isxd");
        Fixtures.assertError(path, UnsupportedFormatException.class,
                () -> registry.openSegmentation(path, OpenOptions.none()), "unsupported: Inscopix event set");
    }

    @Test
    void aCellSetIsStillNoRecording() {
        Path path = IsxdCellSetFixture.all().get(0).path();
        Fixtures.assertError(path, UnsupportedFormatException.class,
                () -> registry.openImaging(path, OpenOptions.none()), "unsupported: Inscopix cell set is a segmentation");
    }

    @Test
    void fsOptionReplacesThePeriodsRate() {
        IsxdCellSetFixture f = IsxdCellSetFixture.all().get(0);
        SegmentationExtractor x = registry.openSegmentation(f.path(), OpenOptions.none().with(OpenOptions.FS, "7.5"));
        assertEquals(7.5, x.getSamplingFrequency().getAsDouble());
        assertEquals(f.samplingFrequency(), (double) x.getMetadata().get("frameRate"));
    }

    @Test
    void traceWindowsOfChosenCellsAreSamplesByRois() {
        IsxdCellSetFixture f = IsxdCellSetFixture.named("cellset_5cells_12x7x10.isxd");
        SegmentationExtractor x = registry.openSegmentation(f.path(), OpenOptions.none());
        TraceBlock block = x.readTraces(TraceKind.RAW, 3, 8, new int[] {4, 1, 4});
        assertEquals(5, block.samples());
        assertEquals(3, block.rois());
        for (int t = 0; t < 5; t++) {
            assertArrayEquals(new double[] {f.trace(4, t + 3), f.trace(1, t + 3), f.trace(4, t + 3)},
                    new double[] {block.get(t, 0), block.get(t, 1), block.get(t, 2)});
        }
        assertEquals(0, x.readTraces(TraceKind.RAW, 5, 5, new int[] {0}).values().length);
        assertThrows(IllegalArgumentException.class, () -> x.readTraces(TraceKind.DFF, 0, 1, new int[] {0}));
        assertThrows(IndexOutOfBoundsException.class, () -> x.readTraces(TraceKind.RAW, 0, 1, new int[] {5}));
        assertThrows(IndexOutOfBoundsException.class, () -> x.readTraces(TraceKind.RAW, 0, 13, new int[] {0}));
    }

    @Test
    void propertiesSelectionAndActivityStayAligned() {
        SegmentationExtractor x = registry.openSegmentation(
                IsxdCellSetFixture.named("cellset_5cells_12x7x10.isxd").path(), OpenOptions.none());
        assertEquals(List.of(true, false, true, true, false), x.getProperty("cell_activity").orElseThrow().values());
        SegmentationExtractor picked = x.selectRoiIds(List.of("C2", "C1"));
        assertEquals(List.of("rejected", "undecided"), picked.getProperty("cell_status").orElseThrow().values());
        assertEquals(List.of("#FFFFFFFF", "#80FF0000"), picked.getProperty("cell_color").orElseThrow().values());
        assertEquals(0, x.getPixelMask(4).size(), "an all-zero footprint is an empty mask");
    }
}
