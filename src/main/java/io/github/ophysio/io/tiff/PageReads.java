package io.github.ophysio.io.tiff;

import io.github.ophysio.error.MissingFileException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedByInterruptException;
import java.nio.channels.FileChannel;
import java.nio.file.StandardOpenOption;

/**
 * One page read with positional {@link FileChannel} reads: the IFD into a small heap buffer, the strips of an
 * uncompressed page through a reused per-thread direct buffer, converted into the plane array in bulk. For
 * pages of 16 KiB and more ({@link TiffFile#POSITIONAL_MIN_BYTES}) this beats the mapped file on a first read,
 * where every 4 KiB page of a fresh mapping faults in (about 7 µs each on the benchmark VM), as tifffile's own
 * {@code read()}s do (bench/tiff). The channel lives for one page read only (opening costs about 8 µs), so no
 * file handle stays open between reads.
 */
final class PageReads implements AutoCloseable {

    /** Bytes read per call: the per-thread buffer's size (a 512 × 512 int16 page in one read). */
    static final int CHUNK = 1 << 20;

    private static final ThreadLocal<ByteBuffer> BUFFER = ThreadLocal.withInitial(
            () -> ByteBuffer.allocateDirect(CHUNK));

    private final TiffFile tiff;
    private final FileChannel channel;
    /** An interrupt closed the channel: the rest of this page comes from the mapped file, which interrupts leave alone. */
    private boolean interrupted;

    private PageReads(TiffFile tiff, FileChannel channel) {
        this.tiff = tiff;
        this.channel = channel;
    }

    static PageReads open(TiffFile tiff) {
        try {
            return new PageReads(tiff, FileChannel.open(tiff.path(), StandardOpenOption.READ));
        } catch (IOException e) {
            throw unreadable(tiff, e);
        }
    }

    /** Bytes [offset, offset + length) of the file in a new buffer in its byte order (callers check bounds). */
    ByteBuffer bytes(long offset, int length) {
        ByteBuffer b = ByteBuffer.allocate(length).order(tiff.byteOrder());
        fill(b, offset);
        return b.flip();
    }

    /** Copies {@code bytes[s]} bytes of each strip s at {@code offsets[s]}, in order, into {@code dest}. */
    void strips(long[] offsets, long[] bytes, Object dest, int itemBytes) {
        ByteBuffer buffer = BUFFER.get().order(tiff.byteOrder());
        int at = 0;
        for (int s = 0; s < offsets.length; s++) {
            at = strip(buffer, offsets[s], bytes[s], dest, at, itemBytes);
        }
    }

    @Override
    public void close() {
        try {
            channel.close();
        } catch (IOException e) {
            throw unreadable(tiff, e);
        }
    }

    /** Reads one strip into {@code dest} from element {@code at}; returns the element after it. */
    private int strip(ByteBuffer buffer, long offset, long bytes, Object dest, int at, int itemBytes) {
        for (long done = 0; done < bytes; ) {
            int n = (int) Math.min(CHUNK - CHUNK % itemBytes, bytes - done);
            fill(buffer.clear().limit(n), offset + done);
            StripCopy.put(buffer.flip(), dest, at, n / itemBytes);
            at += n / itemBytes;
            done += n;
        }
        return at;
    }

    private void fill(ByteBuffer buffer, long position) {
        try {
            while (buffer.hasRemaining() && !interrupted) {
                if (channel.read(buffer, position + buffer.position()) < 0) {
                    throw tiff.corrupt("bytes at " + position, buffer.limit() + " bytes", "the end of the file");
                }
            }
        } catch (ClosedByInterruptException e) {
            interrupted = true; // the thread stays interrupted for its owner to see; the read still completes
        } catch (IOException e) {
            throw unreadable(tiff, e);
        }
        if (buffer.hasRemaining()) {
            ByteBuffer rest = tiff.at(position + buffer.position());
            buffer.put(rest.limit(buffer.remaining()));
        }
    }

    private static MissingFileException unreadable(TiffFile tiff, IOException e) {
        return new MissingFileException(tiff.path(), "cannot be read (" + e.getMessage() + ")", e);
    }
}
