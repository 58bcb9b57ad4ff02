package io.github.ophysio.io.tiff;

import java.nio.ByteBuffer;
import java.util.LinkedHashMap;
import java.util.Map;

/** Parses one image file directory (IFD) at a byte offset into a {@link TiffPage}, checking every bound. */
final class Ifd {

    /** No real page has more entries; a damaged count must not make us read megabytes. */
    private static final long MAX_ENTRIES = 4096;

    private Ifd() {
    }

    /** Where an IFD's bytes come from: the mapped file, or positional reads during one page read. */
    interface Source {
        /** A buffer in the file's byte order whose index 0 is byte {@code offset}, holding at least {@code length} bytes. */
        ByteBuffer at(long offset, int length);
    }

    static TiffPage read(TiffFile tiff, long offset, int page) {
        return read(tiff, offset, page, (at, length) -> tiff.at(at));
    }

    static TiffPage read(TiffFile tiff, long offset, int page, Source source) {
        boolean big = tiff.isBigTiff();
        long entries = entryCount(tiff, offset, page, source);
        int entrySize = big ? 20 : 12;
        long start = offset + (big ? 8 : 2);
        long end = start + entries * entrySize + (big ? 8 : 4);
        if (end > tiff.size()) {
            throw tiff.corrupt("IFD of page " + page + " at byte " + offset, entries + " entries within the file's "
                    + tiff.size() + " bytes", "them to end at byte " + end);
        }
        ByteBuffer b = source.at(start, (int) (end - start));
        Map<Integer, TiffEntry> tags = new LinkedHashMap<>();
        for (int i = 0; i < entries; i++) {
            TiffEntry e = entry(tiff, b, i * entrySize, start + (long) i * entrySize, page);
            tags.putIfAbsent(e.tag(), e);
        }
        int nextAt = (int) (entries * entrySize);
        long next = big ? b.getLong(nextAt) : b.getInt(nextAt) & 0xffffffffL;
        return new TiffPage(tiff, page, offset, next, tags, b, start);
    }

    /** The entry count of the IFD at {@code offset}, or -1 when it cannot be read there (probing). */
    static long entryCountOrMinus1(TiffFile tiff, long offset) {
        return entryCountOrMinus1(tiff, offset, (at, length) -> tiff.at(at));
    }

    private static long entryCountOrMinus1(TiffFile tiff, long offset, Source source) {
        int countBytes = tiff.isBigTiff() ? 8 : 2;
        if (offset < 8 || offset + countBytes > tiff.size()) {
            return -1;
        }
        ByteBuffer b = source.at(offset, countBytes);
        long n = tiff.isBigTiff() ? b.getLong(0) : b.getShort(0) & 0xffff;
        return n < 1 || n > MAX_ENTRIES ? -1 : n;
    }

    /** The next-IFD offset of the IFD at {@code offset}, or -1 when no IFD can be read there (probing). */
    static long nextOrMinus1(TiffFile tiff, long offset) {
        long n = entryCountOrMinus1(tiff, offset);
        boolean big = tiff.isBigTiff();
        long at = offset + (big ? 8 : 2) + n * (big ? 20 : 12);
        if (n < 0 || at + (big ? 8 : 4) > tiff.size()) {
            return -1;
        }
        ByteBuffer b = tiff.at(at);
        return big ? b.getLong(0) : b.getInt(0) & 0xffffffffL;
    }

    private static long entryCount(TiffFile tiff, long offset, int page, Source source) {
        if (offset < 8 || offset >= tiff.size()) {
            throw tiff.corrupt("IFD of page " + page, "an offset within the file's " + tiff.size() + " bytes", offset);
        }
        long n = entryCountOrMinus1(tiff, offset, source);
        if (n < 0) {
            throw tiff.corrupt("IFD of page " + page + " at byte " + offset, "1.." + MAX_ENTRIES + " entries",
                    "an unreadable count");
        }
        return n;
    }

    private static TiffEntry entry(TiffFile tiff, ByteBuffer b, int at, long filePos, int page) {
        boolean big = tiff.isBigTiff();
        int tag = b.getShort(at) & 0xffff;
        int type = b.getShort(at + 2) & 0xffff;
        long count = big ? b.getLong(at + 4) : b.getInt(at + 4) & 0xffffffffL;
        int fieldAt = at + (big ? 12 : 8);
        int inline = big ? 8 : 4;
        long bytes = count < 0 || count > tiff.size() ? Long.MAX_VALUE : count * TiffEntry.typeBytes(type);
        long valueOffset = bytes <= inline ? filePos + (fieldAt - at)
                : big ? b.getLong(fieldAt) : b.getInt(fieldAt) & 0xffffffffL;
        if (bytes > inline && (valueOffset < 0 || bytes > tiff.size() - valueOffset)) {
            throw tiff.corrupt("tag " + tag + " of page " + page, count + " values within the file's "
                    + tiff.size() + " bytes", "them at byte " + valueOffset);
        }
        return new TiffEntry(tag, type, count, valueOffset);
    }
}
