package io.github.ophysio.io;

import java.util.Arrays;

/**
 * Which dimension of a stored array is time (t), rows (y), columns (x), planes (z) and channels
 * (c), written as letters in the array's own dimension order: {@code tyx} is matrix order,
 * {@code txy} NWB's (t, x, y), {@code ctyx} roiextractors' (C, T, rows, cols).
 *
 * @param t … c the dimension holding each axis, -1 for z and c when absent (and for t in a still image)
 */
public record AxisMap(String axes, long[] shape, int t, int y, int x, int z, int c) {

    private static final String LETTERS = "tyxzc";

    public AxisMap {
        shape = shape.clone();
    }

    /**
     * Parses {@code axes} for an array of {@code shape}; an {@link IllegalArgumentException}
     * (a usage error) when letters are unknown, repeated, missing t/y/x, or not one per dimension.
     */
    public static AxisMap of(String axes, long[] shape) {
        String a = axes.toLowerCase(java.util.Locale.ROOT);
        if (a.length() != shape.length || !a.chars().allMatch(ch -> LETTERS.indexOf(ch) >= 0)
                || a.chars().distinct().count() != a.length() || a.indexOf('t') < 0 || a.indexOf('y') < 0
                || a.indexOf('x') < 0) {
            throw new IllegalArgumentException("axes must name each of the " + shape.length + " dimensions of "
                    + Arrays.toString(shape) + " once with t, y, x and optionally z (planes), c (channels), not " + axes);
        }
        return new AxisMap(a, shape, a.indexOf('t'), a.indexOf('y'), a.indexOf('x'), a.indexOf('z'), a.indexOf('c'));
    }

    /**
     * A still image: {@code axes} names y, x and optionally c, with no t; it reads as one sample.
     * An {@link IllegalArgumentException} as for {@link #of}.
     */
    public static AxisMap still(String axes, long[] shape) {
        long[] withTime = new long[shape.length + 1];
        System.arraycopy(shape, 0, withTime, 0, shape.length);
        withTime[shape.length] = 1;
        AxisMap map = of(axes + "t", withTime);
        return new AxisMap(map.axes().substring(0, shape.length), shape, -1, map.y(), map.x(), map.z(), map.c());
    }

    public int rank() {
        return shape.length;
    }

    /** Samples: the size of t, or 1 for a still image (no t). */
    public long samples() {
        return t < 0 ? 1 : shape[t];
    }

    public long rows() {
        return shape[y];
    }

    public long cols() {
        return shape[x];
    }

    public long planes() {
        return z < 0 ? 1 : shape[z];
    }

    public long channels() {
        return c < 0 ? 1 : shape[c];
    }

    /** Element strides of a C-ordered array of {@code dims}. */
    public static long[] cOrderStrides(long[] dims) {
        long[] strides = new long[dims.length];
        long stride = 1;
        for (int d = dims.length - 1; d >= 0; d--) {
            strides[d] = stride;
            stride = Math.multiplyExact(stride, dims[d]);
        }
        return strides;
    }

    /** The array index of a plane's first element: sample, plane and channel placed on their axes, 0 elsewhere. */
    public long[] planeOrigin(long sample, int plane, int channel) {
        long[] position = new long[rank()];
        if (t >= 0) {
            position[t] = sample;
        }
        if (z >= 0) {
            position[z] = plane;
        }
        if (c >= 0) {
            position[c] = channel;
        }
        return position;
    }
}
