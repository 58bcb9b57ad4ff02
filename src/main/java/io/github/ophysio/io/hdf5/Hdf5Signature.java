package io.github.ophysio.io.hdf5;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/**
 * The HDF5 signature, which sits at byte 0 or, behind a user block, at 512, 1024, 2048, …, and
 * the MATLAB v7.3 header that such a user block carries.
 */
public final class Hdf5Signature {

    private static final byte[] MAGIC = {(byte) 0x89, 'H', 'D', 'F', '\r', '\n', 0x1a, '\n'};
    private static final byte[] MATLAB_73 = "MATLAB 7.3 MAT-file".getBytes(StandardCharsets.US_ASCII);
    /** User blocks larger than this are not searched (real files use 512 or a few KiB). */
    private static final long MAX_USER_BLOCK = 1L << 20;

    private Hdf5Signature() {
    }

    /** Where the HDF5 signature starts (0 or a user-block size), or -1 when the file has none. */
    public static long offset(Path path) {
        if (!Files.isRegularFile(path)) {
            return -1;
        }
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
            long size = channel.size();
            for (long at = 0; at + MAGIC.length <= size && at <= MAX_USER_BLOCK; at = at == 0 ? 512 : at * 2) {
                if (Arrays.equals(MAGIC, read(channel, at, MAGIC.length))) {
                    return at;
                }
            }
            return -1;
        } catch (IOException e) {
            return -1;
        }
    }

    /** True when the file starts with the MATLAB v7.3 header text (an HDF5 file behind a 512-byte user block). */
    public static boolean isMatlab73(Path path) {
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
            return channel.size() >= MATLAB_73.length && Arrays.equals(MATLAB_73, read(channel, 0, MATLAB_73.length));
        } catch (IOException e) {
            return false;
        }
    }

    private static byte[] read(FileChannel channel, long at, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length);
        int n;
        do {
            n = channel.read(buffer, at + buffer.position());
        } while (n > 0 && buffer.hasRemaining());
        return buffer.array();
    }
}
