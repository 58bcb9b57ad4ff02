package io.github.ophysio.io.pickle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ophysio.error.CorruptFileException;
import io.github.ophysio.error.UnsupportedFormatException;
import io.github.ophysio.testing.Fixtures;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Whole .npy files: np.save pickles (protocol 3), hand-wrapped protocol 4, plain Fortran arrays. */
class NpyFilesTest {

    private static final Path PLANE0 = Fixtures.path("suite2p/suite2p", "plane0");
    private static final Path PLANE1 = Fixtures.path("suite2p/suite2p", "plane1");

    @Test
    void opsIsTheDictInsideAZeroDObjectArray() {
        for (Path plane : List.of(PLANE0, PLANE1)) {
            Map<String, Object> ops = NpyFiles.readDict(plane.resolve("ops.npy"));
            assertEquals(7.5, ops.get("fs"));
            assertEquals(20, ops.get("Ly"));
            assertEquals(List.of(5, 6), ops.get("diameter"));
            assertEquals(LocalDateTime.of(2024, 3, 5, 14, 7, 9, 123_456_000), ops.get("date_proc"));
            assertEquals(Map.of("registration", 1.5), ops.get("timing"));
            NumpyArray vcorr = assertInstanceOf(NumpyArray.class, ops.get("Vcorr"));
            assertEquals(2.03f, (float) vcorr.getDouble(0, 0), 1e-6);
        }
    }

    @Test
    void statIsAListOfDicts() {
        List<Object> stat = NpyFiles.readObjectList(PLANE0.resolve("stat.npy"));
        assertEquals(6, stat.size());
        Map<?, ?> roi = (Map<?, ?>) stat.get(2);
        assertEquals("<i8", ((NumpyArray) roi.get("ypix")).dtype().descr());
        assertEquals(3.5, roi.get("radius"));
        assertEquals(0.5f, roi.get("skew"));
        assertEquals(List.of(10, 15), roi.get("med"));
    }

    @Test
    void fortranOrderedPlainArraysAreIndexedLogically() {
        NumpyArray iscell = NpyFiles.readArray(PLANE0.resolve("iscell.npy"));
        assertTrue(iscell.fortranOrder());
        for (int n = 0; n < 6; n++) {
            assertEquals(n % 2 == 0 ? 1 : 0, iscell.getDouble(n, 0));
            assertEquals(n / 10.0 + 0.05, iscell.getDouble(n, 1), 1e-12);
        }
    }

    @Test
    void wrongKindsOfContentAreCorrupt() {
        Path stat = PLANE0.resolve("stat.npy");
        Fixtures.assertError(stat, CorruptFileException.class, () -> NpyFiles.readDict(stat), "a pickled dict");
        Path f = PLANE0.resolve("F.npy");
        Fixtures.assertError(f, CorruptFileException.class, () -> NpyFiles.readObjectList(f), "1-D object array");
        Path ops = Fixtures.path("suite2p/bad/foreign_global", "ops.npy");
        Fixtures.assertError(ops, UnsupportedFormatException.class, () -> NpyFiles.read(ops), "'os.system'");
    }
}
