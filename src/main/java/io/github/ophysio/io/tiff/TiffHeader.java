package io.github.ophysio.io.tiff;

import io.github.ophysio.error.CorruptFileException;
import io.github.ophysio.error.FileText;
import io.github.ophysio.io.MappedFile;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;

/** The 8-byte TIFF or 16-byte BigTIFF header: byte order, version (42 or 43), first IFD offset. */
final class TiffHeader {

    static final int CLASSIC = 42;
    static final int BIG = 43;
    private static final int BIG_HEADER = 16;

    private TiffHeader() {
    }

    static byte[] read(MappedFile file) {
        int n = (int) Math.min(BIG_HEADER, file.size());
        byte[] head = new byte[n];
        if (n > 0) {
            file.from(0, ByteOrder.LITTLE_ENDIAN).get(head);
        }
        if (n < 8) {
            throw CorruptFileException.expected(file.path(), "TIFF header", "8 bytes", n + " bytes");
        }
        return head;
    }

    static boolean hasMagic(byte[] head) {
        if (head.length < 4) {
            return false;
        }
        boolean little = head[0] == 'I' && head[1] == 'I' && head[3] == 0 && (head[2] == 42 || head[2] == 43);
        boolean big = head[0] == 'M' && head[1] == 'M' && head[2] == 0 && (head[3] == 42 || head[3] == 43);
        return little || big;
    }

    static ByteOrder byteOrder(Path path, byte[] head) {
        if (head[0] == 'I' && head[1] == 'I') {
            return ByteOrder.LITTLE_ENDIAN;
        }
        if (head[0] == 'M' && head[1] == 'M') {
            return ByteOrder.BIG_ENDIAN;
        }
        throw CorruptFileException.expected(path, "TIFF byte order mark", "II or MM", FileText.bytes(head, 4));
    }

    static boolean isBigTiff(Path path, byte[] head, ByteOrder order) {
        int version = ByteBuffer.wrap(head).order(order).getShort(2) & 0xffff;
        if (version != CLASSIC && version != BIG) {
            throw CorruptFileException.expected(path, "TIFF version", "42 (TIFF) or 43 (BigTIFF)", version);
        }
        if (version == BIG && head.length < BIG_HEADER) {
            throw CorruptFileException.expected(path, "BigTIFF header", BIG_HEADER + " bytes", head.length + " bytes");
        }
        return version == BIG;
    }

    static long firstIfd(Path path, byte[] head, ByteOrder order, boolean big, long size) {
        ByteBuffer b = ByteBuffer.wrap(head).order(order);
        if (big && (b.getShort(4) != 8 || b.getShort(6) != 0)) {
            throw CorruptFileException.expected(path, "BigTIFF offset size", "8", b.getShort(4));
        }
        long first = big ? b.getLong(8) : b.getInt(4) & 0xffffffffL;
        if (first < (big ? BIG_HEADER : 8) || first >= size) {
            throw CorruptFileException.expected(path, "first IFD offset",
                    "a byte within the file's " + size + " bytes", first);
        }
        return first;
    }
}
