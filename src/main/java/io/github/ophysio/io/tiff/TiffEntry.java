package io.github.ophysio.io.tiff;

/**
 * One IFD entry as stored: its field type, value count, and where its values are (inside the entry
 * when they fit, else at {@code valueOffset}).
 *
 * @param valueOffset byte offset in the file of the first value
 */
record TiffEntry(int tag, int type, long count, long valueOffset) {

    /** Bytes per value of TIFF field type {@code type}; 0 for a type this reader does not know. */
    static int typeBytes(int type) {
        return switch (type) {
            case 1, 2, 6, 7 -> 1;
            case 3, 8 -> 2;
            case 4, 9, 11, 13 -> 4;
            case 5, 10, 12, 16, 17, 18 -> 8;
            default -> 0;
        };
    }

    long byteCount() {
        return count * typeBytes(type);
    }
}
