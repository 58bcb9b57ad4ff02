package io.github.ophysio.io.tiff;

import java.nio.ByteBuffer;

/** Copies an uncompressed striped page into a plane array: from the mapped file, or through {@link PageReads}. */
final class StripCopy {

    /** Bytes copied per mapped buffer: well inside the overlap every mapped window guarantees. */
    private static final int CHUNK = 1 << 24;

    private StripCopy() {
    }

    /** Checks the strip table, then copies the plane's bytes of each strip into {@code dest}; mapped when no reads. */
    static void read(TiffFile tiff, TiffPage page, Object dest, PageReads reads) {
        int itemBytes = page.pixelType().bytes();
        long needed = (long) page.width() * page.height() * itemBytes;
        long[] offsets = page.stripOffsets();
        long[] counts = page.stripByteCounts();
        requireStrips(tiff, page, offsets, counts, needed);
        long[] bytes = bytesToRead(counts, needed);
        if (reads != null) {
            reads.strips(offsets, bytes, dest, itemBytes);
            return;
        }
        long done = 0;
        for (int s = 0; s < offsets.length; s++) {
            copy(tiff, offsets[s], bytes[s], dest, (int) (done / itemBytes), itemBytes);
            done += bytes[s];
        }
    }

    /** How many bytes of each strip the plane takes: whole strips until {@code needed} bytes are reached. */
    private static long[] bytesToRead(long[] counts, long needed) {
        long[] bytes = new long[counts.length];
        long done = 0;
        for (int s = 0; s < counts.length; s++) {
            bytes[s] = Math.min(counts[s], needed - done);
            done += bytes[s];
        }
        return bytes;
    }

    private static void requireStrips(TiffFile tiff, TiffPage page, long[] offsets, long[] counts, long needed) {
        String what = "TIFF page " + page.index() + " strips";
        if (offsets.length == 0 || offsets.length != counts.length) {
            throw tiff.corrupt(what, "as many offsets as byte counts (at least 1)", offsets.length + " offsets and "
                    + counts.length + " byte counts");
        }
        long total = 0;
        for (int s = 0; s < offsets.length; s++) {
            if (offsets[s] < 0 || counts[s] < 0 || counts[s] > tiff.size() - offsets[s]) {
                throw tiff.corrupt("TIFF page " + page.index() + " strip " + s, "bytes within the file's "
                        + tiff.size() + " bytes", counts[s] + " bytes at byte " + offsets[s]);
            }
            total += counts[s];
        }
        if (total < needed) {
            throw tiff.corrupt(what, needed + " bytes (" + page.height() + " x " + page.width() + " x "
                    + page.pixelType().bytes() + ")", total + " bytes");
        }
    }

    private static void copy(TiffFile tiff, long offset, long bytes, Object dest, int at, int itemBytes) {
        for (long done = 0; done < bytes; ) {
            int n = (int) Math.min(CHUNK, bytes - done);
            ByteBuffer b = tiff.at(offset + done);
            put(b, dest, at + (int) (done / itemBytes), n / itemBytes);
            done += n;
        }
    }

    /** Converts the next {@code n} items of {@code b} (in its byte order) into {@code dest} from {@code at}. */
    static void put(ByteBuffer b, Object dest, int at, int n) {
        if (dest instanceof byte[] a) {
            b.get(a, at, n);
        } else if (dest instanceof short[] a) {
            b.asShortBuffer().get(a, at, n);
        } else if (dest instanceof int[] a) {
            b.asIntBuffer().get(a, at, n);
        } else if (dest instanceof float[] a) {
            b.asFloatBuffer().get(a, at, n);
        } else if (dest instanceof long[] a) {
            b.asLongBuffer().get(a, at, n);
        } else {
            b.asDoubleBuffer().get((double[]) dest, at, n);
        }
    }
}
