package io.github.ophysio.io.zarr;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Undoing Blosc's shuffles within one block. Byte shuffle stores byte j of every element together
 * (bytes left over after whole elements are kept as they are). Bit shuffle (bitshuffle's
 * {@code trans_bit_elem}) stores, for byte j and bit k of the elements, one row of bits, element i at
 * bit i mod 8 of byte i / 8; it covers a multiple of 8 elements.
 *
 * <p>Byte unshuffle of 2-byte elements, the commonest, goes through {@link LaneUnshuffle} (SIMD by the JIT);
 * 4-byte elements go 8 at a time as longs, interleaving the bytes with shifts and masks (twice as fast as byte
 * by byte); other sizes and the last elements of a block, byte by byte.
 */
final class Shuffles {

    private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private Shuffles() {
    }

    static void byteUnshuffle(byte[] src, byte[] dest, int offset, int size, int typesize) {
        int elements = size / typesize;
        int done = switch (typesize) {
            case 2 -> LaneUnshuffle.unshuffle2(src, dest, offset, elements);
            case 4 -> unshuffle4(src, dest, offset, elements);
            default -> 0;
        };
        for (int i = done; i < elements; i++) {
            for (int j = 0; j < typesize; j++) {
                dest[offset + i * typesize + j] = src[j * elements + i];
            }
        }
        int whole = elements * typesize;
        System.arraycopy(src, whole, dest, offset + whole, size - whole);
    }

    /** 4-byte elements, 8 at a time: bytes 0 and 1, 2 and 3 paired into 16-bit halves, then the halves paired. */
    private static int unshuffle4(byte[] src, byte[] dest, int offset, int elements) {
        int i = 0;
        for (; i + 8 <= elements; i += 8) {
            long b0 = (long) LONG.get(src, i);
            long b1 = (long) LONG.get(src, elements + i);
            long b2 = (long) LONG.get(src, 2 * elements + i);
            long b3 = (long) LONG.get(src, 3 * elements + i);
            long lowFirst = spreadBytes(b0) | spreadBytes(b1) << 8;
            long lowLast = spreadBytes(b0 >>> 32) | spreadBytes(b1 >>> 32) << 8;
            long highFirst = spreadBytes(b2) | spreadBytes(b3) << 8;
            long highLast = spreadBytes(b2 >>> 32) | spreadBytes(b3 >>> 32) << 8;
            int at = offset + 4 * i;
            LONG.set(dest, at, spreadShorts(lowFirst) | spreadShorts(highFirst) << 16);
            LONG.set(dest, at + 8, spreadShorts(lowFirst >>> 32) | spreadShorts(highFirst >>> 32) << 16);
            LONG.set(dest, at + 16, spreadShorts(lowLast) | spreadShorts(highLast) << 16);
            LONG.set(dest, at + 24, spreadShorts(lowLast >>> 32) | spreadShorts(highLast >>> 32) << 16);
        }
        return i;
    }

    /** The 4 low bytes of {@code x} at bytes 0, 2, 4, 6 (zeros between). */
    private static long spreadBytes(long x) {
        x &= 0xFFFF_FFFFL;
        x = (x | x << 16) & 0x0000_FFFF_0000_FFFFL;
        return (x | x << 8) & 0x00FF_00FF_00FF_00FFL;
    }

    /** The 2 low 16-bit halves of {@code x} at bits 0 and 32 (zeros between). */
    private static long spreadShorts(long x) {
        x &= 0xFFFF_FFFFL;
        return (x | x << 16) & 0x0000_FFFF_0000_FFFFL;
    }

    /**
     * Blosc format 2 (c-blosc 1.x) copies a block whose element count is not a multiple of 8 as it is;
     * later formats unshuffle the largest multiple of 8 and copy the rest.
     */
    static void bitUnshuffle(byte[] src, byte[] dest, int offset, int size, int typesize, int formatVersion) {
        int elements = size / typesize;
        if (formatVersion <= 2 && elements % 8 != 0) {
            System.arraycopy(src, 0, dest, offset, size);
            return;
        }
        elements -= elements % 8;
        int rowBytes = elements / 8;
        java.util.Arrays.fill(dest, offset, offset + elements * typesize, (byte) 0);
        for (int j = 0; j < typesize; j++) {
            for (int k = 0; k < 8; k++) {
                int row = (j * 8 + k) * rowBytes;
                for (int i = 0; i < elements; i++) {
                    int bit = (src[row + (i >> 3)] >> (i & 7)) & 1;
                    dest[offset + i * typesize + j] |= (byte) (bit << k);
                }
            }
        }
        int whole = elements * typesize;
        System.arraycopy(src, whole, dest, offset + whole, size - whole);
    }
}
