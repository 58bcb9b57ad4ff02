package io.github.ophysio.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ophysio.model.ImagingExtractor;
import io.github.ophysio.model.PixelType;
import io.github.ophysio.model.SampleShape;
import io.github.ophysio.model.SyntheticImaging;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

class RecordingPassTest {

    private static ImagingExtractor recording(PixelType type) {
        return SyntheticImaging.builder().samples(23).shape(5, 7, 3).type(type).fs(10.0).build();
    }

    /** Sums every pixel of every plane it sees, and remembers the order it saw them in. */
    static final class Summing implements PlaneWorker {
        final SampleBlock block;
        final List<int[]> seen = new ArrayList<>();
        double sum;

        Summing(SampleBlock block) {
            this.block = block;
        }

        @Override
        public void accept(int sample, int plane, float[] pixels) {
            seen.add(new int[] {sample, plane});
            for (float v : pixels) {
                sum += v;
            }
        }
    }

    @ParameterizedTest
    @EnumSource(value = PixelType.class, names = {"UINT8", "INT8", "UINT16", "INT16", "UINT32", "FLOAT32", "FLOAT64"})
    void everyPlaneArrivesOnceAsItsValues(PixelType type) {
        ImagingExtractor rec = recording(type);
        SampleShape shape = rec.getSampleShape();
        List<PlaneWorker> workers = RecordingPass.over(rec).threads(4).run(block -> (sample, plane, pixels) -> {
            for (int r = 0; r < shape.rows(); r++) {
                for (int c = 0; c < shape.cols(); c++) {
                    float expected = (float) SyntheticImaging.expected(type, shape, sample, r, c, plane);
                    assertEquals(expected, pixels[r * shape.cols() + c], "t" + sample + " p" + plane);
                }
            }
        });
        assertEquals(4, workers.size());
    }

    @Test
    void blocksAreContiguousInOrderAndEachReadsInStorageOrder() {
        ImagingExtractor rec = recording(PixelType.UINT16);
        List<Summing> workers = RecordingPass.over(rec).threads(3).samples(2, 20).planes(2, 0).run(Summing::new);
        int next = 2;
        for (int b = 0; b < workers.size(); b++) {
            Summing w = workers.get(b);
            assertEquals(b, w.block.index());
            assertEquals(next, w.block.start());
            next = w.block.end();
            List<int[]> expected = new ArrayList<>();
            for (int t = w.block.start(); t < w.block.end(); t++) {
                expected.add(new int[] {t, 2});
                expected.add(new int[] {t, 0});
            }
            assertEquals(expected.stream().map(a -> a[0] + "/" + a[1]).toList(),
                    w.seen.stream().map(a -> a[0] + "/" + a[1]).toList());
        }
        assertEquals(20, next);
        assertEquals(List.of(6, 6, 6), workers.stream().map(w -> w.block.size()).toList());
    }

    @Test
    void mergedResultDoesNotDependOnTheThreadCount() {
        ImagingExtractor rec = recording(PixelType.UINT16);
        double one = RecordingPass.over(rec).threads(1).run(Summing::new).get(0).sum;
        double many = RecordingPass.over(rec).threads(5).run(Summing::new).stream().mapToDouble(w -> w.sum).sum();
        assertEquals(one, many, 1e-6 * one);
    }

    @Test
    void moreThreadsThanSamplesGiveOneBlockPerSampleAndNoSamplesOneEmptyBlock() {
        ImagingExtractor rec = recording(PixelType.UINT8);
        assertEquals(3, RecordingPass.over(rec).samples(4, 7).threads(8).blocks().size());
        List<Summing> none = RecordingPass.over(rec).samples(5, 5).run(Summing::new);
        assertEquals(1, none.size());
        assertEquals(0, none.get(0).seen.size());
    }

    @Test
    void progressRisesToOne() {
        List<Double> fractions = new ArrayList<>();
        RecordingPass.over(recording(PixelType.UINT16)).progress(fractions::add).run(Summing::new);
        for (int i = 1; i < fractions.size(); i++) {
            assertTrue(fractions.get(i) >= fractions.get(i - 1), fractions.toString());
        }
        assertEquals(1.0, fractions.get(fractions.size() - 1));
    }

    @Test
    void aWorkersExceptionIsRethrownAsItWas() {
        IllegalStateException thrown = new IllegalStateException("bad plane");
        RecordingPass pass = RecordingPass.over(recording(PixelType.UINT16)).threads(2);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> pass.run(block -> (t, p, px) -> {
            if (t == 15) {
                throw thrown;
            }
        }));
        assertSame(thrown, e);
    }

    @Test
    void cancellingStopsEveryWorkerBeforeThrowing() throws InterruptedException {
        AtomicBoolean cancel = new AtomicBoolean();
        AtomicInteger planes = new AtomicInteger();
        RecordingPass pass = RecordingPass.over(slowRecording()).threads(2).cancelledWhen(cancel::get);
        PassCancelledException e = assertThrows(PassCancelledException.class, () -> pass.run(block -> (t, p, px) -> {
            if (planes.incrementAndGet() == 4) {
                cancel.set(true);
            }
        }));
        assertEquals("cancelled", e.getMessage());
        int atThrow = planes.get();
        Thread.sleep(100);
        assertEquals(atThrow, planes.get(), "no worker runs after the pass returned");
        assertTrue(atThrow < 3 * 23, "stopped early: " + atThrow);
    }

    @Test
    void interruptingTheCallerCancels() {
        RecordingPass pass = RecordingPass.over(slowRecording()).threads(2);
        Thread.currentThread().interrupt();
        assertThrows(PassCancelledException.class, () -> pass.run(Summing::new));
        assertTrue(Thread.interrupted(), "the interrupt is kept for the caller");
    }

    @Test
    void badArgumentsAreRefusedWithTheirValue() {
        RecordingPass pass = RecordingPass.over(recording(PixelType.UINT16));
        assertEquals("samples [3, 24) outside [0, 23)",
                assertThrows(IllegalArgumentException.class, () -> pass.samples(3, 24)).getMessage());
        assertEquals("plane 3 outside [0, 3)",
                assertThrows(IllegalArgumentException.class, () -> pass.planes(0, 3)).getMessage());
        assertEquals("threads must be at least 1, not 0",
                assertThrows(IllegalArgumentException.class, () -> pass.threads(0)).getMessage());
    }

    /** A recording whose planes take 5 ms each, so a cancel arrives mid-pass. */
    private static ImagingExtractor slowRecording() {
        ImagingExtractor fast = recording(PixelType.UINT16);
        return new ImagingExtractor() {
            @Override
            public int getNumSamples() {
                return fast.getNumSamples();
            }

            @Override
            public SampleShape getSampleShape() {
                return fast.getSampleShape();
            }

            @Override
            public PixelType getPixelType() {
                return fast.getPixelType();
            }

            @Override
            public OptionalDouble getSamplingFrequency() {
                return fast.getSamplingFrequency();
            }

            @Override
            public void readPlane(int sample, int plane, Object dest) {
                LockSupport.parkNanos(5_000_000);
                fast.readPlane(sample, plane, dest);
            }
        };
    }
}
