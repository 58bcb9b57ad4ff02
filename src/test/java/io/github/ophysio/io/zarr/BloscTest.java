package io.github.ophysio.io.zarr;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import io.github.ophysio.error.CorruptFileException;
import io.github.ophysio.testing.Fixtures;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Blosc1 framing cases zarr-python's fixtures do not reach: hand-built frames and later format versions. */
class BloscTest {

    private static final Path FILE = Path.of("chunk.bin");

    @Test
    void aMemcpyFrameHoldsItsBytesAsTheyAre() {
        byte[] frame = frame(2, 0x02, 1, new byte[] {9, 8, 7, 6, 5});
        assertArrayEquals(new byte[] {9, 8, 7, 6, 5}, Blosc.decode(FILE, frame, 5));
    }

    @Test
    void aFrameShorterThanItsHeaderIsCorrupt() {
        Fixtures.assertError(FILE, CorruptFileException.class, () -> Blosc.decode(FILE, new byte[10], 5),
                "10 bytes", "16-byte header");
    }

    @Test
    void aStreamSizeBeyondTheFrameIsCorrupt() {
        ByteBuffer b = ByteBuffer.allocate(16 + 4 + 4 + 2).order(ByteOrder.LITTLE_ENDIAN);
        b.put(0, (byte) 2).put(2, (byte) 0x30).put(3, (byte) 1).putInt(4, 8).putInt(8, 8).putInt(12, b.capacity());
        b.putInt(16, 20).putInt(20, 1000);
        Fixtures.assertError(FILE, CorruptFileException.class, () -> Blosc.decode(FILE, b.array(), 8),
                "a stream of 1000 bytes", "truncated or damaged");
    }

    /** Format 3 bit-unshuffles the first multiple of 8 elements and copies the rest; format 2 copies all. */
    @Test
    void bitShuffleOfFormat3LeavesTheTailAndFormat2CopiesOddBlocks() {
        byte[] elements = {1, 2, 3, 4, (byte) 0x80, 0x55, 0x0F, (byte) 0xFF, 42};
        byte[] shuffled = new byte[9];
        for (int k = 0; k < 8; k++) {
            for (int i = 0; i < 8; i++) {
                shuffled[k] |= (byte) (((elements[i] >> k) & 1) << i);
            }
        }
        shuffled[8] = 42;
        byte[] out = new byte[9];
        Shuffles.bitUnshuffle(shuffled, out, 0, 9, 1, 3);
        assertArrayEquals(elements, out);
        Shuffles.bitUnshuffle(shuffled, out, 0, 9, 1, 2);
        assertArrayEquals(shuffled, out);
    }

    /**
     * Every element size agrees with the definition, tails and leftover bytes included, also over several of
     * the 2-byte path's tiles (8192 elements) and a whole 256 KiB block.
     */
    @Test
    void byteUnshuffleMatchesTheDefinitionForEveryTypeSize() {
        for (int typesize = 1; typesize <= 8; typesize++) {
            for (int size : new int[] {0, 7, 16, 64, 67, 130, 1000, 20_011, 262_144, 262_156}) {
                byte[] shuffled = new byte[size];
                for (int i = 0; i < size; i++) {
                    shuffled[i] = (byte) (i * 37 + size);
                }
                byte[] out = new byte[size + 3];
                Shuffles.byteUnshuffle(shuffled, out, 3, size, typesize);
                assertArrayEquals(unshuffledByDefinition(shuffled, typesize), java.util.Arrays.copyOfRange(out, 3,
                        size + 3), "typesize " + typesize + ", " + size + " bytes");
            }
        }
    }

    private static byte[] unshuffledByDefinition(byte[] src, int typesize) {
        int elements = src.length / typesize;
        byte[] out = src.clone();
        for (int i = 0; i < elements; i++) {
            for (int j = 0; j < typesize; j++) {
                out[i * typesize + j] = src[j * elements + i];
            }
        }
        return out;
    }

    private static byte[] frame(int version, int flags, int typesize, byte[] data) {
        ByteBuffer b = ByteBuffer.allocate(16 + data.length).order(ByteOrder.LITTLE_ENDIAN);
        b.put(0, (byte) version).put(1, (byte) 1).put(2, (byte) flags).put(3, (byte) typesize);
        b.putInt(4, data.length).putInt(8, data.length).putInt(12, b.capacity()).put(16, data);
        return b.array();
    }
}
