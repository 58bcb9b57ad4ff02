package io.github.ophysio.io.pickle;

import java.util.Arrays;
import java.util.List;

/**
 * A NumPy array read from a pickle or an {@code .npy} file: dtype, shape, memory order and the
 * elements in memory order (Fortran order when {@code fortranOrder}) as a primitive array from
 * {@link NumpyValues}, or, for object arrays, a {@code List<Object>} in C order (as NumPy pickles
 * them whatever the flag). Index methods take logical (C-style) indices and honour the order.
 */
public record NumpyArray(NumpyDtype dtype, int[] shape, boolean fortranOrder, Object data) {

    public NumpyArray {
        shape = shape.clone();
    }

    @Override
    public int[] shape() {
        return shape.clone();
    }

    public int ndim() {
        return shape.length;
    }

    /** Number of elements. */
    public int size() {
        return Arrays.stream(shape).reduce(1, Math::multiplyExact);
    }

    /** The elements of an object array, in C order. */
    @SuppressWarnings("unchecked")
    public List<Object> objects() {
        if (!(data instanceof List<?>)) {
            throw new IllegalStateException("a " + dtype + " array holds no Python objects");
        }
        return (List<Object>) data;
    }

    /** The element at a logical index as a Java value (Boolean, Integer, Long, Float, Double, String, object). */
    public Object get(int... index) {
        int at = position(index);
        return data instanceof List<?> list ? list.get(at) : NumpyValues.box(dtype, data, at);
    }

    /** The numeric element at a logical index as a double. */
    public double getDouble(int... index) {
        return NumpyValues.toDouble(dtype, data, position(index));
    }

    /** All elements as doubles in logical C order (whatever the memory order). */
    public double[] toDoubles() {
        int n = size();
        double[] out = new double[n];
        int[] index = new int[shape.length];
        for (int i = 0; i < n; i++) {
            out[i] = NumpyValues.toDouble(dtype, data, position(index));
            increment(index);
        }
        return out;
    }

    /** All elements as longs in logical C order (integer or bool arrays; floats are truncated). */
    public long[] toLongs() {
        long[] out = new long[size()];
        if (dtype.kind() == 'i' || dtype.kind() == 'u') {
            int[] index = new int[shape.length];
            for (int i = 0; i < out.length; i++) {
                out[i] = ((Number) get(index)).longValue();
                increment(index);
            }
            return out;
        }
        double[] values = toDoubles();
        for (int i = 0; i < out.length; i++) {
            out[i] = (long) values[i];
        }
        return out;
    }

    /** Where the element at a logical index lies in {@link #data}. */
    public int position(int... index) {
        if (index.length != shape.length) {
            throw new IllegalArgumentException("index of rank " + index.length + " for shape " + Arrays.toString(shape));
        }
        boolean fortran = fortranOrder && !(data instanceof List<?>);
        int flat = 0;
        for (int k = 0; k < shape.length; k++) {
            int axis = fortran ? shape.length - 1 - k : k;
            if (index[axis] < 0 || index[axis] >= shape[axis]) {
                throw new IndexOutOfBoundsException("index " + Arrays.toString(index) + " outside " + Arrays.toString(shape));
            }
            flat = flat * shape[axis] + index[axis];
        }
        return flat;
    }

    private void increment(int[] index) {
        for (int axis = shape.length - 1; axis >= 0; axis--) {
            if (++index[axis] < shape[axis]) {
                return;
            }
            index[axis] = 0;
        }
    }

    @Override
    public String toString() {
        return "array(" + dtype + ", shape " + Arrays.toString(shape) + (fortranOrder ? ", Fortran order)" : ")");
    }
}
