package io.github.ophysio.io.hdf5;

import io.jhdf.api.Attribute;
import io.jhdf.api.Node;
import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/** Attributes as JSON-like values (numbers, strings, lists), for metadata and for facts such as rates. */
public final class Hdf5Attributes {

    /** Arrays longer than this are summarised, not copied into metadata. */
    private static final int MAX_VALUES = 64;

    private Hdf5Attributes() {
    }

    /** Every attribute of {@code node} by name, in name order; unreadable ones as a short note. */
    public static Map<String, Object> all(Node node) {
        Map<String, Object> values = new LinkedHashMap<>();
        node.getAttributes().keySet().stream().sorted().forEach(name -> values.put(name, value(node, name)));
        return values;
    }

    /** One attribute as a JSON-like value, or null when absent. */
    public static Object value(Node node, String name) {
        Attribute attribute = node.getAttribute(name);
        if (attribute == null) {
            return null;
        }
        try {
            return plain(attribute.isEmpty() ? null : attribute.getData());
        } catch (RuntimeException e) {
            return "<unreadable: " + Hdf5Files.describe(e) + ">";
        }
    }

    /** A numeric attribute (scalar or first element), if present and numeric. */
    public static OptionalDouble number(Node node, String name) {
        return asDouble(value(node, name));
    }

    /** A text attribute, if present and text. */
    public static Optional<String> text(Node node, String name) {
        Object value = value(node, name);
        return value instanceof String s ? Optional.of(s) : Optional.empty();
    }

    /** A JSON-like value as a number: a Number or a one-element list of one. */
    public static OptionalDouble asDouble(Object value) {
        if (value instanceof Number n) {
            return OptionalDouble.of(n.doubleValue());
        }
        if (value instanceof List<?> list && list.size() == 1) {
            return asDouble(list.get(0));
        }
        return OptionalDouble.empty();
    }

    /** Data as jhdf returns it (boxed scalars, strings, nested primitive arrays) as numbers, strings and lists. */
    public static Object plain(Object data) {
        if (data == null || data instanceof Number || data instanceof String || data instanceof Boolean) {
            return data;
        }
        if (data.getClass().isArray()) {
            int length = Array.getLength(data);
            if (length > MAX_VALUES) {
                return "<" + length + " values>";
            }
            List<Object> list = new ArrayList<>();
            for (int i = 0; i < length; i++) {
                list.add(plain(Array.get(data, i)));
            }
            return list;
        }
        return data.toString();
    }
}
