package io.github.ophysio.fiji.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ophysio.error.CorruptFileException;
import io.github.ophysio.lazy.LazyRecording;
import ij.ImagePlus;
import ij.process.ImageProcessor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The virtual stack with read-ahead on the shared pool returns exactly the plane asked for. */
class ReadAheadStackTest {

    private static final int SAMPLES = 60;

    private final ProbeRecording recording = ProbeRecording.of(SAMPLES);
    private final OphysVirtualStack stack = new OphysVirtualStack(List.of(LazyRecording.of(recording)));

    @Test
    void forwardScrollReturnsEveryPlane() {
        for (int n = 1; n <= SAMPLES; n++) {
            assertSlice(recording, stack.getProcessor(n), n - 1, 0);
        }
    }

    @Test
    void backwardScrollReturnsEveryPlane() {
        for (int n = SAMPLES; n >= 1; n--) {
            assertSlice(recording, stack.getProcessor(n), n - 1, 0);
        }
    }

    @Test
    void randomJumpsAndShortRunsReturnEveryPlane() {
        Random random = new Random(7);
        int n = 1;
        for (int i = 0; i < 500; i++) {
            int move = random.nextInt(4);
            n = move == 0 ? 1 + random.nextInt(SAMPLES) : Math.max(1, Math.min(SAMPLES, n + (move == 1 ? -1 : 1)));
            assertSlice(recording, stack.getProcessor(n), n - 1, 0);
        }
    }

    @Test
    void hyperstackScrollAndPlaybackReturnTheRightChannelPlaneAndSample() {
        ProbeRecording red = new ProbeRecording(20, 3, 0, Integer.MAX_VALUE);
        ProbeRecording green = new ProbeRecording(20, 3, 1000, Integer.MAX_VALUE);
        OphysVirtualStack hyper = new OphysVirtualStack(List.of(LazyRecording.of(red), LazyRecording.of(green)));
        List<ProbeRecording> channels = List.of(red, green);
        for (int n = 1; n <= hyper.getSize(); n++) {
            int i = n - 1;
            assertSlice(channels.get(i % 2), hyper.getProcessor(n), i / 6, (i / 2) % 3);
        }
        for (int n = 2; n <= hyper.getSize(); n += 6) { // playing T, green channel, plane 0
            assertSlice(green, hyper.getProcessor(n), (n - 2) / 6, 0);
        }
    }

    @Test
    void concurrentCallersEachGetTheirPlane() throws Exception {
        ExecutorService callers = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int c = 0; c < 4; c++) {
                int start = 1 + c * 7;
                done.add(callers.submit(() -> scroll(start, SAMPLES)));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            callers.shutdownNow();
        }
    }

    private void scroll(int from, int to) {
        for (int n = from; n <= to; n++) {
            assertSlice(recording, stack.getProcessor(n), n - 1, 0);
        }
    }

    @Test
    void aTruncatedFileFailsWhenTheBrokenPlaneIsAskedForNotBefore() {
        ProbeRecording truncated = new ProbeRecording(SAMPLES, 1, 0, 30);
        OphysVirtualStack broken = new OphysVirtualStack(List.of(LazyRecording.of(truncated)));
        for (int n = 1; n <= 30; n++) {
            assertSlice(truncated, broken.getProcessor(n), n - 1, 0);
        }
        CorruptFileException e = assertThrows(CorruptFileException.class, () -> broken.getProcessor(31));
        assertTrue(e.getMessage().startsWith("probe.npy: corrupt: truncated: sample 30"), e.getMessage());
        assertThrows(CorruptFileException.class, () -> broken.getProcessor(32));
        assertSlice(truncated, broken.getProcessor(5), 4, 0);
    }

    @Test
    void imagePlusSetSliceForwardAndBackShowsEachPlane() {
        ImagePlus image = RecordingImages.virtual("r", List.of(recording), Map.of());
        for (int n = 1; n <= SAMPLES; n++) {
            image.setSlice(n);
            assertSlice(recording, image.getProcessor(), n - 1, 0);
        }
        for (int n = SAMPLES; n >= 1; n -= 1) {
            image.setSlice(n);
            assertSlice(recording, image.getProcessor(), n - 1, 0);
        }
    }

    @Test
    void workersAreNamedDaemons() {
        scroll(1, 20);
        List<Thread> workers = Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().startsWith("ophys-read-ahead")).toList();
        assertTrue(!workers.isEmpty() && workers.size() <= 2, workers.toString());
        assertTrue(workers.stream().allMatch(Thread::isDaemon));
    }

    static void assertSlice(ProbeRecording source, ImageProcessor ip, int sample, int plane) {
        for (int r = 0; r < ip.getHeight(); r++) {
            for (int c = 0; c < ip.getWidth(); c++) {
                assertEquals(source.expected(sample, plane, r, c), ip.get(c, r),
                        "sample " + sample + " plane " + plane + " at " + r + "," + c);
            }
        }
    }
}
