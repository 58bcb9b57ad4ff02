import io.github.ophysio.formats.FormatRegistry;
import io.github.ophysio.formats.OpenOptions;
import io.github.ophysio.model.ImagingExtractor;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;

/** Scrolls every frame of a dataset (run with an -Xmx a quarter of its size) and reports the heap after each pass. */
public class HeapBench {

    public static void main(String[] args) {
        ImagingExtractor x = FormatRegistry.load().openImaging(Path.of(args[0]), OpenOptions.none());
        long bytes = (long) x.getNumSamples() * x.getSampleShape().planePixels() * x.getPixelType().bytes();
        System.out.printf("%s: %d MiB of pixels, max heap %d MiB%n", args[0], bytes >> 20,
                Runtime.getRuntime().maxMemory() >> 20);
        for (int pass = 0; pass < 2; pass++) {
            for (int t = 0; t < x.getNumSamples(); t++) {
                x.getPlane(t, 0);
            }
            System.gc();
            Runtime rt = Runtime.getRuntime();
            System.out.printf("pass %d: heap used after GC %d MiB, peak heap %d MiB%n", pass,
                    (rt.totalMemory() - rt.freeMemory()) >> 20, peakHeap() >> 20);
        }
    }

    private static long peakHeap() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }
}
