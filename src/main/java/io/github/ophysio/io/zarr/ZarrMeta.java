package io.github.ophysio.io.zarr;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.github.ophysio.error.CorruptFileException;
import io.github.ophysio.error.FileText;
import io.github.ophysio.error.UnsupportedFormatException;
import io.github.ophysio.model.PixelType;
import java.nio.file.Path;

/** The fields of a {@code .zarray}, each read and checked, with messages naming the field and what it holds. */
final class ZarrMeta {

    private ZarrMeta() {
    }

    static void requireVersion2(Path file, JsonObject meta) {
        JsonElement version = meta.get("zarr_format");
        if (version == null || !version.isJsonPrimitive() || !version.getAsJsonPrimitive().isNumber()
                || version.getAsInt() != 2) {
            throw new UnsupportedFormatException(file, "zarr_format " + text(version) + "; only zarr v2 stores are read");
        }
    }

    static long[] longs(Path file, JsonObject meta, String key) {
        JsonElement value = meta.get(key);
        if (value == null || !value.isJsonArray()) {
            throw CorruptFileException.expected(file, key, "a list of sizes", text(value));
        }
        long[] out = new long[value.getAsJsonArray().size()];
        for (int i = 0; i < out.length; i++) {
            JsonElement e = value.getAsJsonArray().get(i);
            if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isNumber() || e.getAsDouble() < 0
                    || e.getAsDouble() != Math.rint(e.getAsDouble()) || e.getAsDouble() > Long.MAX_VALUE) {
                throw CorruptFileException.expected(file, key, "whole numbers >= 0", text(value));
            }
            out[i] = e.getAsLong();
        }
        return out;
    }

    /** The chunk shape: one positive size per dimension, each at most 2^31 - 9 elements. */
    static int[] chunks(Path file, JsonObject meta, long[] shape) {
        long[] chunks = longs(file, meta, "chunks");
        if (chunks.length != shape.length) {
            throw CorruptFileException.expected(file, "chunks", shape.length + " sizes (one per dimension of shape)",
                    text(meta.get("chunks")));
        }
        int[] out = new int[chunks.length];
        for (int d = 0; d < chunks.length; d++) {
            if (chunks[d] < 1 || chunks[d] > Integer.MAX_VALUE - 8) {
                throw CorruptFileException.expected(file, "chunks", "sizes from 1 to " + (Integer.MAX_VALUE - 8),
                        text(meta.get("chunks")));
            }
            out[d] = (int) chunks[d];
        }
        return out;
    }

    static String dtype(Path file, JsonObject meta) {
        JsonElement dtype = meta.get("dtype");
        if (dtype == null || !dtype.isJsonPrimitive()) {
            throw new UnsupportedFormatException(file, "dtype " + text(dtype) + " (structured or missing); arrays must"
                    + " be bool, (u)int8-64, float32 or float64");
        }
        return dtype.getAsString();
    }

    static boolean fortranOrder(Path file, JsonObject meta) {
        String order = meta.has("order") && meta.get("order").isJsonPrimitive() ? meta.get("order").getAsString() : "?";
        if (!order.equals("C") && !order.equals("F")) {
            throw CorruptFileException.expected(file, "order", "\"C\" or \"F\"", text(meta.get("order")));
        }
        return order.equals("F");
    }

    /** {@code fill_value}: a number, "NaN", "Infinity", "-Infinity", a boolean, or null (read as 0). */
    static Number fill(Path file, JsonObject meta, PixelType type) {
        JsonElement fill = meta.get("fill_value");
        if (fill == null || fill.isJsonNull()) {
            return 0;
        }
        if (fill.isJsonPrimitive() && fill.getAsJsonPrimitive().isBoolean()) {
            return fill.getAsBoolean() ? 1 : 0;
        }
        if (fill.isJsonPrimitive() && fill.getAsJsonPrimitive().isNumber()) {
            return type.isFloating() ? (Number) fill.getAsDouble() : (Number) fill.getAsBigDecimal().toBigInteger()
                    .longValue();
        }
        String text = fill.isJsonPrimitive() ? fill.getAsString() : "";
        return switch (text) {
            case "NaN" -> Double.NaN;
            case "Infinity" -> Double.POSITIVE_INFINITY;
            case "-Infinity" -> Double.NEGATIVE_INFINITY;
            default -> throw CorruptFileException.expected(file, "fill_value", "a number, \"NaN\", \"Infinity\","
                    + " \"-Infinity\" or null", text(fill));
        };
    }

    static void requireNoFilters(Path file, JsonObject meta) {
        JsonElement filters = meta.get("filters");
        if (filters != null && !filters.isJsonNull() && !(filters.isJsonArray() && filters.getAsJsonArray().isEmpty())) {
            throw new UnsupportedFormatException(file, "filters " + text(filters) + " are not supported (only arrays"
                    + " with filters null)");
        }
    }

    static String separator(Path file, JsonObject meta) {
        JsonElement sep = meta.get("dimension_separator");
        if (sep == null || sep.isJsonNull()) {
            return ".";
        }
        String text = sep.isJsonPrimitive() ? sep.getAsString() : "?";
        if (!text.equals(".") && !text.equals("/")) {
            throw CorruptFileException.expected(file, "dimension_separator", "\".\" or \"/\"", text(sep));
        }
        return text;
    }

    private static String text(JsonElement value) {
        return value == null ? "nothing" : FileText.quote(value.toString());
    }
}
