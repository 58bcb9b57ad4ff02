package io.github.ophysio.io;

import java.nio.ByteBuffer;
import java.util.Arrays;

/** Copies runs of elements out of a decoded chunk into a plane array, in bulk when they are adjacent. */
public final class ChunkElements {

    private ChunkElements() {
    }

    /**
     * Copies {@code count} elements, the first at element index {@code first} of {@code src} and
     * {@code stride} elements apart, into {@code dest[at …]}; a null {@code src} (a chunk never
     * written) gives the dataset's fill value {@code fill}.
     */
    public static void copy(ByteBuffer src, long first, int stride, Object dest, int at, int count, Number fill) {
        if (src == null) {
            fill(dest, at, count, fill);
        } else if (stride == 1) {
            bulk(src, (int) first, dest, at, count);
        } else {
            for (int i = 0; i < count; i++) {
                one(src, (int) (first + (long) i * stride), dest, at + i);
            }
        }
    }

    private static void bulk(ByteBuffer src, int first, Object dest, int at, int count) {
        if (dest instanceof byte[] d) {
            src.get(first, d, at, count);
        } else if (dest instanceof short[] d) {
            src.asShortBuffer().get(first, d, at, count);
        } else if (dest instanceof int[] d) {
            src.asIntBuffer().get(first, d, at, count);
        } else if (dest instanceof long[] d) {
            src.asLongBuffer().get(first, d, at, count);
        } else if (dest instanceof float[] d) {
            src.asFloatBuffer().get(first, d, at, count);
        } else if (dest instanceof double[] d) {
            src.asDoubleBuffer().get(first, d, at, count);
        } else {
            throw new IllegalArgumentException("not a plane array: " + dest);
        }
    }

    private static void one(ByteBuffer src, int element, Object dest, int at) {
        if (dest instanceof byte[] d) {
            d[at] = src.get(element);
        } else if (dest instanceof short[] d) {
            d[at] = src.getShort(element * 2);
        } else if (dest instanceof int[] d) {
            d[at] = src.getInt(element * 4);
        } else if (dest instanceof long[] d) {
            d[at] = src.getLong(element * 8);
        } else if (dest instanceof float[] d) {
            d[at] = src.getFloat(element * 4);
        } else if (dest instanceof double[] d) {
            d[at] = src.getDouble(element * 8);
        } else {
            throw new IllegalArgumentException("not a plane array: " + dest);
        }
    }

    private static void fill(Object dest, int at, int count, Number fill) {
        if (dest instanceof byte[] d) {
            Arrays.fill(d, at, at + count, fill.byteValue());
        } else if (dest instanceof short[] d) {
            Arrays.fill(d, at, at + count, fill.shortValue());
        } else if (dest instanceof int[] d) {
            Arrays.fill(d, at, at + count, fill.intValue());
        } else if (dest instanceof long[] d) {
            Arrays.fill(d, at, at + count, fill.longValue());
        } else if (dest instanceof float[] d) {
            Arrays.fill(d, at, at + count, fill.floatValue());
        } else if (dest instanceof double[] d) {
            Arrays.fill(d, at, at + count, fill.doubleValue());
        } else {
            throw new IllegalArgumentException("not a plane array: " + dest);
        }
    }
}
