package io.github.ophysio.error;

import java.nio.file.Path;

/** The file claims a format we read but its content contradicts it (truncated, bad header...). */
public class CorruptFileException extends OphysException {

    public CorruptFileException(Path file, String problem) {
        this(file, problem, null);
    }

    public CorruptFileException(Path file, String problem, Throwable cause) {
        super(file, "corrupt: " + problem, cause);
    }

    /** A message of the form "expected X, found Y". */
    public static CorruptFileException expected(Path file, String what, Object expected, Object found) {
        return new CorruptFileException(file, what + ": expected " + expected + ", found " + found);
    }

    @Override
    public String kind() {
        return "corrupt";
    }
}
