package io.github.ophysio.formats.caiman;

import io.github.ophysio.error.CorruptFileException;
import io.github.ophysio.error.FileText;
import java.lang.reflect.Array;
import java.nio.file.Path;

/** Flattens what jhdf returns (a boxed scalar or nested primitive arrays, C order) into plain arrays. */
final class Numbers {

    private Numbers() {
    }

    /** Every number in {@code data}, C order; text numbers (CaImAn's {@code |S32} fallback) are parsed. */
    static double[] doubles(Path path, String name, Object data) {
        double[] out = new double[count(data)];
        fill(path, name, data, out, 0);
        return out;
    }

    /** The same as floats, rounded from doubles (traces and weights are float in the model). */
    static float[] floats(Path path, String name, Object data) {
        double[] values = doubles(path, name, data);
        float[] out = new float[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (float) values[i];
        }
        return out;
    }

    /** Values as ints, each checked to be a whole number in int range. */
    static int[] ints(Path path, String name, Object data) {
        double[] values = doubles(path, name, data);
        int[] out = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            if (values[i] != Math.rint(values[i]) || Math.abs(values[i]) > Integer.MAX_VALUE) {
                throw CorruptFileException.expected(path, name, "whole numbers in int range", values[i]);
            }
            out[i] = (int) values[i];
        }
        return out;
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
            total += count(Array.get(data, i));
        }
        return total;
    }

    /** Writes the leaves of {@code data} into {@code out} from {@code at}; returns the next position. */
    private static int fill(Path path, String name, Object data, double[] out, int at) {
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
                next = fillOne(path, name, Array.get(data, i), out, next);
            }
            return next;
        }
        return fillOne(path, name, data, out, at);
    }

    private static int fillOne(Path path, String name, Object value, double[] out, int at) {
        if (value != null && value.getClass().isArray()) {
            return fill(path, name, value, out, at);
        }
        out[at] = scalar(path, name, value);
        return at + 1;
    }

    private static double scalar(Path path, String name, Object value) {
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
                throw CorruptFileException.expected(path, name, "numbers", "text '" + FileText.quote(s) + "'");
            }
        }
        throw CorruptFileException.expected(path, name, "numbers", value == null ? "nothing" : value.getClass().getSimpleName());
    }
}
