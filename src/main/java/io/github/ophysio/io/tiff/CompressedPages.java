package io.github.ophysio.io.tiff;

import com.twelvemonkeys.imageio.plugins.tiff.TIFFImageReaderSpi;
import io.github.ophysio.error.CorruptFileException;
import java.awt.image.Raster;
import java.io.IOException;
import javax.imageio.ImageReader;

/**
 * Pages that are not plain strips (LZW, deflate, PackBits, tiles), decoded by TwelveMonkeys'
 * TIFF reader over the mapped file. One reader per file, made on first use and kept: it indexes
 * the IFD chain once (no file handle is held; its stream reads mapped memory).
 */
final class CompressedPages {

    private final TiffFile tiff;
    private ImageReader reader;

    CompressedPages(TiffFile tiff) {
        this.tiff = tiff;
    }

    synchronized void read(TiffPage page, Object dest) {
        try {
            Raster raster = reader().read(page.index()).getRaster();
            raster.getDataElements(0, 0, page.width(), page.height(), dest);
        } catch (IOException | RuntimeException e) {
            throw new CorruptFileException(tiff.path(), "TIFF page " + page.index() + " (compression "
                    + PlaneChecks.DECODED.get(page.compression()) + ") cannot be decoded: " + e, e);
        }
    }

    private ImageReader reader() throws IOException {
        if (reader == null) {
            reader = new TIFFImageReaderSpi().createReaderInstance();
            reader.setInput(new MappedImageInputStream(tiff), false, true);
        }
        return reader;
    }

}
