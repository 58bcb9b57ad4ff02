package io.github.ophysio.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ophysio.error.CorruptFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Samples made on several threads reach the writer in order, a bounded few ahead, failures as thrown. */
class OrderedSamplesTest {

    @Test
    void samplesArriveInOrderWhateverTheirTimes() throws Exception {
        List<Integer> seen = new ArrayList<>();
        OrderedSamples.stream(3, 103, 1, 4, t -> {
            sleep((t * 7) % 3);
            return new byte[] {(byte) t};
        }, (t, bytes) -> {
            assertEquals((byte) (int) t, bytes[0]);
            seen.add(t);
        });
        assertEquals(100, seen.size());
        for (int i = 0; i < seen.size(); i++) {
            assertEquals(i + 3, seen.get(i));
        }
    }

    @Test
    void lookAheadIsBoundedInBytes() throws Exception {
        AtomicInteger made = new AtomicInteger();
        long big = OrderedSamples.AHEAD_BYTES / 2;
        OrderedSamples.stream(0, 50, big, 8, t -> {
            made.incrementAndGet();
            return new byte[0];
        }, (t, bytes) -> assertTrue(made.get() <= t + 2, "made " + made.get() + " when writing " + t));
        assertEquals(50, made.get());
    }

    @Test
    void aFailureIsRethrownAsItWasThrown() {
        CorruptFileException bad = new CorruptFileException(Path.of("m.h5"), "a deflate chunk does not inflate");
        List<Integer> written = new ArrayList<>();
        CorruptFileException thrown = assertThrows(CorruptFileException.class,
                () -> OrderedSamples.stream(0, 40, 1, 4, t -> {
                    if (t == 17) {
                        throw bad;
                    }
                    return new byte[1];
                }, (t, bytes) -> written.add(t)));
        assertSame(bad, thrown);
        assertEquals(17, written.size());
    }

    private static void sleep(int ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
