import io.github.ophysio.formats.FormatRegistry;
import io.github.ophysio.formats.OpenOptions;
import io.github.ophysio.model.ImagingExtractor;
import java.nio.file.Path;

/** Opening time of a large chunked dataset (the first open in a JVM, then warm), and its first plane. */
public class OpenBench {

    public static void main(String[] args) {
        FormatRegistry registry = FormatRegistry.load();
        registry.openImaging(Path.of(args[1]), OpenOptions.none()).getPlane(0, 0);
        for (int i = 0; i < 3; i++) {
            long t0 = System.nanoTime();
            ImagingExtractor x = registry.openImaging(Path.of(args[0]), OpenOptions.none());
            long t1 = System.nanoTime();
            x.getPlane(x.getNumSamples() / 2, 0);
            long t2 = System.nanoTime();
            System.out.printf("java open %.1f ms (%d frames of %d x %d), a middle plane %.1f ms%n", (t1 - t0) / 1e6,
                    x.getNumSamples(), x.getImageShape()[0], x.getImageShape()[1], (t2 - t1) / 1e6);
        }
    }
}
