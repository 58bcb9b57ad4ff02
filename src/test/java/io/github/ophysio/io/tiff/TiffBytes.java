package io.github.ophysio.io.tiff;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A minimal TIFF/BigTIFF writer for tests: each page is its IFD, its description, then its uint16
 * pixels (value = page·1000 + row·cols + col), as ScanImage lays pages out. Fields are public so a
 * test can damage one thing at a time.
 */
final class TiffBytes {

    boolean big = true;
    ByteOrder order = ByteOrder.LITTLE_ENDIAN;
    int rows = 3;
    int cols = 4;
    int compression = 1;
    int sampleFormat = 1;
    int bits = 16;
    List<String> descriptions = new ArrayList<>();

    TiffBytes pages(int n, String description) {
        for (int i = 0; i < n; i++) {
            descriptions.add(description.replace("#", Integer.toString(i)));
        }
        return this;
    }

    static short value(int page, int row, int col, int cols) {
        return (short) (page * 1000 + row * cols + col);
    }

    byte[] bytes() {
        int head = big ? 16 : 8;
        int pageBytes = rows * cols * Math.max(bits / 8, 1) + 4096;
        ByteBuffer out = ByteBuffer.allocate(Math.max(1 << 20, 16 + descriptions.size() * pageBytes)).order(order);
        out.put((byte) (order == ByteOrder.LITTLE_ENDIAN ? 'I' : 'M')).put(out.get(0));
        out.putShort((short) (big ? 43 : 42));
        if (big) {
            out.putShort((short) 8).putShort((short) 0).putLong(head);
        } else {
            out.putInt(head);
        }
        for (int p = 0; p < descriptions.size(); p++) {
            page(out, p, p == descriptions.size() - 1);
        }
        byte[] b = new byte[out.position()];
        out.flip().get(b);
        return b;
    }

    private void page(ByteBuffer out, int p, boolean last) {
        // padded with NULs past the 8 bytes an entry holds inline, so that it sits after the IFD
        byte[] text = java.util.Arrays.copyOf(descriptions.get(p).getBytes(StandardCharsets.US_ASCII),
                Math.max(9, descriptions.get(p).length() + 1));
        int entries = 10;
        int entrySize = big ? 20 : 12;
        long ifd = out.position();
        long textAt = ifd + (big ? 8 : 2) + entries * entrySize + (big ? 8 : 4);
        long dataAt = textAt + text.length;
        int dataBytes = rows * cols * bits / 8;
        long next = last ? 0 : dataAt + dataBytes;
        count(out, entries);
        entry(out, 256, 3, 1, cols);
        entry(out, 257, 3, 1, rows);
        entry(out, 258, 3, 1, bits);
        entry(out, 259, 3, 1, compression);
        entry(out, 270, 2, text.length, textAt);
        entry(out, 273, big ? 16 : 4, 1, dataAt);
        entry(out, 277, 3, 1, 1);
        entry(out, 278, 3, 1, rows);
        entry(out, 279, big ? 16 : 4, 1, dataBytes);
        entry(out, 339, 3, 1, sampleFormat);
        offset(out, next);
        out.put(text);
        for (int i = 0; i < rows * cols; i++) {
            if (bits == 16) {
                out.putShort(value(p, i / cols, i % cols, cols));
            } else {
                out.put((byte) i);
            }
        }
    }

    private void count(ByteBuffer out, int n) {
        if (big) {
            out.putLong(n);
        } else {
            out.putShort((short) n);
        }
    }

    private void entry(ByteBuffer out, int tag, int type, long count, long value) {
        out.putShort((short) tag).putShort((short) type);
        if (big) {
            out.putLong(count);
        } else {
            out.putInt((int) count);
        }
        if (type == 3 && count == 1) {
            out.putShort((short) value).putShort((short) 0);
            if (big) {
                out.putInt(0);
            }
        } else {
            offset(out, value);
        }
    }

    private void offset(ByteBuffer out, long value) {
        if (big) {
            out.putLong(value);
        } else {
            out.putInt((int) value);
        }
    }

    static byte[] concat(byte[] a, byte[] b) {
        ByteArrayOutputStream s = new ByteArrayOutputStream();
        s.writeBytes(a);
        s.writeBytes(b);
        return s.toByteArray();
    }
}
