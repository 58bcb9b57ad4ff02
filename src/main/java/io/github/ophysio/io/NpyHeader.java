package io.github.ophysio.io;

import io.github.ophysio.error.CorruptFileException;
import io.github.ophysio.error.FileText;
import io.github.ophysio.error.MissingFileException;
import io.github.ophysio.error.UnsupportedFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The header of a NumPy .npy file (format 1.0, 2.0 or 3.0): the dtype descriptor, the memory
 * order and the shape, plus where the data start. Only the header is read.
 */
public record NpyHeader(int major, int minor, String descr, boolean fortranOrder, long[] shape, long dataOffset) {

    /** The six bytes every .npy file starts with. */
    public static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'};
    /** Headers are short; anything longer is a damaged length field, not a header. */
    private static final long MAX_HEADER = 1 << 24;

    public NpyHeader {
        shape = shape.clone();
    }

    @Override
    public long[] shape() {
        return shape.clone();
    }

    /** Reads and checks the header of {@code path}. */
    public static NpyHeader read(Path path) {
        MappedFile.requireRegularFile(path);
        try (InputStream in = Files.newInputStream(path)) {
            return parse(path, in);
        } catch (IOException e) {
            throw new MissingFileException(path, "cannot be read (" + e.getMessage() + ")", e);
        }
    }

    private static NpyHeader parse(Path path, InputStream in) throws IOException {
        byte[] preamble = in.readNBytes(8);
        checkMagic(path, preamble);
        int major = preamble[6] & 0xff;
        int minor = preamble[7] & 0xff;
        if (major < 1 || major > 3 || minor != 0) {
            throw new UnsupportedFormatException(path, "NumPy format version " + major + "." + minor
                    + " (this reader knows 1.0, 2.0 and 3.0)");
        }
        int lengthBytes = major == 1 ? 2 : 4;
        long headerLength = readLength(path, in.readNBytes(lengthBytes), lengthBytes);
        byte[] text = in.readNBytes((int) headerLength);
        if (text.length < headerLength) {
            throw CorruptFileException.expected(path, "npy header", headerLength + " bytes", text.length);
        }
        Charset charset = major == 3 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1;
        return fromDict(path, major, new String(text, charset), 8 + lengthBytes + headerLength);
    }

    private static void checkMagic(Path path, byte[] preamble) {
        for (int i = 0; i < MAGIC.length; i++) {
            if (preamble.length <= i || preamble[i] != MAGIC[i]) {
                throw CorruptFileException.expected(path, "npy magic", "\\x93NUMPY", printable(preamble));
            }
        }
        if (preamble.length < 8) {
            throw CorruptFileException.expected(path, "npy version bytes", 2, preamble.length - 6);
        }
    }

    private static long readLength(Path path, byte[] bytes, int expected) {
        if (bytes.length < expected) {
            throw CorruptFileException.expected(path, "npy header length field", expected + " bytes", bytes.length);
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        long length = expected == 2 ? buffer.getShort() & 0xffff : buffer.getInt() & 0xffffffffL;
        if (length > MAX_HEADER) {
            throw CorruptFileException.expected(path, "npy header length", "at most " + MAX_HEADER, length);
        }
        return length;
    }

    private static NpyHeader fromDict(Path path, int major, String text, long dataOffset) {
        Map<?, ?> dict = dictionary(path, text);
        Object descr = dict.get("descr");
        Object fortran = dict.get("fortran_order");
        Object shape = dict.get("shape");
        if (!(fortran instanceof Boolean) || !(shape instanceof List<?> dims) || descr == null) {
            throw CorruptFileException.expected(path, "npy header", "keys descr, fortran_order, shape", FileText.quote(text.trim()));
        }
        if (!(descr instanceof String)) {
            throw new UnsupportedFormatException(path, "structured dtype " + FileText.quote(String.valueOf(descr)) + " (only plain numeric arrays are recordings)");
        }
        return new NpyHeader(major, 0, (String) descr, (Boolean) fortran, dimensions(path, dims), dataOffset);
    }

    private static Map<?, ?> dictionary(Path path, String text) {
        try {
            if (PyLiteral.parse(text.trim()) instanceof Map<?, ?> dict) {
                return dict;
            }
        } catch (IllegalArgumentException e) {
            throw new CorruptFileException(path, "npy header is not a Python dict literal: " + e.getMessage(), e);
        }
        throw CorruptFileException.expected(path, "npy header", "a dict", FileText.quote(text.trim()));
    }

    private static long[] dimensions(Path path, List<?> dims) {
        long[] shape = new long[dims.size()];
        for (int i = 0; i < shape.length; i++) {
            if (!(dims.get(i) instanceof Long n) || n < 0) {
                throw CorruptFileException.expected(path, "npy shape", "non-negative integers", FileText.quote(dims.toString()));
            }
            shape[i] = n;
        }
        return shape;
    }

    private static String printable(byte[] bytes) {
        return bytes.length == 0 ? "an empty file" : FileText.bytes(bytes, 6);
    }

    /** The shape as numpy prints it, e.g. {@code (5, 6, 7)}. */
    public String shapeText() {
        StringBuilder s = new StringBuilder("(");
        for (int i = 0; i < shape.length; i++) {
            s.append(i > 0 ? ", " : "").append(shape[i]);
        }
        return s.append(shape.length == 1 ? ",)" : ")").toString();
    }
}
