package io.github.ophysio.io.pickle;

import java.util.List;

/**
 * An ndarray to be pickled (the writer's side of {@link NumpyArray}): NumPy's type string
 * ({@code i4}, {@code f4}, {@code f8}, {@code b1}, {@code O8}), shape, and values in C order as a
 * primitive array ({@code int[]}, {@code long[]}, {@code float[]}, {@code double[]}, {@code boolean[]})
 * or, for an object array, a list of picklable values (maps, lists, strings, numbers, arrays).
 */
public record PickledArray(String typestr, long[] shape, Object data) {

    public static PickledArray int32(int... values) {
        return new PickledArray("i4", new long[] {values.length}, values);
    }

    public static PickledArray int64(long... values) {
        return new PickledArray("i8", new long[] {values.length}, values);
    }

    public static PickledArray float32(float[] values, long... shape) {
        return new PickledArray("f4", shape, values);
    }

    public static PickledArray float64(double[] values, long... shape) {
        return new PickledArray("f8", shape, values);
    }

    public static PickledArray bools(boolean... values) {
        return new PickledArray("b1", new long[] {values.length}, values);
    }

    /** A 1-D object array (Suite2p's {@code stat.npy}). */
    public static PickledArray objects(List<?> values) {
        return new PickledArray("O8", new long[] {values.size()}, List.copyOf(values));
    }

    /** A 0-d object array holding one value (what {@code np.save} makes of a dict: {@code ops.npy}). */
    public static PickledArray scalarObject(Object value) {
        return new PickledArray("O8", new long[0], List.of(value));
    }

    /** NumPy's byte-order mark for the type: none for one-byte and object types. */
    String byteOrder() {
        return typestr.equals("b1") || typestr.startsWith("O") || typestr.endsWith("1") ? "|" : "<";
    }

    boolean isObject() {
        return typestr.startsWith("O");
    }
}
