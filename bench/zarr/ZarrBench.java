import io.github.ophysio.formats.FormatRegistry;
import io.github.ophysio.formats.OpenOptions;
import io.github.ophysio.model.ImagingExtractor;
import java.nio.file.Path;
import java.util.Arrays;

/** Every frame of a zarr movie read in order through the zarr reader (chunk cache, parallel decode); median of 5, wall clock and process CPU time. */
public class ZarrBench {

    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();

    public static void main(String[] args) {
        ImagingExtractor x = FormatRegistry.load().openImaging(Path.of(args[0]), OpenOptions.none());
        short[] dest = new short[x.getSampleShape().rows() * x.getSampleShape().cols()];
        double[] seconds = new double[5];
        double[] cpu = new double[seconds.length];
        long sum = 0;
        for (int rep = 0; rep < seconds.length; rep++) {
            ImagingExtractor fresh = FormatRegistry.load().openImaging(Path.of(args[0]), OpenOptions.none());
            long start = System.nanoTime();
            long cpuStart = OS.getProcessCpuTime();
            for (int t = 0; t < fresh.getNumSamples(); t++) {
                fresh.readPlane(t, 0, dest);
                sum += dest[0];
            }
            seconds[rep] = (System.nanoTime() - start) / 1e9;
            cpu[rep] = (OS.getProcessCpuTime() - cpuStart) / 1e9;
        }
        Arrays.sort(seconds);
        Arrays.sort(cpu);
        System.out.printf("java every frame: %.0f frames/s, %.0f frames per CPU-second (checksum %d)%n",
                x.getNumSamples() / seconds[2], x.getNumSamples() / cpu[2], sum);
    }
}
