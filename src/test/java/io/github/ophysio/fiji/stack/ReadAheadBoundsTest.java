package io.github.ophysio.fiji.stack;

import static io.github.ophysio.fiji.stack.ReadAheadStackTest.assertSlice;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ophysio.error.CorruptFileException;
import io.github.ophysio.lazy.LazyRecording;
import io.github.ophysio.lazy.PlaneCache;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Read-ahead on an executor the test drives: how much is read, what is cancelled, where errors go. */
class ReadAheadBoundsTest {

    private static final int DEPTH = 4;

    private final ManualExecutor pool = new ManualExecutor();
    private final ProbeRecording recording = ProbeRecording.of(40);
    private final OphysVirtualStack stack = stack(recording);

    private OphysVirtualStack stack(ProbeRecording source) {
        return new OphysVirtualStack(List.of(LazyRecording.of(source, new PlaneCache(1 << 20))), pool, DEPTH);
    }

    @Test
    void theFirstRequestAndJumpsReadNothingAhead() {
        stack.getProcessor(1);
        stack.getProcessor(20);
        stack.getProcessor(20);
        assertEquals(0, pool.submitted());
        assertEquals(3, recording.reads.get());
    }

    @Test
    void sequentialScrollReadsAtMostDepthPlanesAhead() {
        for (int n = 1; n <= 30; n++) {
            assertSlice(recording, stack.getProcessor(n), n - 1, 0);
            pool.runAll();
            assertTrue(stack.readAheadPending() <= DEPTH);
            assertTrue(recording.reads.get() <= n + DEPTH, "read " + recording.reads.get() + " after slice " + n);
        }
        assertEquals(30 + DEPTH, recording.reads.get(), "each plane read once");
    }

    @Test
    void slicesTakenHereUseWhatWasReadAheadAndReadNothingFurther() {
        ReadAhead<Integer> ahead = new ReadAhead<>(n -> n * 10, 40, DEPTH, new int[] {1}, pool);
        ahead.get(1);
        ahead.get(2);
        pool.runAll();
        assertEquals(DEPTH, ahead.pending());
        assertEquals(30, ahead.getHere(3), "read ahead already");
        assertEquals(0, ahead.pending(), "the other reads ahead are dropped");
        assertEquals(40, ahead.getHere(4));
        assertEquals(0, pool.submitted() - DEPTH, "nothing more scheduled");
        assertEquals(50, ahead.get(5));
        assertTrue(ahead.pending() > 0, "a plain sequential request reads ahead again");
    }

    @Test
    void aJumpCancelsPendingReads() {
        stack.getProcessor(1);
        stack.getProcessor(2);
        assertEquals(DEPTH, stack.readAheadPending());
        stack.getProcessor(30);
        assertEquals(0, stack.readAheadPending());
        pool.runAll();
        assertEquals(3, recording.reads.get(), "cancelled reads read nothing");
    }

    @Test
    void turningBackDropsReadsAheadInTheOldDirection() {
        stack.getProcessor(10);
        stack.getProcessor(11);
        pool.runAll();
        stack.getProcessor(10);
        pool.runAll();
        assertEquals(2 + DEPTH + 1 + DEPTH, recording.reads.get());
        for (int n = 9; n >= 1; n--) {
            assertSlice(recording, stack.getProcessor(n), n - 1, 0);
        }
    }

    @Test
    void releaseCancelsEverything() {
        stack.getProcessor(1);
        stack.getProcessor(2);
        stack.release();
        assertEquals(0, stack.readAheadPending());
        pool.runAll();
        assertEquals(2, recording.reads.get());
        stack.getProcessor(3);
        assertEquals(0, stack.readAheadPending(), "after release the position is forgotten");
    }

    @Test
    void aPlaneNotYetStartedIsReadByTheCallerAndNotAgain() {
        stack.getProcessor(1);
        stack.getProcessor(2);
        assertSlice(recording, stack.getProcessor(3), 2, 0);
        pool.runAll();
        assertEquals(3 + DEPTH, recording.reads.get(), "slice 3 was read once, by the caller");
    }

    @Test
    void aReadAheadFailureSurfacesWhenThatPlaneIsAskedFor() {
        ProbeRecording truncated = new ProbeRecording(40, 1, 0, 4);
        OphysVirtualStack broken = stack(truncated);
        broken.getProcessor(1);
        broken.getProcessor(2);
        pool.runAll(); // slices 3..6 read ahead: 5 and 6 fail in the worker
        int reads = truncated.reads.get();
        assertSlice(truncated, broken.getProcessor(3), 2, 0);
        assertSlice(truncated, broken.getProcessor(4), 3, 0);
        CorruptFileException e = assertThrows(CorruptFileException.class, () -> broken.getProcessor(5));
        assertTrue(e.getMessage().contains("sample 4 is past the end"), e.getMessage());
        assertEquals(reads, truncated.reads.get(), "the worker's exception, not a second read");
    }

    @Test
    void aFailureOfAPlaneNeverAskedForIsDropped() {
        ProbeRecording truncated = new ProbeRecording(40, 1, 0, 4);
        OphysVirtualStack broken = stack(truncated);
        broken.getProcessor(1);
        broken.getProcessor(2);
        pool.runAll();
        assertSlice(truncated, broken.getProcessor(1), 0, 0);
        assertEquals(0, broken.readAheadPending());
    }

    @Test
    void everyPlaneIsHandedOutOnce() {
        stack.getProcessor(1);
        stack.getProcessor(2);
        pool.runAll();
        Object ahead = stack.getPixels(3);
        assertNotSame(ahead, stack.getPixels(3));
    }

    @Test
    void depthIsBoundedByBytesInFlight() {
        assertEquals(ReadAhead.MAX_DEPTH, ReadAhead.depthFor(512 * 512 * 2));
        assertEquals(2, ReadAhead.depthFor(ReadAhead.IN_FLIGHT_BYTES / 2));
        assertEquals(1, ReadAhead.depthFor(2048L * 2048 * 8), "a huge plane: one ahead");
        System.setProperty(ReadAhead.PLANES_PROPERTY, "0");
        try {
            assertEquals(0, ReadAhead.depthFor(512 * 512 * 2), "read-ahead off");
        } finally {
            System.clearProperty(ReadAhead.PLANES_PROPERTY);
        }
    }
}
