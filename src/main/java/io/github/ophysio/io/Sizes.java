package io.github.ophysio.io;

import io.github.ophysio.error.CorruptFileException;
import java.math.BigInteger;
import java.nio.file.Path;

/**
 * Sizes read from a file, checked before anything is multiplied, cast or allocated with them: a
 * damaged shape or length is a corrupt file naming what it claims and what the file has, never an
 * overflow. Products are exact (BigInteger), so the message states the real figure.
 */
public final class Sizes {

    private Sizes() {
    }

    /** The number of bytes an array of {@code shape} and {@code itemBytes} per element needs, exactly. */
    public static BigInteger bytes(long[] shape, long itemBytes) {
        BigInteger n = BigInteger.valueOf(itemBytes);
        for (long d : shape) {
            n = n.multiply(BigInteger.valueOf(d));
        }
        return n;
    }

    /**
     * Checks that {@code shape} of {@code itemBytes}-byte elements fits in the {@code available} bytes
     * the file has for it and returns its size in bytes.
     */
    public static long requireBytes(Path file, String what, long[] shape, long itemBytes, long available) {
        BigInteger needed = bytes(shape, itemBytes);
        if (needed.compareTo(BigInteger.valueOf(Math.max(0, available))) > 0) {
            throw new CorruptFileException(file, what + "shape " + shapeText(shape) + " needs " + needed
                    + " bytes, the file has " + Math.max(0, available));
        }
        return needed.longValue();
    }

    /** {@code value} as an int; corrupt, naming {@code what}, when it is negative or beyond Java's arrays. */
    public static int toInt(Path file, String what, long value) {
        if (value < 0 || value > Integer.MAX_VALUE - 8) {
            throw new CorruptFileException(file, what + " is " + value + ": expected 0.." + (Integer.MAX_VALUE - 8));
        }
        return (int) value;
    }

    /** The shape as numpy prints it, e.g. {@code (5, 6, 7)} or {@code (5,)}. */
    public static String shapeText(long[] shape) {
        StringBuilder s = new StringBuilder("(");
        for (int i = 0; i < shape.length; i++) {
            s.append(i > 0 ? ", " : "").append(shape[i]);
        }
        return s.append(shape.length == 1 ? ",)" : ")").toString();
    }
}
