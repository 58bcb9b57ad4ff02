package io.github.ophysio.formats.suite2p;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.ophysio.error.CorruptFileException;
import io.github.ophysio.testing.Fixtures;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Trace files in both memory orders and dtypes: the strided path as well as Suite2p's contiguous one. */
class TraceMatrixTest {

    private static final int ROIS = 3;
    private static final int SAMPLES = 5;

    /** An NPY v1.0 (rois, samples) file whose element (n, t) is 10·n + t, stored in the given order. */
    private static Path write(Path dir, String descr, boolean fortran, int keepBytes) throws IOException {
        String dict = "{'descr': '" + descr + "', 'fortran_order': " + (fortran ? "True" : "False") + ", 'shape': (" + ROIS
                + ", " + SAMPLES + "), }";
        StringBuilder header = new StringBuilder(dict);
        while ((10 + header.length() + 1) % 64 != 0) {
            header.append(' ');
        }
        header.append('\n');
        int size = descr.endsWith("8") ? 8 : 4;
        ByteBuffer data = ByteBuffer.allocate(ROIS * SAMPLES * size).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < ROIS * SAMPLES; i++) {
            int n = fortran ? i % ROIS : i / SAMPLES;
            int t = fortran ? i / ROIS : i % SAMPLES;
            if (size == 8) {
                data.putDouble(10 * n + t);
            } else {
                data.putFloat(10 * n + t);
            }
        }
        ByteBuffer file = ByteBuffer.allocate(10 + header.length() + data.capacity()).order(ByteOrder.LITTLE_ENDIAN);
        file.put(new byte[] {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0}).putShort((short) header.length());
        file.put(header.toString().getBytes(StandardCharsets.ISO_8859_1)).put(data.array());
        Path path = dir.resolve(descr.substring(1) + (fortran ? "_f" : "_c") + ".npy");
        Files.write(path, Arrays.copyOf(file.array(), file.capacity() - keepBytes));
        return path;
    }

    @Test
    void everyOrderAndDtypeReadsTheSameWindow(@TempDir Path dir) throws IOException {
        for (String descr : new String[] {"<f4", "<f8"}) {
            for (boolean fortran : new boolean[] {false, true}) {
                TraceMatrix matrix = TraceMatrix.open(write(dir, descr, fortran, 0));
                double[] window = new double[3 * 2];
                matrix.read(1, 4, new int[] {2, 0}, window);
                assertArrayEquals(new double[] {21, 1, 22, 2, 23, 3}, window, descr + (fortran ? " F" : " C"));
                assertEquals(ROIS, matrix.rois());
                assertEquals(SAMPLES, matrix.samples());
            }
        }
    }

    @Test
    void aTruncatedFileIsCorrupt(@TempDir Path dir) throws IOException {
        Path path = write(dir, "<f4", false, 4);
        Fixtures.assertError(path, CorruptFileException.class, () -> TraceMatrix.open(path), "corrupt", "truncated");
    }
}
