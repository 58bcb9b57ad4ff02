package io.github.ophysio.error;

import java.nio.file.Path;

/** The file (or a file it refers to) does not exist or cannot be read. */
public class MissingFileException extends OphysException {

    public MissingFileException(Path file, String problem) {
        this(file, problem, null);
    }

    public MissingFileException(Path file, String problem, Throwable cause) {
        super(file, "missing: " + problem, cause);
    }

    @Override
    public String kind() {
        return "missing";
    }
}
