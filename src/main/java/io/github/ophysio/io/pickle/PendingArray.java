package io.github.ophysio.io.pickle;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * {@code numpy.ndarray} while unpickling: {@code _reconstruct(ndarray, (0,), b'b')} makes an empty
 * one, then BUILD gives {@code (version, shape, dtype, is_fortran, data)} (or the legacy 4-tuple).
 * Data stay undecoded until {@link #finish} because a dtype's BUILD may come later in odd streams.
 */
final class PendingArray implements Buildable {

    private int[] shape = {0};
    private PendingDtype dtype;
    private boolean fortran;
    private Object data = new byte[0];

    static PendingArray of(int[] shape, PendingDtype dtype, boolean fortran, Object data) {
        PendingArray array = new PendingArray();
        array.shape = shape;
        array.dtype = dtype;
        array.fortran = fortran;
        array.data = data;
        return array;
    }

    @Override
    public void setState(Object state) {
        if (!(state instanceof Object[] tuple) || (tuple.length != 5 && tuple.length != 4)) {
            throw new IllegalArgumentException("ndarray state: expected (version, shape, dtype, is_fortran, data),"
                    + " found " + NumpyValues.describe(state));
        }
        int at = tuple.length - 4;
        shape = shapeOf(tuple[at]);
        if (!(tuple[at + 1] instanceof PendingDtype type)) {
            throw new IllegalArgumentException("ndarray state: expected a dtype, found " + NumpyValues.describe(tuple[at + 1]));
        }
        dtype = type;
        fortran = truth(tuple[at + 2]);
        data = tuple[at + 3];
    }

    /** The finished value; {@code resolve} turns object elements into plain values too. */
    NumpyArray finish(UnaryOperator<Object> resolve) {
        if (dtype == null) {
            throw new IllegalArgumentException("an ndarray without a state (no BUILD after _reconstruct)");
        }
        NumpyDtype type = dtype.dtype();
        long count = 1;
        for (int size : shape) {
            count = Math.multiplyExact(count, (long) size);
        }
        if (type.isObject()) {
            return new NumpyArray(type, shape, fortran, objects(data, count, resolve));
        }
        return new NumpyArray(type, shape, fortran, NumpyValues.decode(type, NumpyValues.bytesOf(data), count));
    }

    private static List<Object> objects(Object data, long count, UnaryOperator<Object> resolve) {
        if (!(data instanceof List<?> list) || list.size() != count) {
            throw new IllegalArgumentException("object array data: expected a list of " + count + ", found "
                    + NumpyValues.describe(data));
        }
        List<Object> out = new ArrayList<>(list.size());
        list.forEach(item -> out.add(resolve.apply(item)));
        return out;
    }

    static int[] shapeOf(Object value) {
        if (!(value instanceof Object[] dims)) {
            throw new IllegalArgumentException("array shape: expected a tuple, found " + NumpyValues.describe(value));
        }
        int[] shape = new int[dims.length];
        for (int i = 0; i < dims.length; i++) {
            if (!(dims[i] instanceof Integer size) || size < 0) {
                throw new IllegalArgumentException("array shape: expected sizes, found " + dims[i]);
            }
            shape[i] = size;
        }
        return shape;
    }

    static boolean truth(Object value) {
        if (value instanceof Boolean b) {
            return b;
        }
        if (value instanceof Number n) {
            return n.longValue() != 0;
        }
        throw new IllegalArgumentException("expected a bool, found " + NumpyValues.describe(value));
    }
}
