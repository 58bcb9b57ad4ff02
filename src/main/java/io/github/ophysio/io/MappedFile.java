package io.github.ophysio.io;

import io.github.ophysio.error.MissingFileException;
import io.github.ophysio.error.UnsupportedFormatException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A file read through read-only memory-mapped windows, mapped on first use. Mapped reads are the
 * fastest way to copy planes into Java arrays here (faster than numpy's memmap copy), opening
 * costs nothing whatever the file size, and no file descriptor stays open: the channel is closed
 * right after mapping, and unused windows are released by the garbage collector.
 *
 * <p>Window k maps bytes [k·WINDOW, (k+1)·WINDOW + OVERLAP): any read shorter than OVERLAP lies
 * inside the window of its first byte.
 */
public final class MappedFile {

    static final long WINDOW = 1L << 30;
    static final long OVERLAP = 64L << 20;
    private static final int MAX_WINDOWS = 8;

    private final Path path;
    private final long size;
    private final Map<Long, ByteBuffer> windows = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, ByteBuffer> eldest) {
            return size() > MAX_WINDOWS;
        }
    };

    private MappedFile(Path path, long size) {
        this.path = path;
        this.size = size;
    }

    /** Opens {@code path} for mapped reads; only its size is read now. */
    public static MappedFile open(Path path) {
        requireRegularFile(path);
        try {
            return new MappedFile(path, Files.size(path));
        } catch (IOException e) {
            throw new MissingFileException(path, "cannot be read (" + e.getMessage() + ")", e);
        }
    }

    /** Refuses a folder (or anything else that is not a plain file) as unsupported. */
    public static void requireRegularFile(Path path) {
        if (Files.isDirectory(path)) {
            throw new UnsupportedFormatException(path, "a folder, not a recording file");
        }
        if (!Files.exists(path)) {
            throw new MissingFileException(path, "no such file or folder");
        }
    }

    public Path path() {
        return path;
    }

    public long size() {
        return size;
    }

    /**
     * A read-only buffer in {@code order} whose index 0 is byte {@code offset} of the file and
     * which runs to the end of that byte's window (at least OVERLAP bytes unless the file ends).
     */
    public ByteBuffer from(long offset, ByteOrder order) {
        long index = offset / WINDOW;
        ByteBuffer window = window(index);
        int start = (int) (offset - index * WINDOW);
        return window.slice(start, window.capacity() - start).order(order);
    }

    private synchronized ByteBuffer window(long index) {
        return windows.computeIfAbsent(index, this::map);
    }

    private MappedByteBuffer map(long index) {
        long start = index * WINDOW;
        long length = Math.min(WINDOW + OVERLAP, size - start);
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
            return channel.map(FileChannel.MapMode.READ_ONLY, start, length);
        } catch (IOException e) {
            throw new MissingFileException(path, "cannot be read at byte " + start + " (" + e.getMessage() + ")", e);
        }
    }
}
