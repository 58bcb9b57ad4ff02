package io.github.ophysio.io.pickle;

import io.github.ophysio.io.NpyWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import net.razorvine.pickle.IObjectPickler;
import net.razorvine.pickle.Pickler;

/**
 * Pickles values as NumPy does for {@code np.save} of object arrays: Pyrolite's {@link Pickler}
 * (protocol 2: dicts, lists, tuples, strings, numbers, booleans) plus our reducer for
 * {@link PickledArray}, written in NumPy's own form, {@code _reconstruct(ndarray, (0,), b'b')} then
 * {@code BUILD (1, shape, dtype, False, data)}, with {@code numpy.core.multiarray} (NumPy 1.x names,
 * which NumPy 2 still loads) and bytes as {@code _codecs.encode(latin-1 str, 'latin1')} as protocol 2
 * has no bytes opcode. The mirror of {@link NumpyConstructors}.
 */
public final class NumpyPickler {

    private static final int MARK = '(';
    private static final int TUPLE = 't';
    private static final int TUPLE1 = 0x85;
    private static final int TUPLE2 = 0x86;
    private static final int TUPLE3 = 0x87;
    private static final int REDUCE = 'R';
    private static final int BUILD = 'b';
    private static final int GLOBAL = 'c';
    private static final int NONE = 'N';

    static {
        Pickler.registerCustomPickler(PickledArray.class, new ArrayReducer());
    }

    private NumpyPickler() {
    }

    /** The pickle (protocol 2) of {@code value}. */
    public static byte[] dumps(Object value) {
        try {
            return new Pickler(false).dumps(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An object array as {@code np.save} writes it: an {@code |O} .npy header, then the array's pickle. */
    public static void writeNpy(PickledArray objects, OutputStream out) throws IOException {
        if (!objects.isObject()) {
            throw new IllegalArgumentException("not an object array: " + objects.typestr());
        }
        out.write(NpyWriter.header("|O", objects.shape()));
        out.write(dumps(objects));
    }

    /** Writes one {@link PickledArray} in NumPy's reduce form. */
    private static final class ArrayReducer implements IObjectPickler {

        @Override
        public void pickle(Object o, OutputStream out, Pickler pickler) throws IOException {
            PickledArray array = (PickledArray) o;
            global(out, "numpy.core.multiarray", "_reconstruct");
            global(out, "numpy", "ndarray");
            pickler.save(0);
            out.write(TUPLE1);
            bytes(out, pickler, new byte[] {'b'});
            out.write(TUPLE3);
            out.write(REDUCE);
            out.write(MARK);
            pickler.save(1);
            pickler.save(shape(array.shape()));
            dtype(out, pickler, array);
            pickler.save(false);
            data(out, pickler, array);
            out.write(TUPLE);
            out.write(BUILD);
        }

        private static Object[] shape(long[] shape) {
            return Arrays.stream(shape).mapToObj(Long::valueOf).toArray();
        }

        /** {@code dtype(typestr, False, True)} then its state {@code (3, order, None, None, None, -1, -1, flags)}. */
        private static void dtype(OutputStream out, Pickler pickler, PickledArray array) throws IOException {
            global(out, "numpy", "dtype");
            pickler.save(array.typestr());
            pickler.save(false);
            pickler.save(true);
            out.write(TUPLE3);
            out.write(REDUCE);
            out.write(MARK);
            pickler.save(3);
            pickler.save(array.byteOrder());
            out.write(NONE);
            out.write(NONE);
            out.write(NONE);
            pickler.save(-1);
            pickler.save(-1);
            pickler.save(array.isObject() ? 63 : 0);
            out.write(TUPLE);
            out.write(BUILD);
        }

        private static void data(OutputStream out, Pickler pickler, PickledArray array) throws IOException {
            if (array.isObject()) {
                pickler.save(array.data());
            } else {
                bytes(out, pickler, littleEndian(array.data()));
            }
        }

        private static void bytes(OutputStream out, Pickler pickler, byte[] data) throws IOException {
            global(out, "_codecs", "encode");
            pickler.save(new String(data, StandardCharsets.ISO_8859_1));
            pickler.save("latin1");
            out.write(TUPLE2);
            out.write(REDUCE);
        }

        private static void global(OutputStream out, String module, String name) throws IOException {
            out.write(GLOBAL);
            out.write((module + "\n" + name + "\n").getBytes(StandardCharsets.US_ASCII));
        }
    }

    /** Values of a primitive array as little-endian bytes (booleans one byte each). */
    static byte[] littleEndian(Object data) {
        if (data instanceof boolean[] flags) {
            byte[] bytes = new byte[flags.length];
            for (int i = 0; i < flags.length; i++) {
                bytes[i] = (byte) (flags[i] ? 1 : 0);
            }
            return bytes;
        }
        ByteBuffer buffer = ByteBuffer.allocate(java.lang.reflect.Array.getLength(data) * itemSize(data))
                .order(ByteOrder.LITTLE_ENDIAN);
        if (data instanceof int[] a) {
            buffer.asIntBuffer().put(a);
        } else if (data instanceof long[] a) {
            buffer.asLongBuffer().put(a);
        } else if (data instanceof float[] a) {
            buffer.asFloatBuffer().put(a);
        } else {
            buffer.asDoubleBuffer().put((double[]) data);
        }
        return buffer.array();
    }

    private static int itemSize(Object data) {
        return data instanceof int[] || data instanceof float[] ? 4 : 8;
    }
}
