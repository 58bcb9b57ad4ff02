package io.github.ophysio.formats.isxd;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.Strictness;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.MalformedJsonException;
import io.github.ophysio.error.CorruptFileException;
import io.github.ophysio.error.FileText;
import io.github.ophysio.error.MissingFileException;
import io.github.ophysio.io.MappedFile;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The JSON footer of any {@code .isxd} data set (movie, cell set, event set): {@code JSON, NUL,
 * uint64 LE length}. Reads only the footer, never the payload, so opening does not depend on the
 * file size. {@link #payloadEnd()} is where the binary payload (which starts at byte 0) ends.
 */
public final class IsxdFooter {

    /** NUL plus the uint64 length after the JSON text. */
    static final int TRAILER_BYTES = 9;
    /** Footers longer than this are refused before reading them (the real ones are kilobytes). */
    private static final long MAX_JSON_BYTES = 256L << 20;
    private static final Pattern POSITION = Pattern.compile("at line \\d+ column \\d+");
    private static final TypeAdapter<JsonElement> ELEMENTS = new Gson().getAdapter(JsonElement.class);

    private final Path path;
    private final long fileSize;
    private final long payloadEnd;
    private final JsonObject json;

    private IsxdFooter(Path path, long fileSize, long payloadEnd, JsonObject json) {
        this.path = path;
        this.fileSize = fileSize;
        this.payloadEnd = payloadEnd;
        this.json = json;
    }

    /** Reads and parses the footer of {@code path}; corrupt when it is absent, out of range or not a JSON object. */
    public static IsxdFooter read(Path path) {
        MappedFile.requireRegularFile(path);
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
            long size = channel.size();
            long length = jsonLength(path, channel, size);
            long start = size - TRAILER_BYTES - length;
            return new IsxdFooter(path, size, start, parse(path, readAt(channel, start, (int) length + 1)));
        } catch (IOException e) {
            throw new MissingFileException(path, "cannot be read (" + e.getMessage() + ")", e);
        }
    }

    /**
     * Whether {@code path} ends like an isxd file: a length that fits, a NUL before it and a JSON
     * object ('{') where the footer starts. Cheap (two small reads); false on any read problem.
     */
    public static boolean looksLikeIsxd(Path path) {
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
            long size = channel.size();
            if (size < TRAILER_BYTES + 2) {
                return false;
            }
            long length = readAt(channel, size - 8, 8).order(ByteOrder.LITTLE_ENDIAN).getLong();
            if (length < 2 || length > size - TRAILER_BYTES) {
                return false;
            }
            ByteBuffer first = readAt(channel, size - TRAILER_BYTES - length, 1);
            ByteBuffer nul = readAt(channel, size - TRAILER_BYTES, 1);
            return first.get(0) == '{' && nul.get(0) == 0;
        } catch (IOException e) {
            return false; // unreadable: not ours to claim; opening reports the problem
        }
    }

    private static long jsonLength(Path path, FileChannel channel, long size) throws IOException {
        if (size < TRAILER_BYTES) {
            throw new CorruptFileException(path, "isxd footer: expected at least 9 bytes (NUL + uint64 length), found "
                    + size + "-byte file");
        }
        long length = readAt(channel, size - 8, 8).order(ByteOrder.LITTLE_ENDIAN).getLong();
        if (length < 0 || length > size - TRAILER_BYTES) {
            throw new CorruptFileException(path, "isxd footer length: expected at most " + (size - TRAILER_BYTES)
                    + " bytes (file size " + size + " - 9), found " + Long.toUnsignedString(length));
        }
        if (length > MAX_JSON_BYTES) {
            throw new CorruptFileException(path, "isxd footer length: expected at most " + MAX_JSON_BYTES
                    + " bytes of JSON, found " + length);
        }
        return length;
    }

    private static ByteBuffer readAt(FileChannel channel, long position, int count) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(count);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, position + buffer.position()) < 0) {
                throw new IOException("unexpected end of file at byte " + (position + buffer.position()));
            }
        }
        return buffer.flip();
    }

    /** {@code bytes} = JSON text then the NUL byte. */
    private static JsonObject parse(Path path, ByteBuffer bytes) {
        int length = bytes.remaining() - 1;
        if (bytes.get(length) != 0) {
            throw CorruptFileException.expected(path, "isxd footer terminator before the length field", "NUL (0x00)",
                    String.format("0x%02X", bytes.get(length) & 0xFF));
        }
        String text = new String(bytes.array(), 0, length, StandardCharsets.UTF_8);
        JsonElement element = strictJson(path, text);
        if (!element.isJsonObject()) {
            throw CorruptFileException.expected(path, "isxd footer", "a JSON object", abbreviate(text));
        }
        return element.getAsJsonObject();
    }

    /** Strict JSON (Gson's JsonParser is lenient: it would take {@code {a: b}}), nothing after it. */
    private static JsonElement strictJson(Path path, String text) {
        try (JsonReader reader = new JsonReader(new StringReader(text))) {
            reader.setStrictness(Strictness.STRICT);
            JsonElement element = ELEMENTS.read(reader);
            if (reader.peek() != JsonToken.END_DOCUMENT) {
                throw new MalformedJsonException("text after the JSON value");
            }
            return element;
        } catch (IOException | JsonParseException | IllegalStateException e) {
            throw new CorruptFileException(path, "isxd footer is not JSON (" + where(e) + "): " + abbreviate(text), e);
        }
    }

    /** "at line L column C" out of Gson's message (the rest is advice for programmers), else its first line. */
    private static String where(Exception e) {
        String message = String.valueOf(e.getMessage());
        Matcher at = POSITION.matcher(message);
        return at.find() ? at.group() : message.split("\\R")[0];
    }

    private static String abbreviate(String text) {
        String flat = text.strip();
        return "'" + FileText.quote(flat.length() > 40 ? flat.substring(0, 40) + "..." : flat) + "'";
    }

    public Path path() {
        return path;
    }

    public long fileSize() {
        return fileSize;
    }

    /** End of the binary payload = start of the JSON text ("header offset" in isxcore). */
    public long payloadEnd() {
        return payloadEnd;
    }

    /** The whole footer object (Gson's own tree: callers must not modify it). */
    public JsonObject json() {
        return json;
    }

    /** The data set type (isxcore's DataSet::Type). */
    public int type() {
        return IsxdJson.integer(this, json, "type");
    }
}
