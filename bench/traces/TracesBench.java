package io.github.ophysio.bench.traces;

import io.github.ophysio.formats.FormatRegistry;
import io.github.ophysio.formats.OpenOptions;
import io.github.ophysio.io.NpyWriter;
import io.github.ophysio.model.ImagingExtractor;
import io.github.ophysio.model.SegmentationExtractor;
import io.github.ophysio.model.TraceKind;
import io.github.ophysio.traces.ExtractedTraces;
import io.github.ophysio.traces.RoiFootprint;
import io.github.ophysio.traces.TraceExtraction;
import io.github.ophysio.traces.TraceOptions;
import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * In-process phases of {@code traces MOVIE OUT --rois PLANE}, repeated in one JVM (JIT warm): wall and process
 * CPU seconds of opening, reading the footprints, the pass, and writing the float64 .npy (as the CLI does).
 * usage: TracesBench MOVIE.npy PLANE_DIR OUT.npy REPS
 */
public final class TracesBench {

    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private long wall;
    private long cpu;
    private long firstWall;
    private long firstCpu;

    private TracesBench() {
    }

    public static void main(String[] args) throws Exception {
        FormatRegistry registry = FormatRegistry.load();
        for (int rep = 0; rep < Integer.parseInt(args[3]); rep++) {
            TracesBench clock = new TracesBench();
            clock.start();
            ImagingExtractor movie = registry.openImaging(Path.of(args[0]), OpenOptions.of(Map.of()));
            SegmentationExtractor plane = registry.openSegmentation(Path.of(args[1]), OpenOptions.of(Map.of()));
            List<RoiFootprint> rois = new ArrayList<>();
            for (int k = 0; k < plane.getNumRois(); k++) {
                rois.add(new RoiFootprint(String.valueOf(k), 0, plane.getPixelMask(k)));
            }
            String open = clock.lap();
            try (ExtractedTraces traces = TraceExtraction.of(movie, rois, TraceOptions.rawOnly()).exact(true)
                    .threads(Integer.getInteger("bench.threads", Runtime.getRuntime().availableProcessors())).run()) {
                String pass = clock.lap();
                try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(Path.of(args[2])), 1 << 20)) {
                    out.write(NpyWriter.header("<f8", new long[] {traces.samples(), traces.rois()}));
                    traces.writeDoubles(TraceKind.RAW, out);
                }
                System.out.println("round " + rep + ": open + footprints " + open + ", pass " + pass + ", write "
                        + clock.lap() + ", total " + clock.total());
            }
        }
    }

    private void start() {
        wall = System.nanoTime();
        cpu = OS.getProcessCpuTime();
        firstWall = wall;
        firstCpu = cpu;
    }

    /** "wall s (cpu s)" since the start. */
    private String total() {
        return String.format("%.3f s (cpu %.3f s)", (wall - firstWall) / 1e9, (cpu - firstCpu) / 1e9);
    }

    /** "wall s (cpu s)" since the last lap. */
    private String lap() {
        long w = System.nanoTime();
        long c = OS.getProcessCpuTime();
        String text = String.format("%.3f s (cpu %.3f s)", (w - wall) / 1e9, (c - cpu) / 1e9);
        wall = w;
        cpu = c;
        return text;
    }
}
