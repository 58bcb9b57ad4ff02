package io.github.ophysio.io.zarr;

/** A byte array per thread, grown when needed and reused from chunk to chunk (no new array per chunk or block). */
final class Scratch {

    private final ThreadLocal<byte[]> arrays = ThreadLocal.withInitial(() -> new byte[0]);

    /** This thread's array, at least {@code size} bytes long; its contents are left from earlier use. */
    byte[] atLeast(int size) {
        byte[] array = arrays.get();
        if (array.length < size) {
            array = new byte[size];
            arrays.set(array);
        }
        return array;
    }
}
