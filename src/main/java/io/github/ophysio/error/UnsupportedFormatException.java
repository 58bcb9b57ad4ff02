package io.github.ophysio.error;

import java.nio.file.Path;

/** The file is valid as far as we can tell but uses a format, type or feature we do not read. */
public class UnsupportedFormatException extends OphysException {

    public UnsupportedFormatException(Path file, String problem) {
        super(file, "unsupported: " + problem, null);
    }

    @Override
    public String kind() {
        return "unsupported";
    }
}
