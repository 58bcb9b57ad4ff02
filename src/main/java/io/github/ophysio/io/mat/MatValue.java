package io.github.ophysio.io.mat;

import java.util.List;
import java.util.Optional;

/**
 * One MATLAB value of a .mat file, the same for MAT v5 and v7.3. Dimensions and element order are
 * MATLAB's: {@link #dims()} is MATLAB's {@code size} (dimension 1 = rows) and flat values are
 * column-major (first index fastest), so a v7.3 dataset, stored with its dimensions reversed, reads
 * back exactly as MATLAB shows it. Values are only valid while their {@link MatFile} is being read.
 */
public interface MatValue {

    /** Where the value sits, MATLAB-style, for messages: {@code output.info.version}, {@code notes{2}}. */
    String name();

    /** MATLAB's class name: {@code double}, {@code char}, {@code struct}, {@code cell}, or an object's class. */
    String matlabClass();

    MatKind kind();

    /** MATLAB's size, at least two values. */
    int[] dims();

    /** Field names of a scalar struct, in MATLAB's order (empty for anything else). */
    List<String> fieldNames();

    /** The field {@code name} of a scalar struct, if there is one. */
    Optional<MatValue> field(String name);

    /** Element {@code index} (column-major, from 0) of a cell array. */
    MatValue cell(int index);

    /** Every element of a numeric, logical or char array as doubles, column-major (a sparse one expanded). */
    double[] doubles();

    /** A sparse matrix in compressed-column form, without expanding it; empty for anything else. */
    default Optional<MatSparse> sparse() {
        return Optional.empty();
    }

    /** Every element as floats, column-major (what masks and traces are kept as). */
    default float[] floats() {
        double[] values = doubles();
        float[] out = new float[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (float) values[i];
        }
        return out;
    }

    /** The text of a char array (its code units in column-major order). */
    String text();

    /** The number of elements. */
    default long numel() {
        long n = 1;
        for (int d : dims()) {
            n *= d;
        }
        return n;
    }

    /** Whether this is a numeric or logical array (what can be read as numbers). */
    default boolean isNumeric() {
        return kind() == MatKind.NUMERIC || kind() == MatKind.LOGICAL;
    }

    /** MATLAB's size as text, e.g. {@code 7 x 9 x 4}. */
    default String size() {
        StringBuilder text = new StringBuilder();
        for (int d : dims()) {
            text.append(text.length() == 0 ? "" : " x ").append(d);
        }
        return text.toString();
    }

    /** The value of a path of fields, e.g. {@code path("info", "version")}. */
    default Optional<MatValue> path(String... fields) {
        Optional<MatValue> value = Optional.of(this);
        for (String f : fields) {
            value = value.flatMap(v -> v.field(f));
        }
        return value;
    }
}
