package io.github.ophysio.io.tiff;

import java.nio.ByteBuffer;

/** Reads the values of one IFD entry by its TIFF field type. */
final class TagValues {

    /** More values than any real integer tag holds (a strip table of a 65 536-row page). */
    private static final long MAX_VALUES = 1 << 24;

    private TagValues() {
    }

    static boolean isInteger(int type) {
        return switch (type) {
            case 1, 3, 4, 6, 8, 9, 13, 16, 17, 18 -> true;
            default -> false;
        };
    }

    static long[] integers(TiffPage page, TiffEntry e) {
        int n = count(page, e);
        ByteBuffer b = page.at(e.valueOffset());
        long[] out = new long[n];
        int size = TiffEntry.typeBytes(e.type());
        for (int i = 0; i < n; i++) {
            out[i] = integer(b, i * size, e.type());
        }
        return out;
    }

    static double[] doubles(TiffPage page, TiffEntry e) {
        int n = TiffEntry.typeBytes(e.type()) == 0 ? 0 : count(page, e);
        ByteBuffer b = page.at(e.valueOffset());
        double[] out = new double[n];
        int size = TiffEntry.typeBytes(e.type());
        for (int i = 0; i < n; i++) {
            out[i] = value(b, i * size, e.type());
        }
        return out;
    }

    private static int count(TiffPage page, TiffEntry e) {
        if (e.count() > MAX_VALUES) {
            throw page.file().corrupt("tag " + e.tag(), "at most " + MAX_VALUES + " values", e.count());
        }
        return (int) e.count();
    }

    private static long integer(ByteBuffer b, int at, int type) {
        return switch (type) {
            case 1 -> b.get(at) & 0xffL;
            case 6 -> b.get(at);
            case 3 -> b.getShort(at) & 0xffffL;
            case 8 -> b.getShort(at);
            case 4, 13 -> b.getInt(at) & 0xffffffffL;
            case 9 -> b.getInt(at);
            default -> b.getLong(at);
        };
    }

    private static double value(ByteBuffer b, int at, int type) {
        return switch (type) {
            case 5 -> (b.getInt(at) & 0xffffffffL) / (double) (b.getInt(at + 4) & 0xffffffffL);
            case 10 -> b.getInt(at) / (double) b.getInt(at + 4);
            case 11 -> b.getFloat(at);
            case 12 -> b.getDouble(at);
            case 2, 7 -> b.get(at) & 0xff;
            default -> integer(b, at, type);
        };
    }
}
