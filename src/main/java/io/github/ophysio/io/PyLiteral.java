package io.github.ophysio.io;

import io.github.ophysio.error.FileText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses the small Python-literal subset NumPy writes in .npy headers: dicts, tuples, lists,
 * quoted strings, ints (with Python 2's trailing L), True/False/None. Nothing is evaluated.
 * Tuples and lists both become {@link List}s; ints become {@link Long}s.
 */
public final class PyLiteral {

    private final String text;
    private int at;

    private PyLiteral(String text) {
        this.text = text;
    }

    /** Parses {@code text}; an {@link IllegalArgumentException} says where it stops making sense. */
    public static Object parse(String text) {
        PyLiteral parser = new PyLiteral(text);
        Object value = parser.value();
        parser.skipSpace();
        if (parser.at != text.length()) {
            throw parser.error("end of literal");
        }
        return value;
    }

    private Object value() {
        skipSpace();
        char c = peek();
        if (c == '{') {
            return dict();
        } else if (c == '(' || c == '[') {
            return sequence(c == '(' ? ')' : ']');
        } else if (c == '\'' || c == '"') {
            return string(c);
        } else if (c == '-' || Character.isDigit(c)) {
            return integer();
        }
        return word();
    }

    private Map<String, Object> dict() {
        Map<String, Object> map = new LinkedHashMap<>();
        expect('{');
        while (!closes('}')) {
            Object key = value();
            skipSpace();
            expect(':');
            map.put(String.valueOf(key), value());
            separator('}');
        }
        return map;
    }

    private List<Object> sequence(char close) {
        List<Object> items = new ArrayList<>();
        at++;
        while (!closes(close)) {
            items.add(value());
            separator(close);
        }
        return items;
    }

    private boolean closes(char close) {
        skipSpace();
        if (peek() == close) {
            at++;
            return true;
        }
        return false;
    }

    private void separator(char close) {
        skipSpace();
        if (peek() == ',') {
            at++;
        } else if (peek() != close) {
            throw error("',' or '" + close + "'");
        }
    }

    private String string(char quote) {
        int end = text.indexOf(quote, at + 1);
        if (end < 0) {
            throw error("closing quote");
        }
        String s = text.substring(at + 1, end);
        at = end + 1;
        return s;
    }

    private Long integer() {
        int start = at;
        if (peek() == '-') {
            at++;
        }
        while (at < text.length() && Character.isDigit(text.charAt(at))) {
            at++;
        }
        String digits = text.substring(start, at);
        if (at < text.length() && (text.charAt(at) == 'L' || text.charAt(at) == 'l')) {
            at++;
        }
        try {
            return Long.parseLong(digits);
        } catch (NumberFormatException e) {
            throw error("an integer");
        }
    }

    private Object word() {
        for (String w : new String[] {"True", "False", "None"}) {
            if (text.startsWith(w, at)) {
                at += w.length();
                return w.equals("None") ? null : Boolean.valueOf(w.equals("True"));
            }
        }
        throw error("a value");
    }

    private void expect(char c) {
        if (peek() != c) {
            throw error("'" + FileText.quote(String.valueOf(c)) + "'");
        }
        at++;
    }

    private char peek() {
        return at < text.length() ? text.charAt(at) : '\0';
    }

    private void skipSpace() {
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
    }

    private IllegalArgumentException error(String expected) {
        String found = at < text.length() ? "'" + FileText.quote(text.substring(at, at + 1)) + "'" : "the end";
        return new IllegalArgumentException("expected " + expected + " at character " + at + ", found " + found);
    }
}
