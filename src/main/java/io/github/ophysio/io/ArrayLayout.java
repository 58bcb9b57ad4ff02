package io.github.ophysio.io;

import io.github.ophysio.model.PixelType;
import java.nio.ByteOrder;
import java.util.Map;

/**
 * Where element (t, y, x, c) of an array stored in a file lies: a byte offset, an element type
 * and byte order, the size of each axis and its stride in elements. One description serves
 * NumPy C and Fortran order and every raw-binary axis order.
 *
 * @param sizes   sizes of t (samples), y (rows), x (columns), c (channels or planes)
 * @param strides strides in elements of the same four axes
 */
public record ArrayLayout(PixelType type, ByteOrder order, long offset, long[] sizes, long[] strides) {

    /** Axis letters in the order of {@link #sizes} and {@link #strides}. */
    public static final String AXES = "tyxc";

    public ArrayLayout {
        sizes = sizes.clone();
        strides = strides.clone();
    }

    /**
     * The layout of an array whose axes are stored in {@code storageOrder} (slowest first, as
     * letters of {@link #AXES}, e.g. {@code "tyxc"} for C order, {@code "cxyt"} for Fortran).
     */
    public static ArrayLayout of(PixelType type, ByteOrder order, long offset, String storageOrder,
            Map<Character, Long> sizeByAxis) {
        long[] sizes = new long[4];
        long[] strides = new long[4];
        long stride = 1;
        for (int i = storageOrder.length() - 1; i >= 0; i--) {
            int axis = AXES.indexOf(storageOrder.charAt(i));
            sizes[axis] = sizeByAxis.getOrDefault(storageOrder.charAt(i), 1L);
            strides[axis] = stride;
            stride = Math.multiplyExact(stride, sizes[axis]);
        }
        for (int axis = 0; axis < 4; axis++) {
            if (storageOrder.indexOf(AXES.charAt(axis)) < 0) {
                sizes[axis] = 1;
            }
        }
        return new ArrayLayout(type, order, offset, sizes, strides);
    }

    public long samples() {
        return sizes[0];
    }

    public int rows() {
        return (int) sizes[1];
    }

    public int cols() {
        return (int) sizes[2];
    }

    public int channels() {
        return (int) sizes[3];
    }

    /** Bytes the whole array occupies. */
    public long dataBytes() {
        return Math.multiplyExact(Math.multiplyExact(Math.multiplyExact(sizes[0], sizes[1]), sizes[2]),
                Math.multiplyExact(sizes[3], (long) type.bytes()));
    }

    /** Byte position of element (t, 0, 0, c). */
    long planeStart(long t, long c) {
        return offset + (t * strides[0] + c * strides[3]) * type.bytes();
    }

    long rowStrideBytes() {
        return strides[1] * type.bytes();
    }

    long colStrideBytes() {
        return strides[2] * type.bytes();
    }

    boolean rowsContiguous() {
        return strides[2] == 1;
    }

    boolean planeContiguous() {
        return rowsContiguous() && strides[1] == sizes[2];
    }
}
