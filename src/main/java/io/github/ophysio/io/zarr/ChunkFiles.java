package io.github.ophysio.io.zarr;

import io.github.ophysio.error.UnsupportedFormatException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Reads a chunk file whole into an array kept per thread (one read call, no new array per chunk): the
 * stored bytes only live until they are decoded into the chunk's own array.
 */
final class ChunkFiles {

    private static final Scratch BUFFER = new Scratch();

    private ChunkFiles() {
    }

    /** The bytes of a chunk file and how many of them are the file's. */
    record Stored(byte[] bytes, int length) {
    }

    /** The file's bytes in this thread's buffer, or null when there is no such file. */
    static Stored read(Path file) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            if (size > Integer.MAX_VALUE - 8) {
                throw new UnsupportedFormatException(file, "a chunk file of " + size + " bytes (at most "
                        + (Integer.MAX_VALUE - 8) + ")");
            }
            byte[] buffer = BUFFER.atLeast((int) size);
            ByteBuffer into = ByteBuffer.wrap(buffer, 0, (int) size);
            while (into.hasRemaining() && channel.read(into) >= 0) {
                // a regular file fills the buffer in one read; the loop covers short reads
            }
            return new Stored(buffer, into.position());
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
