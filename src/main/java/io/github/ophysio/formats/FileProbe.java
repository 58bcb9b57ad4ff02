package io.github.ophysio.formats;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** What sniffers look at: the path, whether it is a folder, and the first bytes, read once. */
public final class FileProbe {

    static final int HEAD_BYTES = 512;

    private final Path path;
    private final boolean directory;
    private final byte[] head;

    private FileProbe(Path path, boolean directory, byte[] head) {
        this.path = path;
        this.directory = directory;
        this.head = head;
    }

    /** Probes an existing path; fails with IOException when it cannot be read. */
    static FileProbe of(Path path) throws IOException {
        if (Files.isDirectory(path)) {
            return new FileProbe(path, true, new byte[0]);
        }
        try (InputStream in = Files.newInputStream(path)) {
            return new FileProbe(path, false, in.readNBytes(HEAD_BYTES));
        }
    }

    public Path path() {
        return path;
    }

    public boolean isDirectory() {
        return directory;
    }

    /** Up to the first 512 bytes of the file (empty for a folder). */
    public byte[] head() {
        return head.clone();
    }

    /** True when the file starts with {@code magic}. */
    public boolean startsWith(byte[] magic) {
        if (head.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (head[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }

    /** The file name's extension, lower case, without the dot ("" when none). */
    public String extension() {
        String name = path.getFileName() == null ? "" : path.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
