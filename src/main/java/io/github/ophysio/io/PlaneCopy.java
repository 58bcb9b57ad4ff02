package io.github.ophysio.io;

import java.nio.ByteBuffer;

/** Copies elements out of byte buffers into primitive plane arrays, in bulk or one by one. */
final class PlaneCopy {

    private PlaneCopy() {
    }

    /** Copies {@code count} elements starting at index 0 of {@code src} into {@code dest[at...]}. */
    static void bulk(ByteBuffer src, Object dest, int at, int count) {
        if (dest instanceof byte[] d) {
            src.get(0, d, at, count);
        } else if (dest instanceof short[] d) {
            src.asShortBuffer().get(0, d, at, count);
        } else if (dest instanceof int[] d) {
            src.asIntBuffer().get(0, d, at, count);
        } else if (dest instanceof long[] d) {
            src.asLongBuffer().get(0, d, at, count);
        } else if (dest instanceof float[] d) {
            src.asFloatBuffer().get(0, d, at, count);
        } else if (dest instanceof double[] d) {
            src.asDoubleBuffer().get(0, d, at, count);
        } else {
            throw new IllegalArgumentException("not a plane array: " + dest);
        }
    }

    /** Copies the element at byte {@code index} of {@code src} into {@code dest[at]}. */
    static void one(ByteBuffer src, int index, Object dest, int at) {
        if (dest instanceof byte[] d) {
            d[at] = src.get(index);
        } else if (dest instanceof short[] d) {
            d[at] = src.getShort(index);
        } else if (dest instanceof int[] d) {
            d[at] = src.getInt(index);
        } else if (dest instanceof long[] d) {
            d[at] = src.getLong(index);
        } else if (dest instanceof float[] d) {
            d[at] = src.getFloat(index);
        } else if (dest instanceof double[] d) {
            d[at] = src.getDouble(index);
        } else {
            throw new IllegalArgumentException("not a plane array: " + dest);
        }
    }
}
