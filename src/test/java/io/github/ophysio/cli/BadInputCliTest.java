package io.github.ophysio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Damaged files found in the field: exit 3 and one line naming the file and what cannot be. */
class BadInputCliTest {

    private static final Path PLANE = Path.of("src", "test", "resources", "fixtures", "suite2p", "suite2p", "plane0");

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return OphysCli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    /** A copy of the Suite2p plane folder, so a file in it can be damaged. */
    static Path planeCopy(Path dir) throws IOException {
        Path plane = Files.createDirectories(dir.resolve("suite2p").resolve("plane0"));
        try (Stream<Path> files = Files.list(PLANE)) {
            for (Path f : files.toList()) {
                Files.copy(f, plane.resolve(f.getFileName()));
            }
        }
        return plane;
    }

    /** Replaces {@code from} by {@code to}, padded with spaces to the same length, in the npy header of {@code file}. */
    static void editHeader(Path file, String from, String to) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        int at = text.indexOf(from);
        assertTrue(at > 0 && to.length() <= from.length(), from + " in " + file);
        String padded = to + " ".repeat(from.length() - to.length());
        System.arraycopy(padded.getBytes(StandardCharsets.ISO_8859_1), 0, bytes, at, padded.length());
        Files.write(file, bytes);
    }

    private String oneLine() {
        String text = err.toString();
        assertEquals(1, text.lines().count(), text);
        return text.strip();
    }

    @Test
    void anIscellShapeNoFileCanHoldIsCorrupt(@TempDir Path dir) throws IOException {
        Path plane = planeCopy(dir);
        Path iscell = plane.resolve("iscell.npy");
        editHeader(iscell, "'shape': (6, 2), }          ", "'shape': (99999999999, 2), }");
        assertEquals(3, run("info", plane.toString()), err.toString());
        String line = oneLine();
        assertTrue(line.startsWith(iscell + ": corrupt: "), line);
        assertTrue(line.contains("shape (99999999999, 2) needs 1599999999984 bytes, the file has "
                + (Files.size(iscell) - 128)), line);
    }

    @Test
    void aNewlineInADamagedHeaderIsEscaped(@TempDir Path dir) throws IOException {
        Path plane = planeCopy(dir);
        Path ops = plane.resolve("ops.npy");
        editHeader(ops, "'descr'", "'d\nscr'");
        assertEquals(3, run("info", plane.toString()), err.toString());
        String line = oneLine();
        assertTrue(line.startsWith(ops + ": corrupt: npy header: expected keys descr, fortran_order, shape, found "
                + "{'d\\nscr': '|O'"), line);
    }

    @Test
    void aPickledArrayWhoseShapeNoDataCanHoldIsCorrupt(@TempDir Path dir) throws IOException {
        // np.arange(3, dtype='<f4') pickled (protocol 2), its shape (3,) made (2**31-1,)*3
        Path file = Files.write(dir.resolve("stat.pkl"), java.util.HexFormat.of().parseHex(HUGE_PICKLE));
        io.github.ophysio.error.CorruptFileException e = org.junit.jupiter.api.Assertions.assertThrows(
                io.github.ophysio.error.CorruptFileException.class, () -> io.github.ophysio.io.pickle.NumpyPickle.loads(file, Files.readAllBytes(file)));
        assertEquals(file + ": corrupt: pickle: array shape (2147483647, 2147483647, 2147483647) of <f4 needs "
                + "39614081201791936601413124092 bytes, the pickle holds 12", e.getMessage());
    }

    private static final String HUGE_PICKLE = "8002636e756d70792e636f72652e6d756c746961727261790a5f7265636f6e7374727563740a"
            + "7100636e756d70790a6e6461727261790a71014b00857102635f636f646563730a656e636f64650a7103580100000062710458060000"
            + "006c6174696e317105867106527107877108527109284b014affffff7f4affffff7f4affffff7f87710a636e756d70790a6474797065"
            + "0a710b58020000006634710c898887710d52710e284b0358010000003c710f4e4e4e4affffffff4affffffff4b0074711062896803580d"
            + "000000000000000000c2803f0000004071116805867112527113747114622e";

    @Test
    void aChunkThatDoesNotInflateStopsTheParallelExportWithOneLineAndNoOutput(@TempDir Path dir) throws IOException {
        Path movie = dir.resolve("movie.h5");
        byte[] bytes = Files.readAllBytes(PLANE.getParent().getParent().getParent().resolve("hdf5/chunked_gzip_shuffle_float32.h5"));
        damageDeflateStream(bytes, 5);
        Files.write(movie, bytes);
        Path out = dir.resolve("out.npy");
        assertEquals(3, run("export", movie.toString(), out.toString()), err.toString());
        assertTrue(oneLine().startsWith(movie + ": corrupt: a deflate chunk"), err.toString());
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(List.of(movie), left.toList());
        }
    }

    /** Overwrites the body of the n-th zlib stream (level 4 header 78 5e) of an HDF5 file. */
    private static void damageDeflateStream(byte[] bytes, int n) {
        int seen = 0;
        for (int i = 0; i + 12 < bytes.length; i++) {
            if (bytes[i] == 0x78 && bytes[i + 1] == 0x5e && seen++ == n) {
                java.util.Arrays.fill(bytes, i + 2, i + 12, (byte) 0xff);
                return;
            }
        }
        throw new IllegalStateException("no zlib stream " + n);
    }
}
