package io.github.ophysio.io.mat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * The field names of a level-5 file's top-level structs, read from each variable's header only (for
 * sniffers: mfl-core knows a struct's fields only after reading the whole variable). A compressed
 * variable is inflated only as far as its field names. Layout: the MAT-File Format document, "Data
 * Element Format" and "Structure" (flags, dimensions, name, field name length, field names).
 */
final class Mat5Fields {

    private static final int MI_INT8 = 1;
    private static final int MI_MATRIX = 14;
    private static final int MI_COMPRESSED = 15;
    private static final int STRUCT_CLASS = 2;
    /** Enough inflated bytes for the header of a struct with hundreds of long field names. */
    private static final int HEADER_BYTES = 1 << 16;

    private Mat5Fields() {
    }

    /**
     * Top-level struct name → field names; what could be read before any damage (a sniffer's answer,
     * never an error: opening the file reports the damage).
     */
    static Map<String, List<String>> of(Path path) {
        Map<String, List<String>> found = new LinkedHashMap<>();
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
            ByteOrder order = order(channel);
            long at = MatHeader.SIZE;
            while (at + 8 <= channel.size()) {
                ByteBuffer tag = read(channel, at, 8, order);
                int type = tag.getInt(0);
                long bytes = tag.getInt(4) & 0xffffffffL;
                ByteBuffer header = type == MI_COMPRESSED ? inflate(channel, at + 8, bytes, order)
                        : read(channel, at, (int) Math.min(HEADER_BYTES, bytes + 8), order);
                struct(header, found);
                at += 8 + (type == MI_COMPRESSED ? bytes : (bytes + 7) / 8 * 8);
            }
        } catch (IOException | DataFormatException | RuntimeException e) {
            // damaged or cut short: the structs listed so far are the answer
            return found;
        }
        return found;
    }

    private static ByteOrder order(FileChannel channel) throws IOException {
        ByteBuffer mark = read(channel, MatHeader.SIZE - 2, 2, ByteOrder.LITTLE_ENDIAN);
        return mark.get(0) == 'M' && mark.get(1) == 'I' ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
    }

    private static ByteBuffer read(FileChannel channel, long at, int count, ByteOrder order) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(count).order(order);
        int read;
        do {
            read = channel.read(buffer, at + buffer.position());
        } while (read > 0 && buffer.hasRemaining());
        return buffer.flip();
    }

    /** The first inflated bytes of a compressed element (a header needs far fewer than it holds). */
    private static ByteBuffer inflate(FileChannel channel, long at, long bytes, ByteOrder order)
            throws IOException, DataFormatException {
        ByteBuffer packed = read(channel, at, (int) Math.min(bytes, HEADER_BYTES), order);
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(packed);
            byte[] out = new byte[HEADER_BYTES];
            int n = 0;
            while (n < out.length && !inflater.finished() && !inflater.needsInput()) {
                n += inflater.inflate(out, n, out.length - n);
            }
            return ByteBuffer.wrap(out, 0, n).slice().order(order);
        } finally {
            inflater.end();
        }
    }

    /** A miMATRIX element of class struct: adds its name and field names. */
    private static void struct(ByteBuffer element, Map<String, List<String>> found) {
        if (element.getInt(0) != MI_MATRIX) {
            return;
        }
        int flags = 8;
        if ((element.getInt(data(element, flags)) & 0xff) != STRUCT_CLASS) {
            return;
        }
        int name = next(element, next(element, flags));
        int fieldLength = next(element, name);
        int length = element.getInt(data(element, fieldLength));
        int names = next(element, fieldLength);
        if (length <= 0 || tagType(element, names) != MI_INT8) {
            return;
        }
        found.put(text(element, data(element, name), size(element, name)),
                fields(element, data(element, names), size(element, names), length));
    }

    private static List<String> fields(ByteBuffer element, int at, int size, int length) {
        List<String> fields = new ArrayList<>();
        for (int start = at; start + length <= at + size; start += length) {
            fields.add(text(element, start, length));
        }
        return fields;
    }

    /** Characters up to the first NUL. */
    private static String text(ByteBuffer element, int at, int size) {
        StringBuilder text = new StringBuilder();
        for (int i = at; i < at + size && element.get(i) != 0; i++) {
            text.append((char) (element.get(i) & 0xff));
        }
        return text.toString();
    }

    /** A small element packs type and size into one word, its data in the next four bytes. */
    private static boolean small(ByteBuffer element, int tag) {
        return element.getInt(tag) >>> 16 != 0;
    }

    private static int tagType(ByteBuffer element, int tag) {
        return small(element, tag) ? element.getInt(tag) & 0xffff : element.getInt(tag);
    }

    private static int size(ByteBuffer element, int tag) {
        return small(element, tag) ? element.getInt(tag) >>> 16 : element.getInt(tag + 4);
    }

    private static int data(ByteBuffer element, int tag) {
        return tag + (small(element, tag) ? 4 : 8);
    }

    private static int next(ByteBuffer element, int tag) {
        return small(element, tag) ? tag + 8 : tag + 8 + (size(element, tag) + 7) / 8 * 8;
    }
}
