package io.github.ophysio.io.tiff;

import io.github.ophysio.error.CorruptFileException;
import io.github.ophysio.error.FileText;
import io.github.ophysio.io.MappedFile;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;

/**
 * A TIFF or BigTIFF file: its header, its pages (found at open in constant time when the IFDs sit at
 * a fixed stride, else by walking the IFD chain) and their planes. Pages are parsed when asked for;
 * no file handle stays open (reads go through {@link MappedFile}, or a channel open for one page read).
 */
public final class TiffFile {

    /** Planes of at least this many bytes are read positionally (see {@link #readsPositionally}). */
    static final long POSITIONAL_MIN_BYTES = 16 << 10;

    private final MappedFile file;
    private final ByteOrder order;
    private final boolean bigTiff;
    private final long firstIfd;
    private PageIndex index;
    private volatile TiffPage firstPage;
    private CompressedPages compressed;
    private volatile Boolean positional;

    private TiffFile(MappedFile file, ByteOrder order, boolean bigTiff, long firstIfd) {
        this.file = file;
        this.order = order;
        this.bigTiff = bigTiff;
        this.firstIfd = firstIfd;
    }

    /**
     * Opens {@code path}: reads the header only. The pages are found when first asked for beyond page 0
     * (a few IFDs when the file is regular, the whole chain otherwise), so a sniffer that looks at page 0
     * never walks a long chain.
     */
    public static TiffFile open(Path path) {
        MappedFile file = MappedFile.open(path);
        byte[] head = TiffHeader.read(file);
        ByteOrder order = TiffHeader.byteOrder(path, head);
        boolean big = TiffHeader.isBigTiff(path, head, order);
        return new TiffFile(file, order, big, TiffHeader.firstIfd(path, head, order, big, file.size()));
    }

    /** True when {@code head} starts like a TIFF or BigTIFF file (either byte order). */
    public static boolean hasTiffMagic(byte[] head) {
        return TiffHeader.hasMagic(head);
    }

    public Path path() {
        return file.path();
    }

    public long size() {
        return file.size();
    }

    public ByteOrder byteOrder() {
        return order;
    }

    public boolean isBigTiff() {
        return bigTiff;
    }

    public int pageCount() {
        return index().count();
    }

    /** Whether the pages were found by their fixed stride (true) or by walking the IFD chain. */
    public boolean isRegular() {
        return index().regular();
    }

    /** Page {@code page} (0-based) with its tags; parsed on each call except page 0. */
    public TiffPage page(int page) {
        if (page == 0) {
            TiffPage first = firstPage;
            if (first == null) {
                first = Ifd.read(this, firstIfd, 0);
                firstPage = first;
            }
            return first;
        }
        checkPage(page);
        return Ifd.read(this, index().offset(page), page);
    }

    /** A new array (byte[], short[], int[], float[]…, as the page's pixel type) holding page {@code page}. */
    public Object readPage(int page) {
        TiffPage p = page(page);
        Object dest = p.pixelType().newArray(p.width() * p.height());
        readPage(p, dest);
        return dest;
    }

    /** Copies page {@code page} (rows × cols, C order) into {@code dest}, an array of its pixel type. */
    public void readPage(int page, Object dest) {
        if (!pagesReadPositionally()) {
            readPage(page(page), dest, null);
            return;
        }
        checkPage(page);
        try (PageReads reads = PageReads.open(this)) {
            readPage(Ifd.read(this, index().offset(page), page, reads::bytes), dest, reads);
        }
    }

    /** Copies the plane of {@code page} (a page of this file) into {@code dest}. */
    public void readPage(TiffPage page, Object dest) {
        if (!readsPositionally(page)) {
            readPage(page, dest, null);
            return;
        }
        try (PageReads reads = PageReads.open(this)) {
            readPage(page, dest, reads);
        }
    }

    /**
     * Whether an uncompressed striped page of {@code page}'s size is read with positional reads ({@link
     * PageReads}: the IFD too when the page is asked for by number) rather than from the mapped file. A fresh
     * mapping faults in every 4 KiB page on first touch: for pages of 32 KiB and more that made a first pass
     * up to 3× slower than positional reads (0.58× tifffile on 512 × 512 int16), while 8 KiB pages read faster
     * from the mapping, first pass and later (bench/tiff/RESULTS.md). Pages read by number follow page 0.
     */
    private boolean pagesReadPositionally() {
        Boolean p = positional;
        if (p == null) {
            p = readsPositionally(page(0));
            positional = p;
        }
        return p;
    }

    private static boolean readsPositionally(TiffPage page) {
        return page.compression() == TiffPage.NO_COMPRESSION && page.isStriped()
                && (long) page.width() * page.height() * page.bitsPerSample() * page.samplesPerPixel() / 8
                >= POSITIONAL_MIN_BYTES;
    }

    private void readPage(TiffPage page, Object dest, PageReads reads) {
        PlaneChecks.requireDest(page, dest);
        if (page.compression() == TiffPage.NO_COMPRESSION && page.isStriped()) {
            StripCopy.read(this, page, dest, reads);
        } else {
            PlaneChecks.requireDecodable(page);
            compressedPages().read(page, dest);
        }
    }

    /** A buffer in this file's byte order whose index 0 is byte {@code offset} (at least 64 MiB or to the end). */
    ByteBuffer at(long offset) {
        return file.from(offset, order);
    }

    MappedFile mapped() {
        return file;
    }

    private synchronized CompressedPages compressedPages() {
        if (compressed == null) {
            compressed = new CompressedPages(this);
        }
        return compressed;
    }

    private synchronized PageIndex index() {
        if (index == null) {
            index = PageIndex.find(this, firstIfd);
        }
        return index;
    }

    private void checkPage(int page) {
        if (page < 0 || page >= index().count()) {
            throw new IndexOutOfBoundsException("page " + page + " of " + index().count() + " in " + path());
        }
    }

    /** A corrupt-file failure about this file: "what: expected …, found …". */
    CorruptFileException corrupt(String what, Object expected, Object found) {
        return CorruptFileException.expected(path(), what, expected, found);
    }

    /** Text quoted from this file for a message. */
    static String quote(String text) {
        return FileText.quote(text);
    }
}
