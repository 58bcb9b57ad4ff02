package io.github.ophysio.io.pickle;

import io.github.ophysio.error.CorruptFileException;
import io.github.ophysio.error.MissingFileException;
import io.github.ophysio.error.UnsupportedFormatException;
import io.github.ophysio.io.NpyHeader;
import io.github.ophysio.io.Sizes;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Whole small {@code .npy} files as values: a pickled object array (descr {@code |O}) through
 * {@link NumpyPickle}, a plain array as a {@link NumpyArray}. For big arrays, map them instead.
 */
public final class NpyFiles {

    /** Plain arrays larger than this are refused here (they are meant to be mapped, not read). */
    static final long MAX_BYTES = 1L << 30;

    private NpyFiles() {
    }

    /** The file's value: a NumpyArray, or what its pickle holds (a dict file gives its Map). */
    public static Object read(Path file) {
        NpyHeader header = NpyHeader.read(file);
        return isObject(header) ? unpickle(file, header) : array(file, header);
    }

    /** A file holding one pickled dict (Suite2p {@code ops.npy}). */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> readDict(Path file) {
        Object value = read(file);
        if (!(value instanceof Map<?, ?> map)) {
            throw CorruptFileException.expected(file, "content", "a pickled dict", describe(value));
        }
        return (Map<String, Object>) map;
    }

    /** A 1-D object array (Suite2p {@code stat.npy}) as its list of elements. */
    public static List<Object> readObjectList(Path file) {
        Object value = read(file);
        if (!(value instanceof NumpyArray array) || !array.dtype().isObject() || array.ndim() != 1) {
            throw CorruptFileException.expected(file, "content", "a 1-D object array", describe(value));
        }
        return array.objects();
    }

    /** A plain (not pickled) array read whole. */
    public static NumpyArray readArray(Path file) {
        Object value = read(file);
        if (!(value instanceof NumpyArray array) || array.dtype().isObject()) {
            throw CorruptFileException.expected(file, "content", "a numeric array", describe(value));
        }
        return array;
    }

    private static boolean isObject(NpyHeader header) {
        return header.descr().endsWith("O") || header.descr().endsWith("O8");
    }

    private static Object unpickle(Path file, NpyHeader header) {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            in.skipNBytes(header.dataOffset());
            return NumpyPickle.load(file, in, Files.size(file) - header.dataOffset());
        } catch (IOException e) {
            throw new MissingFileException(file, "cannot be read (" + e.getMessage() + ")", e);
        }
    }

    private static NumpyArray array(Path file, NpyHeader header) {
        NumpyDtype dtype = dtype(file, header.descr());
        // checked against the file before any product or cast: a damaged shape must not overflow
        long bytes = Sizes.requireBytes(file, "npy ", header.shape(), dtype.itemSize(), fileSize(file) - header.dataOffset());
        if (bytes > MAX_BYTES) {
            throw new UnsupportedFormatException(file, "an array of " + bytes + " bytes read whole (at most " + MAX_BYTES + ")");
        }
        int[] shape = Arrays.stream(header.shape()).mapToInt(d -> Sizes.toInt(file, "npy dimension", d)).toArray();
        long count = Arrays.stream(header.shape()).reduce(1, (a, b) -> a * b);
        byte[] data = readData(file, header.dataOffset(), (int) bytes);
        return new NumpyArray(dtype, shape, header.fortranOrder(), NumpyValues.decode(dtype, data, count));
    }

    private static long fileSize(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new MissingFileException(file, "cannot be read (" + e.getMessage() + ")", e);
        }
    }

    private static NumpyDtype dtype(Path file, String descr) {
        try {
            return NumpyDtype.parse(descr);
        } catch (IllegalArgumentException e) {
            throw new UnsupportedFormatException(file, "dtype '" + descr + "' (structured or unknown)");
        }
    }

    private static byte[] readData(Path file, long offset, int length) {
        try (InputStream in = Files.newInputStream(file)) {
            in.skipNBytes(offset);
            byte[] data = in.readNBytes(length);
            if (data.length != length) {
                throw new CorruptFileException(file, "array data: expected " + length + " bytes after the header, found "
                        + data.length + " (truncated?)");
            }
            return data;
        } catch (IOException e) {
            throw new MissingFileException(file, "cannot be read (" + e.getMessage() + ")", e);
        }
    }

    private static String describe(Object value) {
        return value instanceof NumpyArray ? value.toString() : NumpyValues.describe(value);
    }
}
