package io.github.ophysio.io.hdf5;

import io.github.ophysio.error.CorruptFileException;
import io.github.ophysio.error.FileText;
import io.jhdf.api.Dataset;
import java.lang.reflect.Array;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What jhdf returns (a boxed scalar, a flat or nested primitive array, boxed numbers, booleans,
 * strings) flattened in C order into plain Java arrays: the one flattener every HDF5-based reader
 * (CaImAn, NWB, MATLAB v7.3, plain HDF5) uses, so that they all read the same values the same way
 * and name the dataset when a value is not a number.
 */
public final class Hdf5Flat {

    private Hdf5Flat() {
    }

    /**
     * Every number in {@code data}, C order: primitive rows copied without boxing, booleans as 0/1,
     * text numbers parsed (CaImAn's {@code |S32} fallback). Anything else is corrupt {@code name}.
     */
    public static double[] doubles(Path file, String name, Object data) {
        double[] out = new double[count(data)];
        fill(file, name, data, out, 0);
        return out;
    }

    /** A slab {@code data} read from {@code dataset}, flattened; errors name the dataset. */
    public static double[] doubles(Dataset dataset, Object data) {
        return doubles(dataset.getHdfFile().getFileAsPath(), dataset.getPath(), data);
    }

    /** A whole dataset's values, flattened. */
    public static double[] doubles(Dataset dataset) {
        return doubles(dataset, dataset.getDataFlat());
    }

    /** The same as floats, rounded from doubles (weights and images are float in the model). */
    public static float[] floats(Path file, String name, Object data) {
        double[] values = doubles(file, name, data);
        float[] out = new float[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (float) values[i];
        }
        return out;
    }

    /** Values as ints, each checked to be a whole number in int range. */
    public static int[] ints(Path file, String name, Object data) {
        double[] values = doubles(file, name, data);
        int[] out = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            if (values[i] != Math.rint(values[i]) || Math.abs(values[i]) > Integer.MAX_VALUE) {
                throw CorruptFileException.expected(file, name, "whole numbers in int range", values[i]);
            }
            out[i] = (int) values[i];
        }
        return out;
    }

    /** Every number of {@code data} as longs (indices, coordinates: no rounding through double). */
    public static long[] longs(Object data) {
        List<Object> flat = leaves(data);
        long[] values = new long[flat.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = ((Number) flat.get(i)).longValue();
        }
        return values;
    }

    /** The leaves of {@code data} (numbers, strings, ...) in C order. */
    public static List<Object> leaves(Object data) {
        List<Object> flat = new ArrayList<>();
        add(data, flat);
        return flat;
    }

    private static void add(Object data, List<Object> flat) {
        if (data != null && data.getClass().isArray()) {
            for (int i = 0; i < Array.getLength(data); i++) {
                add(Array.get(data, i), flat);
            }
        } else {
            flat.add(data);
        }
    }

    private static int count(Object data) {
        if (data == null || !data.getClass().isArray()) {
            return 1;
        }
        if (!data.getClass().getComponentType().isArray()) {
            return Array.getLength(data);
        }
        int total = 0;
        for (int i = 0; i < Array.getLength(data); i++) {
            total = Math.addExact(total, count(Array.get(data, i)));
        }
        return total;
    }

    /** Writes the leaves of {@code data} into {@code out} from {@code at}; returns the next position. */
    private static int fill(Path file, String name, Object data, double[] out, int at) {
        if (data instanceof double[] a) {
            System.arraycopy(a, 0, out, at, a.length);
            return at + a.length;
        }
        if (data instanceof float[] a) {
            for (int i = 0; i < a.length; i++) {
                out[at + i] = a[i];
            }
            return at + a.length;
        }
        if (data != null && data.getClass().isArray()) {
            int next = at;
            for (int i = 0; i < Array.getLength(data); i++) {
                next = fill(file, name, Array.get(data, i), out, next);
            }
            return next;
        }
        out[at] = scalar(file, name, data);
        return at + 1;
    }

    private static double scalar(Path file, String name, Object value) {
        if (value instanceof Number n) {
            return n.doubleValue();
        }
        if (value instanceof Boolean b) {
            return b ? 1 : 0;
        }
        if (value instanceof String s) {
            try {
                return Double.parseDouble(s.trim());
            } catch (NumberFormatException e) {
                throw CorruptFileException.expected(file, name, "numbers", "text '" + FileText.quote(s) + "'");
            }
        }
        String found = value == null ? "nothing" : value.getClass().getSimpleName();
        throw CorruptFileException.expected(file, name, "numbers", found);
    }
}
