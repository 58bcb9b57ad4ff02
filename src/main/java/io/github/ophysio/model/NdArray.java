package io.github.ophysio.model;

import java.util.Arrays;

/**
 * An in-memory block of samples in C order (last axis fastest), as {@code getSeries} returns it.
 * {@code data} is a primitive array of {@code type}'s component.
 */
public record NdArray(PixelType type, int[] shape, Object data) {

    public NdArray {
        shape = shape.clone();
        if (!type.accepts(data)) {
            throw new IllegalArgumentException("data is not a " + type.component() + " array");
        }
    }

    @Override
    public int[] shape() {
        return shape.clone();
    }

    /** The element at {@code index} (C order), widened to double; unsigned types read unsigned. */
    public double getDouble(int... index) {
        return PlaneValues.get(type, data, flatIndex(index));
    }

    private int flatIndex(int[] index) {
        if (index.length != shape.length) {
            throw new IllegalArgumentException("index rank " + index.length + " for shape " + Arrays.toString(shape));
        }
        int flat = 0;
        for (int axis = 0; axis < shape.length; axis++) {
            flat = flat * shape[axis] + index[axis];
        }
        return flat;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof NdArray o && type == o.type && Arrays.equals(shape, o.shape)
                && Arrays.deepEquals(new Object[] {data}, new Object[] {o.data});
    }

    @Override
    public int hashCode() {
        return 31 * type.hashCode() + Arrays.hashCode(shape);
    }

    @Override
    public String toString() {
        return "NdArray[" + type.numpyName() + " " + Arrays.toString(shape) + "]";
    }
}
