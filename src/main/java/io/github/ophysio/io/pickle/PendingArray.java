package io.github.ophysio.io.pickle;

import io.github.ophysio.io.Sizes;
import java.math.BigInteger;
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
        long[] dims = java.util.Arrays.stream(shape).asLongStream().toArray();
        if (type.isObject()) {
            return new NumpyArray(type, shape, fortran, objects(data, Sizes.bytes(dims, 1), resolve));
        }
        byte[] bytes = NumpyValues.bytesOf(data);
        // exact before any product is cast: a damaged shape is named, never an overflow
        BigInteger needed = Sizes.bytes(dims, type.itemSize());
        if (!needed.equals(BigInteger.valueOf(bytes.length))) {
            throw new IllegalArgumentException("array shape " + Sizes.shapeText(dims) + " of " + type + " needs " + needed
                    + " bytes, the pickle holds " + bytes.length);
        }
        long count = Sizes.bytes(dims, 1).min(BigInteger.valueOf(Integer.MAX_VALUE)).longValue();
        return new NumpyArray(type, shape, fortran, NumpyValues.decode(type, bytes, count));
    }

    private static List<Object> objects(Object data, BigInteger count, UnaryOperator<Object> resolve) {
        if (!(data instanceof List<?> list) || !count.equals(BigInteger.valueOf(list.size()))) {
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
