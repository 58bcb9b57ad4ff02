package io.github.ophysio.io.pickle;

/** {@code numpy.dtype(typestr, align, copy)} while unpickling; BUILD sets the byte order. */
final class PendingDtype implements Buildable {

    private NumpyDtype dtype;

    PendingDtype(String typestr) {
        this.dtype = NumpyDtype.parse(typestr);
    }

    NumpyDtype dtype() {
        return dtype;
    }

    /** State {@code (version, byteorder, subarray, names, fields, elsize, alignment, flags[, metadata])}. */
    @Override
    public void setState(Object state) {
        if (!(state instanceof Object[] tuple) || tuple.length < 8 || !(tuple[1] instanceof String order)
                || order.length() != 1) {
            throw new IllegalArgumentException("dtype state: expected (version, byteorder, …) of 8 or 9, found "
                    + NumpyValues.describe(state));
        }
        if (tuple[2] != null || tuple[3] != null) {
            throw new IllegalArgumentException("dtype " + dtype + " with sub-arrays or fields (a structured dtype)");
        }
        dtype = dtype.withByteOrder(order.charAt(0));
    }
}
