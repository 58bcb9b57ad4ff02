package io.github.ophysio.error;

/**
 * Text taken from a file into a message, escaped as cli.md fixes it ({@code \n}, {@code \xNN}) so
 * that a damaged byte can neither break the message's one line nor pass unseen. Every message that
 * quotes file content goes through {@link #quote} or {@link #bytes}.
 */
public final class FileText {

    /** Longest quote kept; the rest is cut (a damaged header can be megabytes of text). */
    static final int MAX_CHARS = 200;

    private FileText() {
    }

    /** {@code text} with backslashes and every non-printable character escaped, cut to {@link #MAX_CHARS}. */
    public static String quote(CharSequence text) {
        if (text == null) {
            return "null";
        }
        int n = Math.min(text.length(), MAX_CHARS);
        StringBuilder s = new StringBuilder(n + 16);
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            s.append(c == '\\' ? "\\\\" : escape(c));
        }
        return text.length() > n ? s.append("...").toString() : s.toString();
    }

    /** The first {@code count} bytes of {@code data}: printable ASCII as it is, every other byte as {@code \xNN}. */
    public static String bytes(byte[] data, int count) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < Math.min(count, Math.min(data.length, MAX_CHARS)); i++) {
            char c = (char) (data[i] & 0xff);
            s.append(c == '\\' ? "\\\\" : c >= 0x80 ? hex(c) : escape(c));
        }
        return s.toString();
    }

    /**
     * Escapes only what would break the line (control and separator characters), leaving backslashes
     * alone: the last guard on a whole message, so text escaped before stays as it was.
     */
    static String oneLine(String message) {
        StringBuilder s = new StringBuilder(message.length());
        for (int i = 0; i < message.length(); i++) {
            s.append(escape(message.charAt(i)));
        }
        return s.toString();
    }

    private static String escape(char c) {
        return switch (c) {
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            case '\t' -> "\\t";
            default -> printable(c) ? String.valueOf(c) : hex(c);
        };
    }

    private static boolean printable(char c) {
        if (c < 0x100) {
            return c >= 0x20 && c < 0x7f || c >= 0xa0;
        }
        int type = Character.getType(c);
        return type != Character.CONTROL && type != Character.FORMAT && type != Character.LINE_SEPARATOR
                && type != Character.PARAGRAPH_SEPARATOR && type != Character.SURROGATE && type != Character.UNASSIGNED
                && type != Character.PRIVATE_USE;
    }

    private static String hex(char c) {
        return c < 0x100 ? String.format("\\x%02x", (int) c) : String.format("\\u%04x", (int) c);
    }
}
