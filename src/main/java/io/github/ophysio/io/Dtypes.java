package io.github.ophysio.io;

import io.github.ophysio.error.UnsupportedFormatException;
import io.github.ophysio.model.PixelType;
import java.nio.ByteOrder;
import java.nio.file.Path;

/** NumPy dtype descriptors ({@code <u2}, {@code |b1}, {@code >f8}) as pixel types and byte orders. */
public final class Dtypes {

    private Dtypes() {
    }

    /** The pixel type of a plain descriptor; unsupported for objects, strings, records, complex…. */
    public static PixelType pixelType(Path file, String descr) {
        String code = descr.length() > 1 && "<>|=".indexOf(descr.charAt(0)) >= 0 ? descr.substring(1) : descr;
        PixelType type = switch (code) {
            case "b1", "?" -> PixelType.BOOL;
            case "i1" -> PixelType.INT8;
            case "u1" -> PixelType.UINT8;
            case "i2" -> PixelType.INT16;
            case "u2" -> PixelType.UINT16;
            case "i4" -> PixelType.INT32;
            case "u4" -> PixelType.UINT32;
            case "i8" -> PixelType.INT64;
            case "u8" -> PixelType.UINT64;
            case "f4" -> PixelType.FLOAT32;
            case "f8" -> PixelType.FLOAT64;
            default -> null;
        };
        if (type == null) {
            throw new UnsupportedFormatException(file, "dtype '" + descr + "' (" + kindName(code)
                    + "); recordings must be bool, (u)int8-64, float32 or float64");
        }
        return type;
    }

    /** The byte order a descriptor states ('>' big; '<', '|' and '=' read as little-endian here). */
    public static ByteOrder byteOrder(String descr) {
        return descr.startsWith(">") ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
    }

    private static String kindName(String code) {
        char kind = code.isEmpty() ? '?' : code.charAt(0);
        return switch (kind) {
            case 'O' -> "Python objects, a pickle rather than an array";
            case 'c' -> "complex";
            case 'S', 'a', 'U' -> "text";
            case 'V' -> "raw records";
            case 'M', 'm' -> "dates or durations";
            case 'f' -> "float of " + code.substring(1) + " bytes";
            default -> "unknown";
        };
    }
}
