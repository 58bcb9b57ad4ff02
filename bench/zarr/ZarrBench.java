import io.github.ophysio.formats.FormatRegistry;
import io.github.ophysio.formats.OpenOptions;
import io.github.ophysio.model.ImagingExtractor;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Every frame of a zarr movie read in order through the zarr reader (chunk cache, decode on both cores, the next
 * chunk row decoded ahead), from a fresh open each pass. The first pass runs in a cold JVM (the JIT compiles the
 * decoders while it runs) and is printed alone; after 3 more warm-up passes, the median of 5 measured passes, wall
 * clock and process CPU time, as a viewer scrolling a long recording sees it.
 */
public class ZarrBench {

    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();

    public static void main(String[] args) {
        ImagingExtractor x = FormatRegistry.load().openImaging(Path.of(args[0]), OpenOptions.none());
        short[] dest = new short[x.getSampleShape().rows() * x.getSampleShape().cols()];
        double[] seconds = new double[5];
        double[] cpu = new double[seconds.length];
        long sum = 0;
        for (int warmup = 0; warmup < 4; warmup++) {
            ImagingExtractor fresh = open(args[0]);
            long start = System.nanoTime();
            sum += everyFrame(fresh, dest);
            if (warmup == 0) {
                System.out.printf("java first pass, cold JVM: %.0f frames/s%n", x.getNumSamples() * 1e9
                        / (System.nanoTime() - start));
            }
        }
        for (int rep = 0; rep < seconds.length; rep++) {
            ImagingExtractor fresh = open(args[0]);
            long start = System.nanoTime();
            long cpuStart = OS.getProcessCpuTime();
            sum += everyFrame(fresh, dest);
            seconds[rep] = (System.nanoTime() - start) / 1e9;
            cpu[rep] = (OS.getProcessCpuTime() - cpuStart) / 1e9;
        }
        Arrays.sort(seconds);
        Arrays.sort(cpu);
        System.out.printf("java every frame: %.0f frames/s, %.0f frames per CPU-second (checksum %d)%n",
                x.getNumSamples() / seconds[2], x.getNumSamples() / cpu[2], sum);
    }

    /** The store opened afresh: an empty chunk cache. */
    private static ImagingExtractor open(String store) {
        return FormatRegistry.load().openImaging(Path.of(store), OpenOptions.none());
    }

    /** Reads every frame in order; a checksum of the frames. */
    private static long everyFrame(ImagingExtractor fresh, short[] dest) {
        long sum = 0;
        for (int t = 0; t < fresh.getNumSamples(); t++) {
            fresh.readPlane(t, 0, dest);
            sum += dest[0];
        }
        return sum;
    }
}
