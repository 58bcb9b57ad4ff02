package io.github.ophysio.io.tiff;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ophysio.error.CorruptFileException;
import io.github.ophysio.error.OphysException;
import io.github.ophysio.error.UnsupportedFormatException;
import io.github.ophysio.model.PixelType;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TiffFileTest {

    @TempDir
    Path dir;

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    private static short[] expected(int page, int rows, int cols) {
        short[] v = new short[rows * cols];
        for (int i = 0; i < v.length; i++) {
            v[i] = TiffBytes.value(page, i / cols, i % cols, cols);
        }
        return v;
    }

    @Test
    void aRegularBigTiffIsIndexedByItsStride() throws IOException {
        Path p = write("a.tif", new TiffBytes().pages(7, "frame #").bytes());
        TiffFile t = TiffFile.open(p);
        assertTrue(t.isBigTiff());
        assertTrue(t.isRegular());
        assertEquals(7, t.pageCount());
        TiffPage last = t.page(6);
        assertEquals(4, last.width());
        assertEquals(3, last.height());
        assertEquals(PixelType.UINT16, last.pixelType());
        assertEquals("frame 6", last.description());
        for (int page = 0; page < 7; page++) {
            assertArrayEquals(expected(page, 3, 4), (short[]) t.readPage(page));
        }
    }

    @Test
    void pagesOfUnequalSizeAreFoundByWalkingTheChain() throws IOException {
        TiffBytes b = new TiffBytes();
        b.big = false;
        b.order = ByteOrder.BIG_ENDIAN;
        b.descriptions.addAll(java.util.List.of("a", "b".repeat(12), "c".repeat(20), "dddd", "e".repeat(30)));
        TiffFile t = TiffFile.open(write("b.tif", b.bytes()));
        assertFalse(t.isRegular());
        assertEquals(5, t.pageCount());
        assertEquals("dddd", t.page(3).description());
        assertArrayEquals(expected(4, 3, 4), (short[]) t.readPage(4));
    }

    @Test
    void fewPagesAndSinglePages() throws IOException {
        for (int n = 1; n <= 3; n++) {
            TiffFile t = TiffFile.open(write("n" + n + ".tif", new TiffBytes().pages(n, "same").bytes()));
            assertEquals(n, t.pageCount());
            assertArrayEquals(expected(n - 1, 3, 4), (short[]) t.readPage(n - 1));
        }
    }

    @Test
    void signedAndByteTypes() throws IOException {
        TiffBytes b = new TiffBytes().pages(2, "x");
        b.sampleFormat = 2;
        assertEquals(PixelType.INT16, TiffFile.open(write("s.tif", b.bytes())).page(1).pixelType());
        b.sampleFormat = 1;
        b.bits = 8;
        TiffFile t = TiffFile.open(write("u8.tif", b.bytes()));
        assertEquals(PixelType.UINT8, t.page(0).pixelType());
        assertEquals(11, ((byte[]) t.readPage(1))[11]);
    }

    /** Planes of 16 KiB and more are read with positional reads (IFD and strips), the rest from the mapping. */
    @Test
    void largePagesAreReadPositionallyInEveryLayoutAndByteOrder() throws IOException {
        for (boolean big : new boolean[] {true, false}) {
            for (ByteOrder order : new ByteOrder[] {ByteOrder.LITTLE_ENDIAN, ByteOrder.BIG_ENDIAN}) {
                TiffBytes b = new TiffBytes().pages(3, "frame #");
                b.big = big;
                b.order = order;
                b.rows = 96;
                b.cols = 100;
                TiffFile t = TiffFile.open(write("large-" + big + order + ".tif", b.bytes()));
                assertTrue(96 * 100 * 2 >= TiffFile.POSITIONAL_MIN_BYTES);
                for (int page = 0; page < 3; page++) {
                    assertArrayEquals(expected(page, 96, 100), (short[]) t.readPage(page), big + " " + order);
                }
                short[] dest = new short[96 * 100];
                t.readPage(t.page(1), dest);
                assertArrayEquals(expected(1, 96, 100), dest);
                assertEquals("frame 2", t.page(2).description());
            }
        }
    }

    /** An interrupt closes a FileChannel mid-read; the page is still read whole and the thread stays interrupted. */
    @Test
    void anInterruptedThreadStillReadsLargePages() throws IOException {
        TiffBytes b = new TiffBytes().pages(2, "x");
        b.rows = 96;
        b.cols = 100;
        TiffFile t = TiffFile.open(write("interrupted.tif", b.bytes()));
        Thread.currentThread().interrupt();
        try {
            assertArrayEquals(expected(1, 96, 100), (short[]) t.readPage(1));
            assertTrue(Thread.currentThread().isInterrupted());
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void aPageLargerThanTheReadBufferIsReadInPieces() throws IOException {
        TiffBytes b = new TiffBytes().pages(2, "x");
        b.rows = 1024;
        b.cols = 600;
        assertTrue(1024 * 600 * 2 > PageReads.CHUNK);
        TiffFile t = TiffFile.open(write("huge.tif", b.bytes()));
        assertArrayEquals(expected(1, 1024, 600), (short[]) t.readPage(1));
        assertArrayEquals(expected(0, 1024, 600), (short[]) t.readPage(0));
    }

    @Test
    void aTruncatedLargePageIsCorrupt() throws IOException {
        TiffBytes b = new TiffBytes().pages(2, "x");
        b.rows = 96;
        b.cols = 100;
        byte[] bytes = b.bytes();
        Path p = write("cut-large.tif", java.util.Arrays.copyOf(bytes, bytes.length - 30));
        assertMessage(CorruptFileException.class, p, "TIFF page 1 strip 0: expected bytes within the file's "
                + (bytes.length - 30) + " bytes, found 19200 bytes at byte " + (bytes.length - 19200),
                t -> t.readPage(1));
    }

    @Test
    void hasTiffMagic() {
        assertTrue(TiffFile.hasTiffMagic(new byte[] {'I', 'I', 42, 0}));
        assertTrue(TiffFile.hasTiffMagic(new byte[] {'M', 'M', 0, 43}));
        assertFalse(TiffFile.hasTiffMagic(new byte[] {'I', 'I', 0, 42}));
        assertFalse(TiffFile.hasTiffMagic(new byte[] {'I'}));
    }

    @Test
    void aTruncatedHeaderIsCorrupt() throws IOException {
        Path p = write("t.tif", new byte[] {'I', 'I', 42});
        assertMessage(CorruptFileException.class, p, "TIFF header: expected 8 bytes, found 3 bytes");
    }

    @Test
    void aBadMagicIsCorrupt() throws IOException {
        Path p = write("m.tif", "PK\u0003\u0004abcdefgh".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        assertMessage(CorruptFileException.class, p, "TIFF byte order mark: expected II or MM, found PK\\x03\\x04");
        Path v = write("v.tif", new byte[] {'I', 'I', 44, 0, 8, 0, 0, 0});
        assertMessage(CorruptFileException.class, v, "TIFF version: expected 42 (TIFF) or 43 (BigTIFF), found 44");
    }

    @Test
    void aFirstIfdBeyondTheEndIsCorrupt() throws IOException {
        byte[] bytes = new TiffBytes().pages(2, "x").bytes();
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).putLong(8, 1L << 40);
        Path p = write("f.tif", bytes);
        assertMessage(CorruptFileException.class, p, "first IFD offset: expected a byte within the file's "
                + bytes.length + " bytes, found " + (1L << 40));
    }

    @Test
    void aTruncatedFileIsCorrupt() throws IOException {
        byte[] bytes = new TiffBytes().pages(4, "x").bytes();
        Path p = write("cut.tif", java.util.Arrays.copyOf(bytes, bytes.length - 30));
        OphysException e = assertThrows(OphysException.class, () -> {
            TiffFile t = TiffFile.open(p);
            t.readPage(t.pageCount() - 1);
        });
        assertTrue(e instanceof CorruptFileException, e.toString());
        assertTrue(e.getMessage().startsWith(p + ": corrupt: "), e.getMessage());
    }

    @Test
    void aStripBeyondTheEndIsCorrupt() throws IOException {
        TiffBytes b = new TiffBytes().pages(1, "x");
        byte[] bytes = b.bytes();
        long stripTag = 16 + 8 + 5 * 20;
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).putLong((int) stripTag + 12, 99999);
        Path p = write("s.tif", bytes);
        assertMessage(CorruptFileException.class, p, "TIFF page 0 strip 0: expected bytes within the file's "
                + bytes.length + " bytes, found 24 bytes at byte 99999", t -> t.readPage(0));
    }

    @Test
    void aChainThatLoopsIsCorrupt() throws IOException {
        TiffBytes b = new TiffBytes();
        b.descriptions.addAll(java.util.List.of("a", "bb"));
        byte[] bytes = b.bytes();
        long nextAt = 16 + 8 + 10 * 20;
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).putLong((int) nextAt, 16);
        assertMessage(CorruptFileException.class, write("loop.tif", bytes),
                "IFD chain: expected each page once, found page 1 pointing back to byte 16", TiffFile::pageCount);
    }

    @Test
    void anUnknownCompressionIsUnsupported() throws IOException {
        TiffBytes b = new TiffBytes().pages(2, "x");
        b.compression = 7;
        assertMessage(UnsupportedFormatException.class, write("jpeg.tif", b.bytes()), "TIFF page 1: compression 7;"
                + " readable: none (1), LZW (5), deflate (8, 32946), PackBits (32773)", t -> t.readPage(1));
    }

    @Test
    void anUnknownSampleFormatIsUnsupported() throws IOException {
        TiffBytes b = new TiffBytes().pages(2, "x");
        b.sampleFormat = 3;
        assertMessage(UnsupportedFormatException.class, write("f16.tif", b.bytes()), "TIFF page 0: sample format 3"
                + " with 16 bits; readable: " + PixelTypes.READABLE, t -> t.readPage(0));
    }

    interface TiffAction {
        void run(TiffFile t);
    }

    private static void assertMessage(Class<? extends OphysException> type, Path p, String message) {
        assertMessage(type, p, message, t -> { });
    }

    private static void assertMessage(Class<? extends OphysException> type, Path p, String message, TiffAction then) {
        OphysException e = assertThrows(type, () -> then.run(TiffFile.open(p)));
        assertEquals(p + ": " + e.kind() + ": " + message, e.getMessage());
    }
}
