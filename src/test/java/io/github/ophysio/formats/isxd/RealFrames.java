package io.github.ophysio.formats.isxd;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;

/** Expected values of a real file read straight from its bytes with isxd.md's offsets (an independent reader). */
final class RealFrames {

    private final ByteBuffer bytes;
    private final long stride;
    private final long pixelOffset;
    private final int cols;

    private RealFrames(ByteBuffer bytes, long stride, long pixelOffset, int cols) {
        this.bytes = bytes;
        this.stride = stride;
        this.pixelOffset = pixelOffset;
        this.cols = cols;
    }

    /** multiplane_movie.isxd: 100 x 160 uint16, frames of 5120 + 32000 + 5120 bytes. */
    static RealFrames multiplane() {
        try {
            byte[] all = Files.readAllBytes(RealIsxd.path(RealIsxd.MULTIPLANE));
            return new RealFrames(ByteBuffer.wrap(all).order(ByteOrder.LITTLE_ENDIAN), 42240, 5120, 160);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int uint16(long frame, int r, int c) {
        return bytes.getShort((int) (frame * stride + pixelOffset + 2L * (r * cols + c))) & 0xFFFF;
    }
}
