package io.github.ophysio.error;

import java.nio.file.Path;

/** Base of every Ophys IO failure; unchecked so that lazy reads deep in ImgLib2 can raise it. */
public abstract class OphysException extends RuntimeException {

    private final transient Path file;

    protected OphysException(Path file, String problem, Throwable cause) {
        super(oneLine(file, problem), cause);
        this.file = file;
    }

    /** The file the problem is about (may be null when no file is involved). */
    public Path file() {
        return file;
    }

    /** A short word for the kind of failure: corrupt, unsupported or missing. */
    public abstract String kind();

    private static String oneLine(Path file, String problem) {
        // the last guard: a path or a message that quoted file text without FileText stays one line
        return FileText.oneLine((file == null ? "" : file + ": ") + problem);
    }
}
