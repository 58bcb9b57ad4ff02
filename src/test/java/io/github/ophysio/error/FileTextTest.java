package io.github.ophysio.error;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Text from a file is escaped as cli.md says, so every message stays one line. */
class FileTextTest {

    @Test
    void controlBytesAreEscaped() {
        assertEquals("a\\nb\\rc\\td\\x00e\\x7f\\x1b", FileText.quote("a\nb\rc\td\0e\u007f\u001b"));
    }

    @Test
    void backslashesAreEscapedSoAnEscapeIsNeverAmbiguous() {
        assertEquals("C:\\\\x0a", FileText.quote("C:\\x0a"));
    }

    @Test
    void latin1AndPrintableUnicodeStayButSeparatorsDoNot() {
        assertEquals("µm \\x85 \\u2028 é", FileText.quote("µm \u0085 \u2028 é"));
    }

    @Test
    void bytesBeyondAsciiAreHex() {
        assertEquals("\\x93NUMPY", FileText.bytes(new byte[] {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0}, 6));
        assertEquals("\\xa6\\xe9\\n", FileText.bytes(new byte[] {(byte) 0xa6, (byte) 0xe9, '\n'}, 3));
    }

    @Test
    void longTextIsCut() {
        String quoted = FileText.quote("x".repeat(10_000));
        assertEquals(FileText.MAX_CHARS + 3, quoted.length());
        assertTrue(quoted.endsWith("..."));
    }

    @Test
    void aMessageIsOneLineEvenWhenTextWasNotQuoted() {
        String message = new CorruptFileException(Path.of("a\nb.npy"), "found 'x\ny' and \\n").getMessage();
        assertEquals("a\\nb.npy: corrupt: found 'x\\ny' and \\n", message);
        assertFalse(message.contains("\n"));
    }
}
