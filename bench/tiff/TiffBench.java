import com.twelvemonkeys.imageio.plugins.tiff.TIFFImageReaderSpi;
import io.github.ophysio.formats.FormatRegistry;
import io.github.ophysio.formats.OpenOptions;
import io.github.ophysio.io.tiff.TiffFile;
import io.github.ophysio.model.ImagingExtractor;
import java.nio.file.Path;
import java.util.Arrays;
import javax.imageio.ImageReader;
import javax.imageio.stream.FileImageInputStream;

/**
 * A ScanImage-like BigTIFF: open time (page index + ScanImage metadata), every frame through the ScanImage
 * reader (direct strip reads: positional reads of IFD and strips; a fresh recording per run, then again on one kept
 * recording, as when scrolling back), and every frame through TwelveMonkeys' TIFF reader (the
 * path compressed pages take) to compare the two on uncompressed data. Medians of 3 (open: of 5).
 */
public class TiffBench {

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        double[] open = new double[5];
        int pages = 0;
        for (int i = 0; i < open.length; i++) {
            long t0 = System.nanoTime();
            ImagingExtractor x = FormatRegistry.load().byId("scanimage").openImaging(file, OpenOptions.none());
            pages = x.getNumSamples();
            open[i] = (System.nanoTime() - t0) / 1e9;
        }
        Arrays.sort(open);
        System.out.printf("java open: %.1f ms (%d pages, regular=%s)%n", open[2] * 1000, pages,
                TiffFile.open(file).isRegular());
        System.out.printf("java direct strips: %.0f frames/s (checksum %d)%n", pages / median(() -> direct(file)),
                direct(file));
        ImagingExtractor kept = FormatRegistry.load().byId("scanimage").openImaging(file, OpenOptions.none());
        every(kept);
        System.out.printf("java again, same recording: %.0f frames/s (checksum %d)%n", pages / median(() -> every(kept)),
                every(kept));
        if (args.length < 2 || !args[1].equals("--no-twelvemonkeys")) {
            System.out.printf("java TwelveMonkeys: %.0f frames/s (checksum %d)%n", pages / median(() -> imageIo(file)),
                    imageIo(file));
        }
    }

    interface Run {
        long run() throws Exception;
    }

    static double median(Run r) throws Exception {
        double[] s = new double[3];
        for (int i = 0; i < s.length; i++) {
            long t0 = System.nanoTime();
            r.run();
            s[i] = (System.nanoTime() - t0) / 1e9;
        }
        Arrays.sort(s);
        return s[1];
    }

    /** A fresh recording each time (page 0's metadata read afresh from a new mapping). */
    static long direct(Path file) {
        return every(FormatRegistry.load().byId("scanimage").openImaging(file, OpenOptions.none()));
    }

    /** Every frame of {@code x} in order. */
    static long every(ImagingExtractor x) {
        short[] dest = new short[x.getSampleShape().planePixels()];
        long sum = 0;
        for (int t = 0; t < x.getNumSamples(); t++) {
            x.readPlane(t, 0, dest);
            sum += dest[0];
        }
        return sum;
    }

    static long imageIo(Path file) throws Exception {
        ImageReader reader = new TIFFImageReaderSpi().createReaderInstance();
        long sum = 0;
        try (FileImageInputStream in = new FileImageInputStream(file.toFile())) {
            reader.setInput(in, false, true);
            int n = reader.getNumImages(true);
            short[] dest = null;
            for (int i = 0; i < n; i++) {
                var raster = reader.read(i).getRaster();
                dest = (short[]) raster.getDataElements(0, 0, raster.getWidth(), raster.getHeight(), dest);
                sum += dest[0];
            }
        }
        reader.dispose();
        return sum;
    }
}
