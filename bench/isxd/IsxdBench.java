import io.github.ophysio.formats.FormatRegistry;
import io.github.ophysio.formats.OpenOptions;
import io.github.ophysio.model.ImagingExtractor;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;

/** Opening time (after a warm-up open of a small file) and plane reads of a 512 x 512 uint16 .isxd, as numpy_isxd.py measures them. */
public class IsxdBench {

    public static void main(String[] args) {
        FormatRegistry registry = FormatRegistry.load();
        registry.openImaging(Path.of(args[1]), OpenOptions.none());
        long t0 = System.nanoTime();
        ImagingExtractor x = registry.openImaging(Path.of(args[0]), OpenOptions.none());
        System.out.printf("java open: %.2f ms (%d frames)%n", (System.nanoTime() - t0) / 1e6, x.getNumSamples());
        int[] random = new Random(1).ints(2000, 0, x.getNumSamples()).toArray();
        int[] sequential = new int[x.getNumSamples()];
        Arrays.setAll(sequential, i -> i);
        report("sequential", x, sequential);
        report("random", x, random);
    }

    private static void report(String name, ImagingExtractor x, int[] order) {
        short[] dest = new short[512 * 512];
        double[] seconds = new double[5];
        long sum = 0;
        for (int rep = 0; rep < seconds.length; rep++) {
            long start = System.nanoTime();
            for (int t : order) {
                x.readPlane(t, 0, dest);
                sum += dest[0];
            }
            seconds[rep] = (System.nanoTime() - start) / 1e9;
        }
        Arrays.sort(seconds);
        System.out.printf("java %s: %.0f planes/s (checksum %d)%n", name, order.length / seconds[2], sum);
    }
}
