package io.github.ophysio.io.zarr;

/**
 * Undoing Blosc's shuffles within one block. Byte shuffle stores byte j of every element together
 * (bytes left over after whole elements are kept as they are). Bit shuffle (bitshuffle's
 * {@code trans_bit_elem}) stores, for byte j and bit k of the elements, one row of bits, element i at
 * bit i mod 8 of byte i / 8; it covers a multiple of 8 elements.
 */
final class Shuffles {

    private Shuffles() {
    }

    static void byteUnshuffle(byte[] src, byte[] dest, int offset, int size, int typesize) {
        int elements = size / typesize;
        for (int j = 0; j < typesize; j++) {
            int row = j * elements;
            for (int i = 0; i < elements; i++) {
                dest[offset + i * typesize + j] = src[row + i];
            }
        }
        int whole = elements * typesize;
        System.arraycopy(src, whole, dest, offset + whole, size - whole);
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
