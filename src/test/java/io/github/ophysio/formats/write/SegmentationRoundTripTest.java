package io.github.ophysio.formats.write;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonParser;
import io.github.ophysio.formats.FormatRegistry;
import io.github.ophysio.formats.OpenOptions;
import io.github.ophysio.formats.SegmentationWriter;
import io.github.ophysio.io.pickle.NpyFiles;
import io.github.ophysio.io.pickle.NumpyArray;
import io.github.ophysio.model.CurationStatus;
import io.github.ophysio.model.SegmentationExtractor;
import io.github.ophysio.model.TraceKind;
import io.github.ophysio.testing.NpyDoubles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every source format's fixture written in every layout and read back with our own readers: ROI
 * count and ids, masks with their weights, curation status and traces come back equal (Suite2p keeps
 * traces as float32; CaImAn's raw is C + YrA).
 */
class SegmentationRoundTripTest {

    static final Path FIXTURES = Path.of("src/test/resources/fixtures");
    static final FormatRegistry REGISTRY = FormatRegistry.load();

    /** One fixture per source format (two where a format has two storage forms). */
    static List<Path> sources() {
        return List.of(FIXTURES.resolve("suite2p/suite2p/plane0"), FIXTURES.resolve("caiman/cnmf_accepted.hdf5"),
                FIXTURES.resolve("caiman/cnmf_sparse_b.hdf5"), FIXTURES.resolve("isxd/cellsets/cellset_5cells_12x7x10.isxd"),
                FIXTURES.resolve("nwb/segmentation/pixel_masks.nwb"), FIXTURES.resolve("nwb/segmentation/image_masks.nwb"),
                FIXTURES.resolve("mat/cnmfe_neuron_v5.mat"), FIXTURES.resolve("mat/cnmfe_neuron_v73_sparse.mat"),
                FIXTURES.resolve("mat/extract_v5.mat"), FIXTURES.resolve("mat/extract_v73_dff.mat"));
    }

    static Stream<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        for (Path source : sources()) {
            for (String layout : List.of("suite2p", "caiman", "npy")) {
                cases.add(Arguments.of(source, layout));
            }
        }
        return cases.stream();
    }

    static SegmentationExtractor open(Path path) {
        return REGISTRY.openSegmentation(path, OpenOptions.none());
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("cases")
    void comesBackEqual(Path source, String layout, @TempDir Path dir) throws Exception {
        assertRoundTrip(source, layout, dir);
    }

    /** Writes {@code source} as {@code layout} into {@code dir} and asserts what comes back. */
    static void assertRoundTrip(Path source, String layout, Path dir) throws Exception {
        SegmentationExtractor original = open(source);
        Path out = dir.resolve(layout.equals("caiman") ? "out.hdf5" : "out");
        if (layout.equals("caiman") && Stream.of(CurationStatus.of(original)).noneMatch(CurationStatus::keptAsCell)) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> SegmentationWriter.save(layout, original, source, out));
            assertTrue(e.getMessage().startsWith("every ROI is rejected: CaImAn's idx_components would be empty"));
            assertFalse(Files.exists(out) || Files.exists(dir.resolve("out.hdf5.partial")));
            return;
        }
        SegmentationWriter.save(layout, original, source, out);
        if (layout.equals("npy")) {
            assertNpyFolder(original, out);
            return;
        }
        SegmentationExtractor back = open(layout.equals("suite2p") ? out.resolve("plane0") : out);
        assertEquals(layout, REGISTRY.readerFor(layout.equals("suite2p") ? out.resolve("plane0") : out,
                OpenOptions.none()).id());
        assertEquals(original.getNumRois(), back.getNumRois());
        assertArrayEquals(original.getFrameShape(), back.getFrameShape());
        assertEquals(original.getNumSamples(), back.getNumSamples());
        assertEquals(original.getSamplingFrequency(), back.getSamplingFrequency());
        for (int i = 0; i < original.getNumRois(); i++) {
            assertArrayEquals(original.getImageMask(i), back.getImageMask(i), "mask of ROI " + i);
        }
        assertArrayEquals(keptOrRejected(CurationStatus.of(original)), CurationStatus.of(back));
        if (layout.equals("suite2p")) {
            assertSuite2pTraces(original, back);
        } else {
            assertCaimanTraces(original, back);
        }
    }

    /** What a layout that knows only cells and non-cells keeps of a status. */
    static CurationStatus[] keptOrRejected(CurationStatus[] statuses) {
        return Stream.of(statuses).map(s -> s.keptAsCell() ? CurationStatus.ACCEPTED : CurationStatus.REJECTED)
                .toArray(CurationStatus[]::new);
    }

    private static void assertSuite2pTraces(SegmentationExtractor original, SegmentationExtractor back) {
        TraceKind f = original.hasTraces(TraceKind.RAW) ? TraceKind.RAW : original.getTraceKinds().stream()
                .filter(k -> k != TraceKind.NEUROPIL && k != TraceKind.DECONVOLVED).findFirst().orElse(null);
        if (f != null) {
            assertFloat32(original.getTraces(f).values(), back.getTraces(TraceKind.RAW).values(), "F from " + f);
        }
        for (TraceKind kind : List.of(TraceKind.NEUROPIL, TraceKind.DECONVOLVED)) {
            if (original.hasTraces(kind)) {
                assertFloat32(original.getTraces(kind).values(), back.getTraces(kind).values(), kind.key());
            }
        }
    }

    private static void assertCaimanTraces(SegmentationExtractor original, SegmentationExtractor back) {
        for (TraceKind kind : List.of(TraceKind.RAW, TraceKind.DENOISED, TraceKind.DECONVOLVED, TraceKind.DFF)) {
            if (original.hasTraces(kind)) {
                assertClose(original.getTraces(kind).values(), back.getTraces(kind).values(), kind.key());
            }
        }
        if (!original.hasTraces(TraceKind.DENOISED) && original.hasTraces(TraceKind.RAW)) {
            assertClose(original.getTraces(TraceKind.RAW).values(), back.getTraces(TraceKind.DENOISED).values(), "C");
        }
    }

    private static void assertFloat32(double[] expected, double[] actual, String what) {
        assertEquals(expected.length, actual.length, what);
        for (int i = 0; i < expected.length; i++) {
            assertEquals((float) expected[i], (float) actual[i], what + " at " + i);
        }
    }

    private static void assertClose(double[] expected, double[] actual, String what) {
        assertEquals(expected.length, actual.length, what);
        for (int i = 0; i < expected.length; i++) {
            if (Double.isNaN(expected[i])) {
                assertTrue(Double.isNaN(actual[i]), what + " at " + i + ": NaN expected, was " + actual[i]);
            } else {
                assertEquals(expected[i], actual[i], 1e-12 * Math.max(1, Math.abs(expected[i])), what + " at " + i);
            }
        }
    }

    private static void assertNpyFolder(SegmentationExtractor original, Path out) throws Exception {
        NumpyArray footprints = NpyFiles.readArray(out.resolve("footprints.npy"));
        int[] frame = original.getFrameShape();
        assertArrayEquals(new int[] {original.getNumRois(), frame[0], frame[1]}, footprints.shape());
        double[] all = footprints.toDoubles();
        for (int i = 0; i < original.getNumRois(); i++) {
            float[] mask = original.getImageMask(i);
            for (int p = 0; p < mask.length; p++) {
                assertEquals(mask[p], (float) all[i * mask.length + p], "ROI " + i + " pixel " + p);
            }
        }
        for (TraceKind kind : original.getTraceKinds()) {
            NpyDoubles traces = NpyDoubles.read(out.resolve("traces_" + kind.key() + ".npy"));
            assertArrayEquals(new long[] {original.getNumSamples(), original.getNumRois()}, traces.shape());
            assertArrayEquals(original.getTraces(kind).values(), traces.values(), kind.key());
        }
        JsonArray rois = JsonParser.parseString(Files.readString(out.resolve("rois.json"))).getAsJsonObject()
                .getAsJsonArray("rois");
        assertEquals(original.getNumRois(), rois.size());
        for (int i = 0; i < rois.size(); i++) {
            assertEquals(String.valueOf(original.getRoiIds().get(i)),
                    rois.get(i).getAsJsonObject().get("id").getAsString());
        }
        try (Stream<Path> files = Files.list(out)) {
            assertTrue(files.allMatch(f -> f.getFileName().toString().matches("footprints.npy|traces_[a-z]+.npy|rois.json")));
        }
    }
}
