package io.github.ophysio.traces;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ophysio.model.ImagingExtractor;
import io.github.ophysio.model.PixelMask;
import io.github.ophysio.model.SegmentationExtractor;
import io.github.ophysio.model.TraceBlock;
import io.github.ophysio.model.TraceKind;
import io.github.ophysio.stream.PassCancelledException;
import io.github.ophysio.testing.FixtureGenerators;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Traces of every kind of footprint against the numpy reference of make_trace_fixtures.py. */
class TraceExtractionTest {

    @Test
    void generatorReproducesTheCommittedTraceFixtures(@TempDir Path out) throws Exception {
        FixtureGenerators.assertReproduces("make_trace_fixtures.py", "numpy", out, "traces");
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 3})
    void rawNeuropilAndDffMatchNumpy(int threads) throws Exception {
        try (ExtractedTraces traces = TraceExtraction.of(TraceFixtures.recording(), TraceFixtures.footprints(),
                TraceFixtures.options()).threads(threads).run()) {
            assertEquals(List.of(TraceKind.RAW, TraceKind.NEUROPIL, TraceKind.DFF), traces.kinds());
            assertMatches("raw", traces, TraceKind.RAW, 2e-3);
            assertMatches("neuropil", traces, TraceKind.NEUROPIL, 2e-3);
            assertMatches("dff", traces, TraceKind.DFF, 1e-5);
        }
    }

    @Test
    void ringsAreSuite2psNeuropilMasks() throws Exception {
        List<RoiFootprint> rois = TraceFixtures.footprints();
        TraceOptions options = TraceFixtures.options();
        NpyArrays expected = NpyArrays.read(TraceFixtures.DIR.resolve("expected_rings.npy"));
        int rows = expected.shape()[1];
        int cols = expected.shape()[2];
        for (int plane = 0; plane < 2; plane++) {
            int p = plane;
            List<RoiFootprint> on = rois.stream().filter(r -> r.plane() == p).toList();
            List<PixelMask> rings = NeuropilRings.of(rows, cols, on.stream().map(RoiFootprint::mask).toList(),
                    options.innerRadius(), options.minNeuropilPixels());
            for (int i = 0; i < on.size(); i++) {
                int k = rois.indexOf(on.get(i));
                float[] want = expected.slice(k);
                float[] got = rings.get(i).toImage(rows, cols);
                assertEquals(java.util.Arrays.toString(want), java.util.Arrays.toString(got), "ring of ROI " + k);
            }
        }
    }

    @Test
    void rawOnlyMakesOneKindAndTheEmptyRoiIsNaN() throws Exception {
        try (ExtractedTraces traces = TraceExtraction.of(TraceFixtures.recording(), TraceFixtures.footprints(),
                TraceOptions.rawOnly()).run()) {
            assertEquals(List.of(TraceKind.RAW), traces.kinds());
            assertMatches("raw", traces, TraceKind.RAW, 2e-3);
            assertTrue(Double.isNaN(traces.read(TraceKind.RAW, 0, 1, new int[] {8}).get(0, 0)));
            assertEquals("no dff traces were extracted", assertThrows(IllegalArgumentException.class,
                    () -> traces.read(TraceKind.DFF, 0, 1, new int[] {0})).getMessage());
        }
    }

    @Test
    void asSegmentationKeepsNamesAndTheRecordingsTimeBase() throws Exception {
        List<RoiFootprint> rois = new ArrayList<>(TraceFixtures.footprints().subList(0, 3));
        rois.set(2, new RoiFootprint("roi0", 0, rois.get(2).mask()));
        try (ExtractedTraces traces = TraceExtraction.of(TraceFixtures.recording(), rois, TraceOptions.rawOnly()).run()) {
            SegmentationExtractor segmentation = traces.asSegmentation("test");
            assertEquals(List.of("roi0", "roi1", "roi0-2"), segmentation.getRoiIds());
            assertEquals(4.0, segmentation.getTimestamps()[40], 1e-12);
            TraceBlock column = segmentation.readTraces(TraceKind.RAW, 3, 5, new int[] {1});
            assertEquals(java.util.Arrays.toString(traces.read(TraceKind.RAW, 3, 5, new int[] {1}).values()),
                    java.util.Arrays.toString(column.values()));
        }
    }

    @Test
    void cancellingReturnsNothing() throws Exception {
        AtomicInteger polls = new AtomicInteger();
        TraceExtraction extraction = TraceExtraction.of(TraceFixtures.recording(), TraceFixtures.footprints(),
                TraceFixtures.options()).cancelledWhen(() -> polls.incrementAndGet() > 0);
        assertThrows(PassCancelledException.class, extraction::run);
    }

    @Test
    void badRequestsAreRefusedWithWhatIsWrong() throws Exception {
        ImagingExtractor recording = TraceFixtures.recording();
        List<RoiFootprint> onPlane2 = List.of(new RoiFootprint("high", 2, TraceFixtures.footprints().get(0).mask()));
        assertEquals("ROI high is on plane 2 but the recording has 2 plane(s)", assertThrows(
                IllegalArgumentException.class, () -> TraceExtraction.of(recording, onPlane2, TraceOptions.rawOnly()))
                .getMessage());
        assertEquals("ROI x: plane -1 is negative", assertThrows(IllegalArgumentException.class,
                () -> new RoiFootprint("x", -1, onPlane2.get(0).mask())).getMessage());
        assertEquals("baseline percentile out of range: 101.0", assertThrows(IllegalArgumentException.class,
                () -> TraceOptions.rawOnly().withBaseline(101, 60)).getMessage());
    }

    @Test
    void dffWithoutASamplingRateIsRefused() throws Exception {
        ImagingExtractor unrated = io.github.ophysio.formats.FormatRegistry.load().openImaging(
                TraceFixtures.DIR.resolve("recording.npy"), io.github.ophysio.formats.OpenOptions.of(java.util.Map.of(
                        "fourth-axis", "planes")));
        TraceExtraction extraction = TraceExtraction.of(unrated, TraceFixtures.footprints(),
                TraceOptions.rawOnly().withDff(true));
        assertEquals("dF/F needs the recording's sampling rate (the baseline window is in seconds), and none is known",
                assertThrows(IllegalArgumentException.class, extraction::run).getMessage());
    }

    private static void assertMatches(String name, ExtractedTraces traces, TraceKind kind, double tolerance)
            throws Exception {
        NpyArrays expected = TraceFixtures.expected(name);
        int samples = expected.shape()[0];
        int rois = expected.shape()[1];
        int[] all = java.util.stream.IntStream.range(0, rois).toArray();
        TraceBlock got = traces.read(kind, 0, samples, all);
        for (int t = 0; t < samples; t++) {
            for (int k = 0; k < rois; k++) {
                double want = expected.values()[t * rois + k];
                double value = got.get(t, k);
                if (Double.isNaN(want)) {
                    assertTrue(Double.isNaN(value), name + " t" + t + " roi" + k + ": " + value);
                } else {
                    assertEquals(want, value, tolerance * Math.max(1, Math.abs(want)), name + " t" + t + " roi" + k);
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void writeDoublesGivesEveryValueAsReadInCOrderLittleEndian(boolean exact) throws Exception {
        try (ExtractedTraces traces = TraceExtraction.of(TraceFixtures.recording(), TraceFixtures.footprints(),
                TraceFixtures.options()).exact(exact).run()) {
            int[] all = java.util.stream.IntStream.range(0, traces.rois()).toArray();
            for (TraceKind kind : traces.kinds()) {
                java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
                traces.writeDoubles(kind, out);
                java.nio.ByteBuffer bytes = java.nio.ByteBuffer.wrap(out.toByteArray())
                        .order(java.nio.ByteOrder.LITTLE_ENDIAN);
                TraceBlock block = traces.read(kind, 0, traces.samples(), all);
                assertEquals(8 * block.values().length, bytes.remaining(), kind.key());
                for (double value : block.values()) {
                    assertEquals(Double.doubleToLongBits(value), Double.doubleToLongBits(bytes.getDouble()), kind.key());
                }
            }
            if (exact) {
                assertMatches("raw", traces, TraceKind.RAW, 1e-7);
            }
        }
    }
}
