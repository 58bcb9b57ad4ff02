package io.github.ophysio.io.zarr;

import io.airlift.compress.MalformedInputException;
import io.airlift.compress.lz4.Lz4Decompressor;
import io.airlift.compress.snappy.SnappyDecompressor;
import io.airlift.compress.zstd.ZstdDecompressor;
import io.github.ophysio.error.CorruptFileException;
import java.nio.file.Path;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * The codecs inside Blosc frames and numcodecs' plain compressors, from libraries: LZ4 (and LZ4HC,
 * the same format), zstd and snappy from aircompressor (pure Java, bounds-checked; its LZ4 decoded a
 * shuffled uint16 chunk 2.6 times as fast as lz4-java's safe decompressor), zlib from the JDK. BloscLZ has
 * no Java library and is refused by name.
 */
final class BloscCodecs {

    /** Blosc's codec numbers (flags bits 5–7). */
    static final int BLOSCLZ = 0;
    static final int LZ4 = 1;
    static final int SNAPPY = 2;
    static final int ZLIB = 3;
    static final int ZSTD = 4;

    private BloscCodecs() {
    }

    /**
     * Decompresses {@code in[inOffset … inOffset + length)} into {@code out[offset …]} (at most {@code max}
     * bytes); the bytes written.
     */
    static int decompress(Path file, int codec, byte[] in, int inOffset, int length, byte[] out, int offset, int max) {
        try {
            return switch (codec) {
                case LZ4 -> new Lz4Decompressor().decompress(in, inOffset, length, out, offset, max);
                case ZSTD -> new ZstdDecompressor().decompress(in, inOffset, length, out, offset, max);
                case SNAPPY -> new SnappyDecompressor().decompress(in, inOffset, length, out, offset, max);
                case ZLIB -> inflate(file, in, inOffset, length, out, offset, max);
                case BLOSCLZ -> throw Blosc.unsupportedCodec(file, "blosclz");
                default -> throw Blosc.unsupportedCodec(file, "#" + codec);
            };
        } catch (MalformedInputException | IllegalArgumentException | IndexOutOfBoundsException e) {
            throw new CorruptFileException(file, "a compressed stream does not decode (" + codecName(codec) + "): "
                    + e.getMessage(), e);
        }
    }

    /** Inflates a zlib stream ({@code nowrap} false) or raw deflate data into {@code out[offset …]}. */
    static int inflate(Path file, byte[] in, int inOffset, int length, byte[] out, int offset, int max) {
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(in, inOffset, length);
            int n = 0;
            while (!inflater.finished() && n < max) {
                int k = inflater.inflate(out, offset + n, max - n);
                if (k == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    break;
                }
                n += k;
            }
            return n;
        } catch (DataFormatException e) {
            throw new CorruptFileException(file, "a zlib stream does not inflate: " + e.getMessage(), e);
        } finally {
            inflater.end();
        }
    }

    static String codecName(int codec) {
        return switch (codec) {
            case BLOSCLZ -> "blosclz";
            case LZ4 -> "lz4";
            case SNAPPY -> "snappy";
            case ZLIB -> "zlib";
            case ZSTD -> "zstd";
            default -> "#" + codec;
        };
    }
}
