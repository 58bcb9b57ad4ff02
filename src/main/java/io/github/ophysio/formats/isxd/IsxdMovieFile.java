package io.github.ophysio.formats.isxd;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.github.ophysio.error.CorruptFileException;
import io.github.ophysio.error.UnsupportedFormatException;
import io.github.ophysio.io.ArrayLayout;
import io.github.ophysio.model.PixelType;
import java.nio.ByteOrder;

/**
 * Where a movie's frames lie (isxd.md §3): only valid frames are stored, each rows × cols
 * pixels row-major, optionally between a 5120-byte header and a 5120-byte footer (two sensor
 * lines); payload from byte 0, little-endian.
 */
final class IsxdMovieFile {

    /** Bytes of the frame header, and of the frame footer, when {@code hasFrameHeaderFooter}. */
    static final int HEADER_BYTES = 5120;

    final IsxdFooter footer;
    final int type;
    final PixelType pixelType;
    final int rows;
    final int cols;
    final long fileVersion;
    final boolean headerFooter;
    final IsxdTiming timing;
    /** Bytes from one stored frame (its header, if any) to the next. */
    final long frameStride;

    private IsxdMovieFile(IsxdFooter footer, int type, PixelType pixelType, int[] shape, long fileVersion,
            boolean headerFooter, IsxdTiming timing) {
        this.footer = footer;
        this.type = type;
        this.pixelType = pixelType;
        this.rows = shape[0];
        this.cols = shape[1];
        this.fileVersion = fileVersion;
        this.headerFooter = headerFooter;
        this.timing = timing;
        this.frameStride = (long) rows * cols * pixelType.bytes() + (headerFooter ? 2L * HEADER_BYTES : 0);
    }

    /** The movie described by {@code footer}; refuses other data set types, checks the payload size. */
    static IsxdMovieFile read(IsxdFooter footer) {
        int type = IsxdFileKind.requireMovie(footer);
        PixelType pixelType = pixelType(footer);
        JsonObject json = footer.json();
        long version = json.has("fileVersion") ? IsxdJson.whole(footer, json, "fileVersion") : 0;
        // isxcore honours the flag only from file version 1 on
        boolean headerFooter = version > 0 && IsxdJson.flag(footer, json, "hasFrameHeaderFooter", false);
        IsxdMovieFile movie = new IsxdMovieFile(footer, type, pixelType, shape(footer), version, headerFooter,
                IsxdTiming.read(footer));
        movie.checkPayload();
        return movie;
    }

    private static PixelType pixelType(IsxdFooter footer) {
        JsonElement code = footer.json().get("dataType");
        if (!IsxdJson.isNumber(code)) {
            throw IsxdJson.expected(footer, "dataType", "0 (uint16), 1 (float32) or 2 (uint8)", code);
        }
        switch (IsxdJson.integer(footer, footer.json(), "dataType")) {
            case 0:
                return PixelType.UINT16;
            case 1:
                return PixelType.FLOAT32;
            case 2:
                return PixelType.UINT8;
            case 3:
                throw new UnsupportedFormatException(footer.path(), "Inscopix RGB888 movie (dataType 3): colour "
                        + "movies are not read");
            default:
                throw IsxdJson.expected(footer, "dataType", "0 (uint16), 1 (float32), 2 (uint8) or 3 (rgb888)", code);
        }
    }

    /** (rows, cols) from spacingInfo.numPixels (y rows, x columns). */
    static int[] shape(IsxdFooter footer) {
        JsonObject spacing = IsxdJson.object(footer, footer.json(), "spacingInfo");
        JsonObject pixels = IsxdJson.object(footer, spacing, "numPixels");
        int rows = IsxdJson.integer(footer, pixels, "y");
        int cols = IsxdJson.integer(footer, pixels, "x");
        if (rows <= 0 || cols <= 0) {
            throw IsxdJson.expected(footer, "spacingInfo.numPixels", "x and y of at least 1",
                    "x " + cols + ", y " + rows);
        }
        if ((long) rows * cols > Integer.MAX_VALUE) {
            throw new UnsupportedFormatException(footer.path(), "frames of " + rows + " x " + cols
                    + " pixels (at most " + Integer.MAX_VALUE + " per plane)");
        }
        return new int[] {rows, cols};
    }

    private void checkPayload() {
        long stored = timing.storedFrames();
        long needed;
        try {
            needed = Math.multiplyExact(stored, frameStride);
        } catch (ArithmeticException e) {
            throw new CorruptFileException(footer.path(), "numTimes " + timing.numTimes() + " frames of " + frameStride
                    + " bytes hold more bytes than any file can", e);
        }
        if (needed > footer.payloadEnd()) {
            throw new CorruptFileException(footer.path(), "numTimes " + timing.numTimes() + " (" + stored
                    + " stored) x " + frameStride + "-byte frames need " + needed + " bytes of data before the footer, found "
                    + footer.payloadEnd());
        }
    }

    /** Bytes between the last stored frame and the footer (0 in files isxcore writes). */
    long extraPayloadBytes() {
        return footer.payloadEnd() - timing.storedFrames() * frameStride;
    }

    /** Byte offset of stored frame {@code k} (of its header, when frames have one). */
    long frameStart(long k) {
        return k * frameStride;
    }

    /** The stored frames as a (stored, rows, cols) array: a frame header/footer is an offset and a larger t stride. */
    ArrayLayout storedLayout() {
        long itemBytes = pixelType.bytes();
        long[] sizes = {timing.storedFrames(), rows, cols, 1};
        long[] strides = {frameStride / itemBytes, cols, 1, 1};
        return new ArrayLayout(pixelType, ByteOrder.LITTLE_ENDIAN, headerFooter ? HEADER_BYTES : 0, sizes, strides);
    }
}
