package io.github.ophysio.io.zarr;

import io.github.ophysio.error.CorruptFileException;
import io.github.ophysio.error.UnsupportedFormatException;
import io.github.ophysio.io.ChunkArrays;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;

/**
 * Blosc1 frames as c-blosc 1.x (and numcodecs' Blosc) writes them: a 16-byte header (format version,
 * codec version, flags, type size, uncompressed bytes, block size, compressed bytes), then either the
 * raw bytes (the memcpy flag) or a table of block offsets and the blocks. A block is one stream, or
 * one per byte of the type when it was split; each stream is stored (its size equals the part) or
 * compressed by the codec the flags name. Byte and bit shuffle are undone per block. No Blosc library
 * on Maven Central is pure Java, so the framing is ours and the codecs come from {@link BloscCodecs}.
 */
final class Blosc {

    static final int HEADER = 16;
    private static final int DOSHUFFLE = 0x1;
    private static final int MEMCPYED = 0x2;
    private static final int DOBITSHUFFLE = 0x4;
    private static final int DONT_SPLIT = 0x10;

    private final Path file;
    private final ByteBuffer in;
    private final int version;
    private final int flags;
    private final int typesize;
    private final int nbytes;
    private final int blocksize;

    /** A block's streams before unshuffling, one array per thread reused from chunk to chunk. */
    private static final Scratch SCRATCH = new Scratch();

    private Blosc(Path file, byte[] frame, int length) {
        this.file = file;
        this.in = ByteBuffer.wrap(frame, 0, length).slice().order(ByteOrder.LITTLE_ENDIAN);
        if (length < HEADER) {
            throw new CorruptFileException(file, "a Blosc chunk of " + length + " bytes: shorter than its "
                    + HEADER + "-byte header (truncated?)");
        }
        this.version = in.get(0) & 0xFF;
        this.flags = in.get(2) & 0xFF;
        this.typesize = Math.max(1, in.get(3) & 0xFF);
        this.nbytes = in.getInt(4);
        this.blocksize = in.getInt(8);
    }

    /** The {@code expected} bytes of a chunk compressed as one Blosc1 frame. */
    static byte[] decode(Path file, byte[] frame, int expected) {
        return decode(file, frame, frame.length, expected, new ChunkArrays(0));
    }

    /**
     * As {@link #decode(Path, byte[], int)} for a frame held in the first {@code length} bytes of {@code frame}, into
     * an array taken from {@code arrays}: every byte of it is written (a reused array is not zeroed).
     */
    static byte[] decode(Path file, byte[] frame, int length, int expected, ChunkArrays arrays) {
        return new Blosc(file, frame, length).decode(expected, arrays);
    }

    private byte[] decode(int expected, ChunkArrays arrays) {
        int cbytes = in.getInt(12);
        if (nbytes != expected) {
            throw CorruptFileException.expected(file, "a Blosc chunk's header", expected + " uncompressed bytes (the"
                    + " chunk's shape times the dtype's size)", nbytes + " bytes");
        }
        if (cbytes != in.capacity()) {
            throw CorruptFileException.expected(file, "a Blosc chunk's header", "its compressed size to be the"
                    + " chunk file's " + in.capacity() + " bytes", cbytes + " bytes (truncated or damaged?)");
        }
        byte[] out = arrays.take(nbytes);
        if ((flags & MEMCPYED) != 0) {
            requireBytes(HEADER, nbytes, "the stored bytes");
            in.get(HEADER, out, 0, nbytes);
            return out;
        }
        if (blocksize <= 0 && nbytes > 0) {
            throw CorruptFileException.expected(file, "a Blosc chunk's block size", "a positive size", blocksize);
        }
        int blocks = nbytes == 0 ? 0 : (int) ((nbytes + (long) blocksize - 1) / blocksize);
        requireBytes(HEADER, 4L * blocks, "the table of " + blocks + " block offsets");
        for (int b = 0; b < blocks; b++) {
            int size = Math.min(blocksize, nbytes - b * blocksize);
            block(in.getInt(HEADER + 4 * b), size, size < blocksize, out, b * blocksize);
        }
        return out;
    }

    /**
     * Decodes one block of {@code size} bytes starting at {@code at} into {@code out[offset …]}: its streams
     * straight into {@code out} when nothing is shuffled, else into this thread's scratch array and unshuffled
     * from there.
     */
    private void block(int at, int size, boolean leftover, byte[] out, int offset) {
        boolean split = (flags & DONT_SPLIT) == 0 && !leftover;
        int streams = split && size % typesize == 0 ? typesize : 1;
        int part = size / streams;
        boolean shuffled = bitShuffled() || byteShuffled();
        byte[] raw = shuffled ? SCRATCH.atLeast(size) : out;
        int rawOffset = shuffled ? 0 : offset;
        int pos = at;
        for (int s = 0; s < streams; s++) {
            requireBytes(pos, 4, "a stream size");
            int compressed = in.getInt(pos);
            pos += 4;
            requireBytes(pos, compressed, "a stream of " + compressed + " bytes");
            stream(pos, compressed, raw, rawOffset + s * part, part);
            pos += compressed;
        }
        if (bitShuffled()) {
            Shuffles.bitUnshuffle(raw, out, offset, size, typesize, version);
        } else if (byteShuffled()) {
            Shuffles.byteUnshuffle(raw, out, offset, size, typesize);
        }
    }

    /** Decodes a stream from the frame itself (no copy of its compressed bytes) into {@code raw[offset …]}. */
    private void stream(int at, int compressed, byte[] raw, int offset, int part) {
        if (compressed == part) {
            in.get(at, raw, offset, part);
            return;
        }
        int codec = (flags >> 5) & 0x7;
        int n = BloscCodecs.decompress(file, codec, in.array(), in.arrayOffset() + at, compressed, raw, offset, part);
        if (n != part) {
            throw CorruptFileException.expected(file, "a Blosc stream", part + " bytes", n + " bytes");
        }
    }

    private boolean bitShuffled() {
        return (flags & DOBITSHUFFLE) != 0 && blocksize >= typesize;
    }

    private boolean byteShuffled() {
        return !bitShuffled() && (flags & DOSHUFFLE) != 0 && typesize > 1;
    }

    private void requireBytes(long at, long count, String what) {
        if (at < 0 || count < 0 || at + count > in.capacity()) {
            throw new CorruptFileException(file, "a Blosc chunk needs bytes " + at + " to " + (at + count) + " for "
                    + what + ", the chunk has " + in.capacity() + " (truncated or damaged?)");
        }
    }

    /** Unsupported, naming the codec, for Blosc internal codecs no library here decodes. */
    static UnsupportedFormatException unsupportedCodec(Path file, String name) {
        return new UnsupportedFormatException(file, "Blosc codec '" + name + "' is not supported (readable: lz4,"
                + " lz4hc, zlib, zstd, snappy)");
    }
}
