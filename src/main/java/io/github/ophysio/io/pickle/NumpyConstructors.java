package io.github.ophysio.io.pickle;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import net.razorvine.pickle.IObjectConstructor;

/**
 * The only globals a NumPy pickle may name, each mapped to a constructor of ours that builds a
 * value and runs nothing: arrays ({@code _reconstruct} + {@code ndarray}, protocol 5's
 * {@code _frombuffer}), dtypes, scalars, protocol 2's {@code _codecs.encode} (bytes as latin-1
 * text) and {@code bytes()} (an empty byte string) and {@code datetime.datetime} (Suite2p's {@code date_proc}).
 */
final class NumpyConstructors {

    /** The {@code numpy.ndarray} class, only ever passed to {@code _reconstruct}. */
    static final IObjectConstructor NDARRAY = args -> {
        throw new IllegalArgumentException("numpy.ndarray called directly (NumPy pickles use _reconstruct)");
    };

    private static final Map<String, IObjectConstructor> ALLOWED = table();

    private NumpyConstructors() {
    }

    /** The constructor for {@code module.name}, or null when that global is not allowed. */
    static IObjectConstructor lookup(String module, String name) {
        return ALLOWED.get(module + "." + name);
    }

    private static Map<String, IObjectConstructor> table() {
        Map<String, IObjectConstructor> table = new HashMap<>();
        for (String core : new String[] {"numpy.core", "numpy._core"}) {
            table.put(core + ".multiarray._reconstruct", NumpyConstructors::reconstruct);
            table.put(core + ".multiarray.scalar", NumpyConstructors::scalar);
            table.put(core + ".numeric._frombuffer", NumpyConstructors::fromBuffer);
        }
        table.put("numpy.ndarray", NDARRAY);
        table.put("numpy.dtype", NumpyConstructors::dtype);
        table.put("_codecs.encode", NumpyConstructors::encode);
        table.put("__builtin__.bytes", NumpyConstructors::emptyBytes);
        table.put("builtins.bytes", NumpyConstructors::emptyBytes);
        table.put("datetime.datetime", NumpyConstructors::dateTime);
        return table;
    }

    /** {@code _reconstruct(ndarray, (0,), b'b')}: an empty array that BUILD fills. */
    private static Object reconstruct(Object[] args) {
        if (args.length != 3 || args[0] != NDARRAY) {
            throw new IllegalArgumentException("_reconstruct: expected (ndarray, shape, typecode), found "
                    + NumpyValues.describe(args.length > 0 ? args[0] : null));
        }
        return new PendingArray();
    }

    /** {@code numpy.dtype(typestr, align, copy)}; align and copy are 0/1 or False/True. */
    private static Object dtype(Object[] args) {
        if (args.length < 1 || !(args[0] instanceof String typestr)) {
            throw new IllegalArgumentException("numpy.dtype: expected a type string");
        }
        return new PendingDtype(typestr);
    }

    /** {@code scalar(dtype, bytes)}: the value as a Java Boolean/Integer/Long/Float/Double; object scalars as is. */
    private static Object scalar(Object[] args) {
        if (args.length != 2 || !(args[0] instanceof PendingDtype pending)) {
            throw new IllegalArgumentException("numpy scalar: expected (dtype, bytes)");
        }
        NumpyDtype dtype = pending.dtype();
        if (dtype.isObject()) {
            return args[1];
        }
        return NumpyValues.box(dtype, NumpyValues.decode(dtype, NumpyValues.bytesOf(args[1]), 1), 0);
    }

    /** Protocol 5: {@code _frombuffer(buffer, dtype, shape, order)}. */
    private static Object fromBuffer(Object[] args) {
        if (args.length != 4 || !(args[1] instanceof PendingDtype dtype)) {
            throw new IllegalArgumentException("_frombuffer: expected (buffer, dtype, shape, order)");
        }
        return PendingArray.of(PendingArray.shapeOf(args[2]), dtype, "F".equals(args[3]), NumpyValues.bytesOf(args[0]));
    }

    /** Protocol 2 writes bytes as {@code _codecs.encode(<latin-1 text>, 'latin1')}. */
    private static Object encode(Object[] args) {
        if (args.length != 2 || !(args[0] instanceof String text) || !isLatin1(args[1])) {
            throw new IllegalArgumentException("_codecs.encode: expected (text, 'latin1')");
        }
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    /** Protocol 2 writes an empty {@code bytes} as {@code bytes()}; no other call of it is accepted. */
    private static Object emptyBytes(Object[] args) {
        if (args.length != 0) {
            throw new IllegalArgumentException("bytes: expected no arguments (an empty byte string)");
        }
        return new byte[0];
    }

    private static boolean isLatin1(Object encoding) {
        return "latin1".equals(encoding) || "latin-1".equals(encoding);
    }

    /** {@code datetime(10 bytes)}: year (2, big-endian), month, day, hour, minute, second, microsecond (3). */
    private static Object dateTime(Object[] args) {
        if (args.length != 1) {
            throw new IllegalArgumentException("datetime: expected one byte string (no time zone)");
        }
        byte[] b = NumpyValues.bytesOf(args[0]);
        if (b.length != 10) {
            throw new IllegalArgumentException("datetime: expected 10 bytes, found " + b.length);
        }
        int micros = (b[7] & 0xff) << 16 | (b[8] & 0xff) << 8 | (b[9] & 0xff);
        return LocalDateTime.of((b[0] & 0xff) << 8 | (b[1] & 0xff), b[2], b[3], b[4], b[5], b[6], micros * 1000);
    }
}
