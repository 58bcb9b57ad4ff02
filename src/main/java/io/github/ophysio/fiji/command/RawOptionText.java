package io.github.ophysio.fiji.command;

import java.util.LinkedHashMap;
import java.util.Map;

/** Parses "key=value key=value" text, the way macro options are written. */
final class RawOptionText {

    private RawOptionText() {
    }

    static Map<String, String> parse(String text) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String word : text == null ? new String[0] : text.trim().split("\\s+")) {
            int eq = word.indexOf('=');
            if (eq > 0) {
                values.put(word.substring(0, eq), word.substring(eq + 1));
            } else if (!word.isEmpty()) {
                throw new IllegalArgumentException("expected key=value, found '" + word + "'");
            }
        }
        return values;
    }
}
