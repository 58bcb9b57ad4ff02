package io.github.ophysio.formats.nwb;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.List;

/** jhdf's data (nested primitive arrays, boxed numbers, strings) flattened in C order. */
final class NwbArrays {

    private NwbArrays() {
    }

    /** Every number of {@code data}, flattened in C order (primitive rows copied without boxing). */
    static double[] doubles(Object data) {
        double[] values = new double[count(data)];
        fill(data, values, 0);
        return values;
    }

    private static int count(Object data) {
        if (data == null || !data.getClass().isArray()) {
            return 1;
        }
        int n = Array.getLength(data);
        if (data.getClass().getComponentType().isPrimitive() || n == 0) {
            return n;
        }
        return Math.multiplyExact(n, count(Array.get(data, 0)));
    }

    private static int fill(Object data, double[] out, int at) {
        if (data instanceof double[] d) {
            System.arraycopy(d, 0, out, at, d.length);
            return at + d.length;
        }
        if (data instanceof float[] f) {
            for (int i = 0; i < f.length; i++) {
                out[at + i] = f[i];
            }
            return at + f.length;
        }
        if (data != null && data.getClass().isArray()) {
            int next = at;
            for (int i = 0; i < Array.getLength(data); i++) {
                next = fill(Array.get(data, i), out, next);
            }
            return next;
        }
        out[at] = ((Number) data).doubleValue();
        return at + 1;
    }

    /** Every number of {@code data} as longs (indices, coordinates), flattened in C order. */
    static long[] longs(Object data) {
        List<Object> flat = flatten(data);
        long[] values = new long[flat.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = ((Number) flat.get(i)).longValue();
        }
        return values;
    }

    /** The leaves of {@code data} (numbers, strings) in C order. */
    static List<Object> flatten(Object data) {
        List<Object> flat = new ArrayList<>();
        add(data, flat);
        return flat;
    }

    private static void add(Object data, List<Object> flat) {
        if (data != null && data.getClass().isArray()) {
            int n = Array.getLength(data);
            for (int i = 0; i < n; i++) {
                add(Array.get(data, i), flat);
            }
        } else {
            flat.add(data);
        }
    }
}
