package io.github.ophysio.formats.scanimage;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code key = value} lines as ScanImage writes them (MATLAB syntax: {@code 1}, {@code [1 2]},
 * {@code {'a' 'b'}}, {@code 'text'}, {@code true}), split on LF, CRLF or CR, with typed getters.
 */
final class ScanImageMetadata {

    private static final Pattern QUOTED = Pattern.compile("'([^']*)'");
    private final Map<String, String> values;

    private ScanImageMetadata(Map<String, String> values) {
        this.values = values;
    }

    /** The lines of {@code text} that hold a key, {@code =} and a value. */
    static ScanImageMetadata parse(String text) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String line : text.split("\r\n|\r|\n")) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                values.putIfAbsent(line.substring(0, eq).trim(), line.substring(eq + 1).trim());
            }
        }
        return new ScanImageMetadata(values);
    }

    Map<String, String> all() {
        return Collections.unmodifiableMap(values);
    }

    boolean has(String key) {
        return values.containsKey(key);
    }

    Optional<String> raw(String key) {
        return Optional.ofNullable(values.get(key));
    }

    /** A plain number (an empty or non-numeric value is absent). */
    OptionalDouble number(String key) {
        String v = values.get(key);
        if (v == null) {
            return OptionalDouble.empty();
        }
        try {
            return OptionalDouble.of(Double.parseDouble(v.replace("'", "")));
        } catch (NumberFormatException e) {
            return OptionalDouble.empty();
        }
    }

    /** Every number of a scalar or matrix value ({@code 1}, {@code [1 4]}, {@code [1;4]}); empty when absent. */
    List<Double> numbers(String key) {
        List<Double> out = new ArrayList<>();
        String v = values.get(key);
        if (v == null) {
            return out;
        }
        for (String token : v.replaceAll("[\\[\\]{}]", " ").split("[\\s,;]+")) {
            if (!token.isEmpty()) {
                try {
                    out.add(Double.parseDouble(token));
                } catch (NumberFormatException e) {
                    return new ArrayList<>(); // not a numeric value: treated as absent
                }
            }
        }
        return out;
    }

    /** The quoted strings of a cell array or string value ({@code {'a' 'b'}}, {@code 'a'}). */
    List<String> strings(String key) {
        List<String> out = new ArrayList<>();
        Matcher m = QUOTED.matcher(values.getOrDefault(key, ""));
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    /** {@code true} or {@code 1}. */
    boolean flag(String key) {
        String v = values.getOrDefault(key, "");
        return v.equals("true") || v.equals("1");
    }
}
