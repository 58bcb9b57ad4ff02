package io.github.ophysio.cli;

/** Stack traces as text, for {@code --debug} only. */
final class StackTraces {

    private StackTraces() {
    }

    static String of(Throwable error) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = error; t != null; t = t.getCause()) {
            text.append(t == error ? "" : "Caused by: ").append(t).append('\n');
            for (StackTraceElement frame : t.getStackTrace()) {
                text.append("\tat ").append(frame).append('\n');
            }
        }
        return text.toString();
    }
}
