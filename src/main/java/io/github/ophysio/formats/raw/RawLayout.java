package io.github.ophysio.formats.raw;

import io.github.ophysio.error.CorruptFileException;
import io.github.ophysio.formats.OpenOptions;
import io.github.ophysio.io.ArrayLayout;
import io.github.ophysio.model.PixelType;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.Map;

/**
 * The layout options describe, with the number of frames taken from the file size: frames =
 * (size − offset) / frame bytes; a trailing partial frame is reported, never read.
 */
record RawLayout(ArrayLayout layout, String axes, long trailingBytes) {

    static final String DEFAULT_AXES = "tyxc";

    static RawLayout of(Path path, long fileSize, OpenOptions options) {
        long rows = options.requireLong(OpenOptions.ROWS, 1, "raw binary files state no shape");
        long cols = options.requireLong(OpenOptions.COLS, 1, "raw binary files state no shape");
        long channels = options.getLong(OpenOptions.CHANNELS, 1, 1);
        long offset = options.getLong(OpenOptions.OFFSET, 0, 0);
        PixelType type = pixelType(options);
        String axes = axes(options, channels);
        requireOffsetInside(path, offset, fileSize);
        long frameBytes = frameBytes(rows, cols, channels, type);
        long frames = (fileSize - offset) / frameBytes;
        Map<Character, Long> sizes = Map.of('t', frames, 'y', rows, 'x', cols, 'c', channels);
        ArrayLayout layout = ArrayLayout.of(type, byteOrder(options), offset, axes, sizes);
        return new RawLayout(layout, axes, fileSize - offset - frames * frameBytes);
    }

    private static long frameBytes(long rows, long cols, long channels, PixelType type) {
        try {
            return Math.multiplyExact(Math.multiplyExact(rows, cols), Math.multiplyExact(channels, type.bytes()));
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("rows x cols x channels (" + rows + " x " + cols + " x " + channels
                    + ") is too large for one frame", e);
        }
    }

    private static PixelType pixelType(OpenOptions options) {
        String name = options.get(OpenOptions.DTYPE).orElse("uint16");
        return PixelType.fromNumpyName(name).orElseThrow(() -> new IllegalArgumentException(
                OpenOptions.DTYPE + " must be a numpy dtype name (uint8, int16, uint16, float32, ...), not " + name));
    }

    private static ByteOrder byteOrder(OpenOptions options) {
        String order = options.get(OpenOptions.BYTE_ORDER).orElse("little");
        return switch (order) {
            case "little" -> ByteOrder.LITTLE_ENDIAN;
            case "big" -> ByteOrder.BIG_ENDIAN;
            default -> throw new IllegalArgumentException(OpenOptions.BYTE_ORDER + " must be little or big, not " + order);
        };
    }

    /** The axis order: a permutation of t, y, x and c (c may be left out when there is one channel). */
    private static String axes(OpenOptions options, long channels) {
        String axes = options.get(OpenOptions.AXES).orElse(DEFAULT_AXES);
        String letters = axes.chars().sorted().collect(StringBuilder::new, StringBuilder::appendCodePoint,
                StringBuilder::append).toString();
        boolean valid = letters.equals("ctxy") || (letters.equals("txy") && channels == 1);
        if (!valid) {
            throw new IllegalArgumentException(OpenOptions.AXES + " must order the letters t, y, x, c (frame, rows,"
                    + " columns, channels), e.g. tyxc, not " + axes);
        }
        return axes;
    }

    /** Throws when the header offset lies beyond the end of the file. */
    private static void requireOffsetInside(Path path, long offset, long size) {
        if (offset > size) {
            throw CorruptFileException.expected(path, "header offset", "at most the file size " + size, offset);
        }
    }
}
