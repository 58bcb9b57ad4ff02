package io.github.ophysio.formats;

/** What a file holds: a recording (frames) or a segmentation (ROIs and traces). */
public enum DataKind {
    IMAGING, SEGMENTATION;

    /** The {@code kind} word of cli.md's {@code info}. */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
