import io.github.ophysio.formats.FormatRegistry;
import io.github.ophysio.formats.OpenOptions;
import io.github.ophysio.model.ImagingExtractor;
import java.nio.file.Path;
import java.util.Arrays;

/** Opening time and every-frame plane reads of the bench files, as h5py_reference.py measures them. */
public class Hdf5Bench {

    public static void main(String[] args) {
        FormatRegistry registry = FormatRegistry.load();
        int reps = Integer.parseInt(args[1]);
        registry.openImaging(Path.of(args[2]), OpenOptions.none()).getPlane(0, 0);
        for (String name : new String[] {"chunked_gzip.h5", "contiguous.h5"}) {
            Path file = Path.of(args[0], name);
            long t0 = System.nanoTime();
            ImagingExtractor x = registry.openImaging(file, OpenOptions.none());
            System.out.printf("java open %-21s %8.1f ms%n", name, (System.nanoTime() - t0) / 1e6);
            double[] seconds = new double[reps];
            for (int rep = 0; rep < reps; rep++) {
                ImagingExtractor fresh = registry.openImaging(file, OpenOptions.none());
                long start = System.nanoTime();
                for (int t = 0; t < fresh.getNumSamples(); t++) {
                    fresh.getPlane(t, 0);
                }
                seconds[rep] = (System.nanoTime() - start) / 1e9;
            }
            Arrays.sort(seconds);
            double median = seconds[reps / 2];
            System.out.printf("java %-29s %8.0f frames/s  (median of %d: %.3f s)%n", name + ", every frame",
                    x.getNumSamples() / median, reps, median);
        }
    }
}
