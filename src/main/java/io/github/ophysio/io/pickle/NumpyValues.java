package io.github.ophysio.io.pickle;

import java.lang.reflect.Array;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Raw element bytes as Java primitive arrays: bool → boolean[], (u)int8-64 → byte/short/int/long[]
 * (unsigned kept as the same bits), float32/64 → float/double[], unicode and byte strings → String[];
 * any other kind (complex, float16, records, dates) stays raw byte[] (its dtype says so).
 */
public final class NumpyValues {

    private NumpyValues() {
    }

    /** {@code count} elements of {@code dtype} from {@code bytes}, which must hold exactly that many. */
    public static Object decode(NumpyDtype dtype, byte[] bytes, long count) {
        long expected = Math.multiplyExact(count, (long) dtype.itemSize());
        if (bytes.length != expected) {
            throw new IllegalArgumentException(count + " elements of " + dtype + " need " + expected
                    + " bytes, found " + bytes.length);
        }
        return decode(dtype, ByteBuffer.wrap(bytes).order(dtype.order()), (int) count);
    }

    /** {@code count} elements of {@code dtype} read from {@code in} (in its byte order). */
    public static Object decode(NumpyDtype dtype, ByteBuffer in, int count) {
        return switch (dtype.kind()) {
            case 'b' -> booleans(in, count);
            case 'i', 'u' -> integers(dtype, in, count);
            case 'f' -> floats(dtype, in, count);
            case 'U' -> strings(in, count, dtype.itemSize(), Charset.forName(dtype.byteOrder() == '>' ? "UTF-32BE" : "UTF-32LE"));
            case 'S' -> strings(in, count, dtype.itemSize(), StandardCharsets.ISO_8859_1);
            default -> raw(in, count * dtype.itemSize());
        };
    }

    /** Element {@code i} of a decoded array as a Java value (Boolean, Integer, Long, BigInteger, Float, Double, String). */
    public static Object box(NumpyDtype dtype, Object array, int i) {
        if (dtype.kind() == 'u') {
            return unsigned(array, i);
        }
        if (array instanceof byte[] b && dtype.kind() == 'i') {
            return (int) b[i];
        }
        if (array instanceof short[] s) {
            return (int) s[i];
        }
        return Array.get(array, i);
    }

    /** Element {@code i} of a numeric array as a double (unsigned read unsigned, bool as 0/1). */
    public static double toDouble(NumpyDtype dtype, Object array, int i) {
        Object value = box(dtype, array, i);
        if (value instanceof Boolean b) {
            return b ? 1 : 0;
        }
        if (value instanceof Number n) {
            return n.doubleValue();
        }
        throw new IllegalArgumentException("dtype " + dtype + " is not numeric");
    }

    private static Object unsigned(Object array, int i) {
        if (array instanceof byte[] b) {
            return b[i] & 0xff;
        } else if (array instanceof short[] s) {
            return s[i] & 0xffff;
        } else if (array instanceof int[] v) {
            return v[i] & 0xffffffffL;
        }
        long v = ((long[]) array)[i];
        return v >= 0 ? (Object) v : new BigInteger(Long.toUnsignedString(v));
    }

    private static boolean[] booleans(ByteBuffer in, int count) {
        boolean[] out = new boolean[count];
        for (int i = 0; i < count; i++) {
            out[i] = in.get() != 0;
        }
        return out;
    }

    private static Object integers(NumpyDtype dtype, ByteBuffer in, int count) {
        switch (dtype.itemSize()) {
            case 1: {
                byte[] out = new byte[count];
                in.get(out);
                return out;
            }
            case 2: {
                short[] out = new short[count];
                in.asShortBuffer().get(out);
                return out;
            }
            case 4: {
                int[] out = new int[count];
                in.asIntBuffer().get(out);
                return out;
            }
            case 8: {
                long[] out = new long[count];
                in.asLongBuffer().get(out);
                return out;
            }
            default:
                return raw(in, count * dtype.itemSize());
        }
    }

    private static Object floats(NumpyDtype dtype, ByteBuffer in, int count) {
        if (dtype.itemSize() == 4) {
            float[] out = new float[count];
            in.asFloatBuffer().get(out);
            return out;
        }
        if (dtype.itemSize() == 8) {
            double[] out = new double[count];
            in.asDoubleBuffer().get(out);
            return out;
        }
        return raw(in, count * dtype.itemSize());
    }

    /** Fixed-width strings; NumPy pads with NULs, which are not part of the value. */
    private static String[] strings(ByteBuffer in, int count, int width, Charset charset) {
        String[] out = new String[count];
        byte[] item = new byte[width];
        for (int i = 0; i < count; i++) {
            in.get(item);
            out[i] = stripNuls(new String(item, charset));
        }
        return out;
    }

    private static String stripNuls(String text) {
        int end = text.length();
        while (end > 0 && text.charAt(end - 1) == 0) {
            end--;
        }
        return text.substring(0, end);
    }

    private static byte[] raw(ByteBuffer in, int length) {
        byte[] out = new byte[length];
        in.get(out);
        return out;
    }

    /** Bytes of a pickled byte string: {@code bytes} (protocol 3+) or a latin-1 {@code str} (Python 2). */
    static byte[] bytesOf(Object value) {
        if (value instanceof byte[] bytes) {
            return bytes;
        }
        if (value instanceof String text) {
            return text.getBytes(StandardCharsets.ISO_8859_1);
        }
        throw new IllegalArgumentException("expected bytes, found " + describe(value));
    }

    /** A short description of a decoded value for error messages. */
    static String describe(Object value) {
        if (value == null) {
            return "None";
        }
        if (value instanceof Object[] tuple) {
            return "a tuple of " + tuple.length;
        }
        return value instanceof byte[] b ? "bytes of " + b.length : value.getClass().getSimpleName();
    }
}
