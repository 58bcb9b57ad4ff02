package io.github.ophysio.io.mat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * MATLAB values as JSON-like metadata (numbers, booleans, strings, lists): a struct is flattened to
 * dotted keys ({@code config.thresholds.T_min_snr}); large arrays are summarised, not copied.
 */
public final class MatMetadata {

    /** Arrays longer than this are summarised as {@code <7 x 9 double>}. */
    private static final int MAX_VALUES = 64;
    private static final Set<String> INTEGERS = Set.of("int8", "uint8", "int16", "uint16", "int32", "uint32",
            "int64", "uint64");

    private MatMetadata() {
    }

    /** Every leaf of {@code struct} under {@code prefix + field path}, in field order. */
    public static Map<String, Object> flatten(MatValue struct, String prefix) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (String field : struct.fieldNames()) {
            MatValue value = struct.field(field).orElseThrow();
            if (value.kind() == MatKind.STRUCT && !value.fieldNames().isEmpty()) {
                out.putAll(flatten(value, prefix + field + "."));
            } else {
                out.put(prefix + field, plain(value));
            }
        }
        return out;
    }

    /** One value: text, a number or boolean for a scalar, a list for a small array or cell, else a summary. */
    public static Object plain(MatValue value) {
        return switch (value.kind()) {
            case CHAR -> value.text();
            case NUMERIC, LOGICAL -> numbers(value);
            case CELL -> cells(value);
            default -> summary(value);
        };
    }

    private static Object numbers(MatValue value) {
        if (value.numel() > MAX_VALUES) {
            return summary(value);
        }
        List<Object> list = new ArrayList<>();
        for (double d : value.doubles()) {
            list.add(number(value, d));
        }
        return list.size() == 1 ? list.get(0) : list;
    }

    private static Object number(MatValue value, double d) {
        if (value.kind() == MatKind.LOGICAL) {
            return d != 0;
        }
        return INTEGERS.contains(value.matlabClass()) ? (Object) (long) d : (Object) d;
    }

    private static Object cells(MatValue value) {
        if (value.numel() > MAX_VALUES) {
            return summary(value);
        }
        List<Object> list = new ArrayList<>();
        for (int i = 0; i < value.numel(); i++) {
            MatValue element = value.cell(i);
            list.add(element.kind() == MatKind.CELL ? summary(element) : plain(element));
        }
        return list;
    }

    private static String summary(MatValue value) {
        return "<" + value.size() + " " + value.matlabClass() + ">";
    }
}
