package io.github.ophysio.io.tiff;

import io.github.ophysio.model.PixelType;
import java.lang.reflect.Array;
import java.util.Map;

/** What a page must be before its plane is read. */
final class PlaneChecks {

    /** Compressions TwelveMonkeys decodes for us, by TIFF code. */
    static final Map<Integer, String> DECODED = Map.of(TiffPage.NO_COMPRESSION, "none", 5, "LZW", 8, "deflate",
            32946, "deflate", 32773, "PackBits");

    private PlaneChecks() {
    }

    static void requireDest(TiffPage page, Object dest) {
        PixelType type = page.pixelType();
        if (!type.accepts(dest) || Array.getLength(dest) < (long) page.width() * page.height()) {
            String found = dest == null ? "null" : dest.getClass().getSimpleName() + "[" + Array.getLength(dest) + "]";
            throw new IllegalArgumentException("page " + page.index() + " is " + page.height() + " x " + page.width()
                    + " " + type.numpyName() + "; destination " + found);
        }
    }

    static void requireDecodable(TiffPage page) {
        if (!DECODED.containsKey(page.compression())) {
            throw page.unsupported("compression " + page.compression() + "; readable: none (1), LZW (5), deflate (8,"
                    + " 32946), PackBits (32773)");
        }
    }
}
