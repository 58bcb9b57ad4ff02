package io.github.ophysio.io.tiff;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.twelvemonkeys.imageio.plugins.tiff.TIFFImageWriterSpi;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferUShort;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.IIOImage;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.FileImageOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** LZW, deflate and PackBits pages, written by TwelveMonkeys' writer and read back through the page reader. */
class CompressedPagesTest {

    @TempDir
    Path dir;

    @Test
    void lzwDeflateAndPackBitsPagesDecode() throws IOException {
        for (String[] c : new String[][] {{"LZW", "5"}, {"ZLib", "8"}, {"Deflate", "32946"}, {"PackBits", "32773"}}) {
            Path p = dir.resolve(c[0] + ".tif");
            short[] values = write(p, c[0], 5, 7);
            TiffFile t = TiffFile.open(p);
            assertEquals(Integer.parseInt(c[1]), t.page(0).compression(), c[0]);
            assertArrayEquals(values, (short[]) t.readPage(0), c[0]);
        }
    }

    /** A rows × cols uint16 page whose value at (r, c) is r·100 + c·3 + 1 (runs for PackBits, codes for LZW). */
    private static short[] write(Path p, String compression, int rows, int cols) throws IOException {
        BufferedImage image = new BufferedImage(cols, rows, BufferedImage.TYPE_USHORT_GRAY);
        short[] data = ((DataBufferUShort) image.getRaster().getDataBuffer()).getData();
        for (int i = 0; i < data.length; i++) {
            data[i] = (short) (i / cols * 100 + i % cols / 3 + 1);
        }
        ImageWriter writer = new TIFFImageWriterSpi().createWriterInstance();
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionType(compression);
        try (FileImageOutputStream out = new FileImageOutputStream(p.toFile())) {
            writer.setOutput(out);
            writer.write(null, new IIOImage(image, null, null), param);
        }
        writer.dispose();
        return data.clone();
    }
}
