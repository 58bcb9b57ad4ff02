package io.github.ophysio.formats.isxd;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import io.github.ophysio.error.CorruptFileException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Typed reads of footer values: a missing key or a value of the wrong kind is a corrupt file
 * whose message names the key. Also converts JSON to plain Java values for metadata.
 */
public final class IsxdJson {

    private static final BigDecimal LONG_MIN = BigDecimal.valueOf(Long.MIN_VALUE);
    private static final BigDecimal LONG_MAX = BigDecimal.valueOf(Long.MAX_VALUE);

    private IsxdJson() {
    }

    /** The object under {@code key}; corrupt when absent or not an object. */
    public static JsonObject object(IsxdFooter footer, JsonObject parent, String key) {
        JsonElement value = parent.get(key);
        if (value == null || !value.isJsonObject()) {
            throw expected(footer, key, "an object", value);
        }
        return value.getAsJsonObject();
    }

    /** The object under {@code key}, empty when absent or null. */
    public static Optional<JsonObject> optionalObject(JsonObject parent, String key) {
        JsonElement value = parent == null ? null : parent.get(key);
        return value != null && value.isJsonObject() ? Optional.of(value.getAsJsonObject()) : Optional.empty();
    }

    /** The whole number under {@code key}. */
    public static long whole(IsxdFooter footer, JsonObject parent, String key) {
        JsonElement value = parent.get(key);
        if (!isNumber(value)) {
            throw expected(footer, key, "a whole number", value);
        }
        try {
            return value.getAsBigDecimal().longValueExact();
        } catch (ArithmeticException e) {
            throw new CorruptFileException(footer.path(), "isxd footer " + key + ": expected a whole number, found "
                    + value, e);
        }
    }

    /** The whole number under {@code key}, which must fit an int. */
    public static int integer(IsxdFooter footer, JsonObject parent, String key) {
        long value = whole(footer, parent, key);
        if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
            throw expected(footer, key, "a 32-bit integer", value);
        }
        return (int) value;
    }

    /** A Ratio {@code {"num", "den"}} as a double; corrupt when den is 0. */
    public static double ratio(IsxdFooter footer, JsonObject parent, String key) {
        long[] parts = ratioParts(footer, parent, key);
        return (double) parts[0] / parts[1];
    }

    /** A Ratio as {num, den}; corrupt when den is 0. */
    public static long[] ratioParts(IsxdFooter footer, JsonObject parent, String key) {
        JsonObject ratio = object(footer, parent, key);
        long num = whole(footer, ratio, "num");
        long den = whole(footer, ratio, "den");
        if (den == 0) {
            throw expected(footer, key + ".den", "a non-zero denominator", 0);
        }
        return new long[] {num, den};
    }

    /** The boolean under {@code key}, {@code fallback} when absent. */
    public static boolean flag(IsxdFooter footer, JsonObject parent, String key, boolean fallback) {
        JsonElement value = parent.get(key);
        if (value == null || value.isJsonNull()) {
            return fallback;
        }
        if (!value.isJsonPrimitive() || !value.getAsJsonPrimitive().isBoolean()) {
            throw expected(footer, key, "true or false", value);
        }
        return value.getAsBoolean();
    }

    /** The array under {@code key}, empty when absent or null. */
    public static JsonArray optionalArray(IsxdFooter footer, JsonObject parent, String key) {
        JsonElement value = parent.get(key);
        if (value == null || value.isJsonNull()) {
            return new JsonArray();
        }
        if (!value.isJsonArray()) {
            throw expected(footer, key, "an array", value);
        }
        return value.getAsJsonArray();
    }

    /** A string found by walking {@code keys} from {@code root}, empty when any step is missing. */
    public static Optional<String> text(JsonObject root, String... keys) {
        JsonElement at = root;
        for (String key : keys) {
            if (at == null || !at.isJsonObject()) {
                return Optional.empty();
            }
            at = at.getAsJsonObject().get(key);
        }
        return at != null && at.isJsonPrimitive() ? Optional.of(at.getAsString()) : Optional.empty();
    }

    static boolean isNumber(JsonElement value) {
        return value != null && value.isJsonPrimitive() && value.getAsJsonPrimitive().isNumber();
    }

    static CorruptFileException expected(IsxdFooter footer, String key, String what, Object found) {
        String shown = found == null ? "nothing" : found.toString();
        if (shown.length() > 40) {
            shown = shown.substring(0, 40) + "...";
        }
        return CorruptFileException.expected(footer.path(), "isxd footer " + key, what, shown);
    }

    /** A JSON value as Java values: maps (key order kept), lists, Long or Double, String, Boolean, null. */
    public static Object toJava(JsonElement value) {
        if (value == null || value.isJsonNull()) {
            return null;
        }
        if (value.isJsonObject()) {
            Map<String, Object> map = new LinkedHashMap<>();
            value.getAsJsonObject().entrySet().forEach(e -> map.put(e.getKey(), toJava(e.getValue())));
            return map;
        }
        if (value.isJsonArray()) {
            List<Object> list = new ArrayList<>();
            value.getAsJsonArray().forEach(e -> list.add(toJava(e)));
            return list;
        }
        return primitive(value.getAsJsonPrimitive());
    }

    private static Object primitive(JsonPrimitive value) {
        if (value.isBoolean()) {
            return value.getAsBoolean();
        }
        if (!value.isNumber()) {
            return value.getAsString();
        }
        String text = value.getAsString();
        BigDecimal number = value.getAsBigDecimal();
        boolean fraction = text.indexOf('.') >= 0 || text.indexOf('e') >= 0 || text.indexOf('E') >= 0;
        if (!fraction && number.compareTo(LONG_MIN) >= 0 && number.compareTo(LONG_MAX) <= 0) {
            return number.longValueExact();
        }
        return number.doubleValue(); // written as a fraction (1.0 stays 1.0) or beyond long
    }
}
