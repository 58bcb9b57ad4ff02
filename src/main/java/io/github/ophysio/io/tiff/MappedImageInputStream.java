package io.github.ophysio.io.tiff;

import java.nio.ByteBuffer;
import javax.imageio.stream.ImageInputStreamImpl;

/** An ImageIO stream over a {@link TiffFile}'s mapped bytes: no file handle, free seeks. */
final class MappedImageInputStream extends ImageInputStreamImpl {

    private static final int CHUNK = 1 << 24;
    private final TiffFile tiff;

    MappedImageInputStream(TiffFile tiff) {
        this.tiff = tiff;
        setByteOrder(tiff.byteOrder());
    }

    @Override
    public int read() {
        if (streamPos >= tiff.size()) {
            return -1;
        }
        bitOffset = 0;
        return tiff.at(streamPos++).get(0) & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) {
        if (streamPos >= tiff.size()) {
            return -1;
        }
        bitOffset = 0;
        int n = (int) Math.min(Math.min(len, CHUNK), tiff.size() - streamPos);
        ByteBuffer src = tiff.at(streamPos);
        src.get(b, off, n);
        streamPos += n;
        return n;
    }

    @Override
    public long length() {
        return tiff.size();
    }
}
