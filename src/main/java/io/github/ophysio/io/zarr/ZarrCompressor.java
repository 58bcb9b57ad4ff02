package io.github.ophysio.io.zarr;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.github.ophysio.error.CorruptFileException;
import io.github.ophysio.error.FileText;
import io.github.ophysio.error.UnsupportedFormatException;
import io.github.ophysio.io.ChunkArrays;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * The {@code compressor} of a {@code .zarray}, as numcodecs names it: none, {@code blosc},
 * {@code zlib}, {@code gzip}, {@code zstd} or {@code lz4}. Anything else (and Blosc's blosclz) is
 * refused by name when the array is opened, not at the first chunk.
 */
final class ZarrCompressor {

    static final String READABLE = "none, blosc (lz4, lz4hc, zlib, zstd, snappy), zlib, gzip, zstd, lz4";
    private static final Set<String> BLOSC_CODECS = Set.of("lz4", "lz4hc", "zlib", "zstd", "snappy");

    private final Path file;
    private final String id;

    private ZarrCompressor(Path file, String id) {
        this.file = file;
        this.id = id;
    }

    /** The compressor the {@code .zarray} at {@code file} names; unsupported, by name, when we cannot decode it. */
    static ZarrCompressor of(Path file, JsonElement compressor) {
        if (compressor == null || compressor.isJsonNull()) {
            return new ZarrCompressor(file, "none");
        }
        if (!compressor.isJsonObject() || !compressor.getAsJsonObject().has("id")) {
            throw CorruptFileException.expected(file, "compressor", "null or an object with an id",
                    FileText.quote(compressor.toString()));
        }
        JsonObject object = compressor.getAsJsonObject();
        String id = object.get("id").getAsString();
        if (id.equals("blosc")) {
            String cname = object.has("cname") ? object.get("cname").getAsString() : "?";
            if (!BLOSC_CODECS.contains(cname)) {
                throw Blosc.unsupportedCodec(file, FileText.quote(cname));
            }
        } else if (!Set.of("zlib", "gzip", "zstd", "lz4").contains(id)) {
            throw new UnsupportedFormatException(file, "compressor '" + FileText.quote(id)
                    + "' is not supported (readable: " + READABLE + ")");
        }
        return new ZarrCompressor(file, id);
    }

    /** "blosc", "zlib", … or "none". */
    String id() {
        return id;
    }

    /**
     * The {@code expected} bytes of one chunk stored in {@code chunkFile} as the first {@code length} bytes of
     * {@code stored} (a buffer the caller reuses: the result never shares it); Blosc decodes into an array taken
     * from {@code arrays}.
     */
    byte[] decode(Path chunkFile, byte[] stored, int length, int expected, ChunkArrays arrays) {
        byte[] out = switch (id) {
            case "none" -> java.util.Arrays.copyOf(stored, length);
            case "blosc" -> Blosc.decode(chunkFile, stored, length, expected, arrays);
            case "zlib" -> inflated(chunkFile, stored, length, expected);
            case "gzip" -> gunzip(chunkFile, stored, length, expected);
            case "zstd" -> zstd(chunkFile, stored, length, expected);
            default -> lz4(chunkFile, stored, length, expected);
        };
        if (out.length != expected) {
            throw CorruptFileException.expected(chunkFile, "a " + id + " chunk", expected + " bytes (the chunk's shape"
                    + " times the dtype's size)", out.length + " bytes (truncated?)");
        }
        return out;
    }

    private static byte[] inflated(Path file, byte[] stored, int length, int expected) {
        byte[] out = new byte[expected];
        return java.util.Arrays.copyOf(out, BloscCodecs.inflate(file, stored, 0, length, out, 0, expected));
    }

    private static byte[] zstd(Path file, byte[] stored, int length, int expected) {
        byte[] out = new byte[expected];
        return java.util.Arrays.copyOf(out, BloscCodecs.decompress(file, BloscCodecs.ZSTD, stored, 0, length, out, 0,
                expected));
    }

    /** numcodecs' LZ4: the uncompressed size (4 bytes, little-endian), then one LZ4 block. */
    private static byte[] lz4(Path file, byte[] stored, int length, int expected) {
        if (length < 4) {
            throw new CorruptFileException(file, "an lz4 chunk of " + length + " bytes (truncated?)");
        }
        int size = ByteBuffer.wrap(stored).order(ByteOrder.LITTLE_ENDIAN).getInt();
        if (size != expected) {
            throw CorruptFileException.expected(file, "an lz4 chunk's size field", expected + " bytes", size + " bytes");
        }
        byte[] out = new byte[expected];
        return java.util.Arrays.copyOf(out, BloscCodecs.decompress(file, BloscCodecs.LZ4, stored, 4, length - 4, out, 0,
                expected));
    }

    private static byte[] gunzip(Path file, byte[] stored, int length, int expected) {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(stored, 0, length))) {
            return in.readNBytes(expected);
        } catch (IOException e) {
            throw new CorruptFileException(file, "a gzip chunk does not decompress: " + e.getMessage(), e);
        }
    }
}
