package io.github.ophysio.io.tiff;

import java.util.HashSet;
import java.util.Set;

/**
 * Where each page's IFD is. A regular file (ScanImage writes every page as IFD + data of one size)
 * is recognised from its first two IFDs and checked on its last one, which must sit where the
 * stride and the file size put it and end the chain: constant time whatever the page count. Any
 * other file has its chain walked once.
 */
final class PageIndex {

    private final long first;
    private final long stride;
    private final int count;
    private final long[] walked;

    private PageIndex(long first, long stride, int count, long[] walked) {
        this.first = first;
        this.stride = stride;
        this.count = count;
        this.walked = walked;
    }

    static PageIndex find(TiffFile tiff, long first) {
        long second = Ifd.read(tiff, first, 0).nextIfdOffset();
        long stride = second - first;
        if (second != 0 && stride > 0) {
            int regular = regularCount(tiff, first, stride);
            if (regular > 0) {
                return new PageIndex(first, stride, regular, null);
            }
        }
        return walk(tiff, first);
    }

    int count() {
        return count;
    }

    boolean regular() {
        return walked == null;
    }

    long offset(int page) {
        return walked == null ? first + page * stride : walked[page];
    }

    /**
     * The page count when the IFDs run at {@code stride} from {@code first}: the last IFD lies within the
     * last stride of the file (its data before or after it) and ends the chain, and the IFDs before it
     * and the third one point where the stride says. 0 when the file is not so regular.
     */
    private static int regularCount(TiffFile tiff, long first, long stride) {
        long fits = (tiff.size() - first) / stride;
        for (long pages = fits + 1; pages >= Math.max(3, fits); pages--) {
            long last = first + (pages - 1) * stride;
            if (pages <= Integer.MAX_VALUE - 8 && last < tiff.size() && Ifd.nextOrMinus1(tiff, last) == 0
                    && Ifd.nextOrMinus1(tiff, last - stride) == last
                    && Ifd.nextOrMinus1(tiff, first + stride) == first + 2 * stride) {
                return (int) pages;
            }
        }
        return 0;
    }

    private static PageIndex walk(TiffFile tiff, long first) {
        long[] offsets = new long[16];
        Set<Long> seen = new HashSet<>();
        int n = 0;
        for (long at = first; at != 0; n++) {
            if (!seen.add(at)) {
                throw tiff.corrupt("IFD chain", "each page once", "page " + n + " pointing back to byte " + at);
            }
            if (n == offsets.length) {
                offsets = java.util.Arrays.copyOf(offsets, n * 2);
            }
            offsets[n] = at;
            at = nextOf(tiff, at, n);
        }
        return new PageIndex(first, 0, n, java.util.Arrays.copyOf(offsets, n));
    }

    private static long nextOf(TiffFile tiff, long at, int page) {
        long next = Ifd.nextOrMinus1(tiff, at);
        if (next < 0) {
            Ifd.read(tiff, at, page); // names the problem
        }
        if (next != 0 && (next < 8 || next >= tiff.size())) {
            throw tiff.corrupt("IFD of page " + (page + 1), "an offset within the file's " + tiff.size() + " bytes",
                    next);
        }
        return next;
    }
}
