package io.github.ophysio.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link SegmentationExtractor} keeps, subclassed once per format. A subclass
 * gives a fresh segmentation and asserts the values it knows (from position coding or a real
 * file's README).
 */
public abstract class SegmentationExtractorContractTest {

    /** A fresh segmentation (each test may change its time base). */
    protected abstract SegmentationExtractor extractor();

    /** Asserts values this fixture is known to hold (ids, a mask, a few trace values). */
    protected abstract void assertKnownValues(SegmentationExtractor segmentation);

    @Test
    void knownValues() {
        assertKnownValues(extractor());
    }

    @Test
    void idsAreUniqueAndCounted() {
        SegmentationExtractor x = extractor();
        List<Object> ids = x.getRoiIds();
        assertEquals(x.getNumRois(), ids.size());
        assertEquals(ids.size(), new HashSet<>(ids).size(), "ids are unique");
        ids.forEach(id -> assertTrue(id instanceof Integer || id instanceof Long || id instanceof String, "id " + id));
    }

    @Test
    void masksLieInTheFrameAndRoundTripThroughImages() {
        SegmentationExtractor x = extractor();
        int[] frame = x.getFrameShape();
        for (int i = 0; i < x.getNumRois(); i++) {
            PixelMask mask = x.getPixelMask(i);
            for (int k = 0; k < mask.size(); k++) {
                assertTrue(mask.rows()[k] >= 0 && mask.rows()[k] < frame[0], "row inside the frame");
                assertTrue(mask.cols()[k] >= 0 && mask.cols()[k] < frame[1], "col inside the frame");
            }
            float[] image = x.getImageMask(i);
            assertEquals(frame[0] * frame[1], image.length);
            assertEquals(mask.weightSum(), PixelMask.fromImage(image, frame[1]).weightSum(), 1e-3);
        }
    }

    @Test
    void tracesAreSamplesByRoisAndWindowsAgree() {
        SegmentationExtractor x = extractor();
        int n = x.getNumRois();
        int t = x.getNumSamples();
        for (TraceKind kind : x.getTraceKinds()) {
            TraceBlock all = x.getTraces(kind);
            assertEquals(t, all.samples());
            assertEquals(n, all.rois());
            if (n > 0 && t > 1) {
                TraceBlock window = x.readTraces(kind, 1, t, new int[] {n - 1, 0});
                assertEquals(all.get(1, n - 1), window.get(0, 0));
                assertEquals(all.get(t - 1, 0), window.get(t - 2, 1));
                assertArrayEquals(all.column(n - 1), x.getTrace(kind, n - 1));
            }
        }
    }

    @Test
    void selectingRoisKeepsPropertiesAndTracesAligned() {
        SegmentationExtractor x = extractor();
        int n = x.getNumRois();
        int[] reversed = new int[n];
        for (int i = 0; i < n; i++) {
            reversed[i] = n - 1 - i;
        }
        SegmentationExtractor picked = x.selectRois(reversed);
        List<Object> ids = new ArrayList<>(x.getRoiIds());
        Collections.reverse(ids);
        assertEquals(ids, picked.getRoiIds());
        for (RoiProperty property : x.getProperties()) {
            List<Object> values = new ArrayList<>(property.values());
            Collections.reverse(values);
            assertEquals(values, picked.getProperty(property.name()).orElseThrow().values(), property.name());
        }
        for (TraceKind kind : x.getTraceKinds()) {
            if (n > 0) {
                assertArrayEquals(x.getTrace(kind, 0), picked.getTrace(kind, n - 1));
            }
        }
        if (n > 0) {
            assertEquals(x.getPixelMask(0).weightSum(), picked.getPixelMask(n - 1).weightSum(), 1e-6);
            assertEquals(0, x.selectRoiIds(List.of(x.getRoiIds().get(0))).roiIndex(x.getRoiIds().get(0)));
        }
    }

    @Test
    void propertiesHaveOneValuePerRoi() {
        SegmentationExtractor x = extractor();
        for (RoiProperty property : x.getProperties()) {
            assertEquals(x.getNumRois(), property.values().size(), property.name());
        }
    }

    @Test
    void imagesHaveTheFrameShape() {
        SegmentationExtractor x = extractor();
        int[] frame = x.getFrameShape();
        for (String name : x.getImageNames()) {
            assertEquals(frame[0] * frame[1], x.getImage(name).length, name);
        }
        assertThrows(IllegalArgumentException.class, () -> x.getImage("no such image"));
    }

    @Test
    void sampleSliceShiftsTraces() {
        SegmentationExtractor x = extractor();
        if (x.getNumSamples() < 2 || x.getNumRois() == 0) {
            return;
        }
        SegmentationExtractor slice = x.sliceSamples(1, x.getNumSamples());
        assertEquals(x.getNumSamples() - 1, slice.getNumSamples());
        for (TraceKind kind : x.getTraceKinds()) {
            assertEquals(x.getTraces(kind).get(1, 0), slice.getTraces(kind).get(0, 0));
        }
    }

    @Test
    void timestampsFollowUserThenNativeThenRate() {
        SegmentationExtractor x = extractor();
        double[] times = x.getTimestamps();
        if (x.hasNativeTimestamps()) {
            assertArrayEquals(x.getNativeTimestamps(0, x.getNumSamples()), times);
        } else if (x.getSamplingFrequency().isPresent() && x.getNumSamples() > 1) {
            assertEquals(1 / x.getSamplingFrequency().getAsDouble(), times[1], 1e-12);
        } else if (x.getSamplingFrequency().isEmpty()) {
            assertNull(times);
        }
        double[] mine = new double[x.getNumSamples()];
        for (int i = 0; i < mine.length; i++) {
            mine[i] = 50 + i;
        }
        x.setTimes(mine);
        assertArrayEquals(mine, x.getTimestamps());
    }

    @Test
    void backgroundIsSeparateFromRois() {
        SegmentationExtractor x = extractor();
        for (int i = 0; i < x.getNumBackground(); i++) {
            assertTrue(x.getBackgroundMask(i).size() > 0);
        }
        if (x.getNumBackground() > 0) {
            TraceBlock traces = x.readBackgroundTraces(0, x.getNumSamples(), new int[] {0});
            assertEquals(x.getNumSamples(), traces.samples());
        }
        assertTrue(java.util.Collections.disjoint(x.getRoiIds(), x.getBackgroundIds()));
    }
}
