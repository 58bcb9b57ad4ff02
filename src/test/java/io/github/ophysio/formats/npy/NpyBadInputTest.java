package io.github.ophysio.formats.npy;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ophysio.error.CorruptFileException;
import io.github.ophysio.error.MissingFileException;
import io.github.ophysio.error.OphysException;
import io.github.ophysio.error.UnsupportedFormatException;
import io.github.ophysio.formats.FormatRegistry;
import io.github.ophysio.formats.OpenOptions;
import io.github.ophysio.testing.Fixtures;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Damaged and unsupported .npy files (fixtures/npy/bad) and missing paths: each fails on
 * opening with the right kind of error and a one-line message that starts with the path and
 * says what was expected and what was found.
 */
class NpyBadInputTest {

    private final FormatRegistry registry = FormatRegistry.load();

    @Test
    void truncatedData() {
        assertFails("truncated.npy", CorruptFileException.class, "corrupt", "<u2 shape (5, 7, 9) needs 630 bytes",
                "the file has 530");
    }

    @Test
    void shapeThatDoesNotFitTheFile() {
        assertFails("shape_too_big.npy", CorruptFileException.class, "corrupt", "shape (50, 7, 9) needs 6300 bytes",
                "the file has 630");
    }

    @Test
    void wrongMagic() {
        assertFails("wrong_magic.npy", CorruptFileException.class, "corrupt", "npy magic", "expected \\x93NUMPY",
                "found \\x93NUMPZ");
    }

    @Test
    void emptyFile() {
        assertFails("empty_file.npy", CorruptFileException.class, "corrupt", "npy magic", "found an empty file");
    }

    @Test
    void magicOnly() {
        assertFails("magic_only.npy", CorruptFileException.class, "corrupt", "version", "expected 2", "found 0");
    }

    @Test
    void fileEndsInsideTheHeader() {
        assertFails("header_cut.npy", CorruptFileException.class, "corrupt", "npy header", "expected 118 bytes",
                "found 50");
    }

    @Test
    void unknownVersion4() {
        assertFails("version_4_0.npy", UnsupportedFormatException.class, "unsupported", "version 4.0", "1.0, 2.0 and 3.0");
    }

    @Test
    void unknownVersion1Point1() {
        assertFails("version_1_1.npy", UnsupportedFormatException.class, "unsupported", "version 1.1");
    }

    @Test
    void objectArrayIsAPickle() {
        assertFails("object_dtype.npy", UnsupportedFormatException.class, "unsupported", "'|O'", "object", "pickle");
    }

    @Test
    void structuredDtype() {
        assertFails("structured_dtype.npy", UnsupportedFormatException.class, "unsupported", "structured dtype", "<u2",
                "<f4");
    }

    @Test
    void complexDtype() {
        assertFails("complex64.npy", UnsupportedFormatException.class, "unsupported", "'<c8'", "complex");
    }

    @Test
    void halfFloats() {
        assertFails("float16.npy", UnsupportedFormatException.class, "unsupported", "'<f2'", "float of 2 bytes");
    }

    @Test
    void zeroFrames() {
        assertFails("zero_frames.npy", UnsupportedFormatException.class, "unsupported", "empty recording", "0 samples");
    }

    @Test
    void twoDimensionalArrayIsNotARecording() {
        assertFails("two_d.npy", UnsupportedFormatException.class, "unsupported", "shape (7, 9)", "(T, rows, cols)");
    }

    @Test
    void fiveDimensionalArray() {
        assertFails("five_d.npy", UnsupportedFormatException.class, "unsupported", "shape (2, 3, 4, 5, 6)");
    }

    @Test
    void negativeDimension() {
        assertFails("negative_shape.npy", CorruptFileException.class, "corrupt", "npy shape", "non-negative", "found [-5, 7, 9]");
    }

    @Test
    void headerWithoutFortranOrder() {
        assertFails("missing_key.npy", CorruptFileException.class, "corrupt", "npy header",
                "expected keys descr, fortran_order, shape", "found {'descr'");
    }

    @Test
    void headerThatDoesNotParse() {
        assertFails("not_a_dict.npy", CorruptFileException.class, "corrupt", "not a python dict literal", "expected",
                "found");
    }

    @Test
    void missingFile(@TempDir Path dir) {
        Path path = dir.resolve("nothing.npy");
        assertFailsToOpen(path, MissingFileException.class, "missing", "no such file");
    }

    @Test
    void folder(@TempDir Path dir) throws IOException {
        Path folder = Files.createDirectory(dir.resolve("recording.npy"));
        assertFailsToOpen(folder, UnsupportedFormatException.class, "unsupported", "folder");
    }

    /** A folder forced through the npy reader still fails with a one-line error naming it. */
    @Test
    void folderForcedAsNpy(@TempDir Path dir) {
        OphysException error = assertThrows(OphysException.class,
                () -> registry.openImaging(dir, OpenOptions.of(Map.of(OpenOptions.FORMAT, "npy"))));
        assertTrue(error.getMessage().startsWith(dir + ": "), error.getMessage());
        assertFalse(error.getMessage().contains("\n"), error.getMessage());
    }

    @Test
    void shapeTooLargeForALong(@TempDir Path dir) throws IOException {
        String dict = "{'descr': '<u2', 'fortran_order': False, 'shape': (1099511627776, 1099511627776, 1099511627776), }";
        String header = dict + " ".repeat(63 - (10 + dict.length()) % 64) + "\n";
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(new byte[] {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0, (byte) header.length(), 0});
        bytes.write(header.getBytes(StandardCharsets.ISO_8859_1));
        bytes.write(new byte[100]);
        Path path = Files.write(dir.resolve("huge.npy"), bytes.toByteArray());
        assertFailsToOpen(path, CorruptFileException.class, "corrupt",
                "shape (1099511627776, 1099511627776, 1099511627776) needs 2658455991569831745807614120560689152 bytes, "
                + "the file has 100");
    }

    @Test
    void channelNamesOfABadFileFailAlike() {
        Path path = Fixtures.path("npy/bad", "wrong_magic.npy");
        CorruptFileException error = assertThrows(CorruptFileException.class,
                () -> new NpyFormat().channelNames(path, OpenOptions.none()));
        assertTrue(error.getMessage().startsWith(path + ": corrupt: npy magic"), error.getMessage());
    }

    private void assertFails(String name, Class<? extends OphysException> type, String... words) {
        assertFailsToOpen(Fixtures.path("npy/bad", name), type, words);
    }

    private void assertFailsToOpen(Path path, Class<? extends OphysException> type, String... words) {
        Fixtures.assertError(path, type, () -> registry.openImaging(path, OpenOptions.none()), words);
    }
}
