package io.github.ophysio.bench;

import io.github.ophysio.fiji.command.RecordingOpener;
import io.github.ophysio.fiji.stack.OphysVirtualStack;
import io.github.ophysio.fiji.stack.Progress;
import io.github.ophysio.formats.FormatRegistry;
import io.github.ophysio.formats.OpenOptions;
import io.github.ophysio.io.NpyHeader;
import io.github.ophysio.lazy.LazyRecording;
import io.github.ophysio.lazy.PlaneCache;
import io.github.ophysio.model.ImagingExtractor;
import ij.IJ;
import ij.ImagePlus;
import ij.ImageStack;
import ij.WindowManager;
import ij.io.FileInfo;
import ij.macro.Interpreter;
import ij.plugin.FileInfoVirtualStack;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The Java side of the Ophys IO benchmark. One JVM per mode, so that class loading, heap size and
 * the shared plane cache of one measurement never leak into another:
 *
 * <pre>
 *   open       FILE KEY OUT.tsv         first open in this fresh JVM, then the median of warm opens
 *   seq NAME FILE OUT.tsv               one sequential measurement (see SEQUENTIAL)
 *   random NAME FILE INDICES OUT.tsv    one random-access measurement (see RANDOM)
 *   check FILE                          the main classes load and open FILE (a smoke test)
 *   memory     FILE OUT.tsv             end-to-end scroll; heap sampled every 64 planes
 * </pre>
 *
 * Every timed pass comes after {@code -Dbench.warmups} (default 2) untimed passes (page cache, JIT
 * and heap sizing settled); the value kept is the median of {@code -Dbench.reps} (default 5) passes.
 */
public final class Bench {

    static final String MACRO = "setBatchMode(true); for (i=1; i<=nSlices; i++) setSlice(i);";

    private static final int REPS = Integer.getInteger("bench.reps", 5);
    private static final int WARMUPS = Integer.getInteger("bench.warmups", 2);
    private static long sink;

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("java.awt.headless", "true");
        switch (args[0]) {
            case "open" -> open(Path.of(args[1]), args[2], new Results(Path.of(args[3])));
            case "seq" -> throughput(Path.of(args[2]), null, "seq", args[1], new Results(Path.of(args[3])));
            case "random" -> throughput(Path.of(args[2]), Path.of(args[3]), "random", args[1],
                    new Results(Path.of(args[4])));
            case "check" -> check(Path.of(args[1]));
            case "memory" -> MemoryBench.memory(Path.of(args[1]), new Results(Path.of(args[2])));
            default -> throw new IllegalArgumentException("unknown mode " + args[0]);
        }
        if (sink == 42) {
            System.out.println("(sink)");
        }
        System.exit(0);
    }

    // ---------------------------------------------------------------- 1. opening

    static ImagePlus openVirtual(Path path) {
        return new RecordingOpener(FormatRegistry.load()).open(path, OpenOptions.none(), true, Progress.NONE);
    }

    private static void open(Path path, String key, Results results) {
        boolean imagejLoaded = Boolean.getBoolean("bench.imagej.loaded");
        if (imagejLoaded) {
            // Emulate a running ImageJ: its own classes loaded and used once, the plugin's not.
            ImagePlus warm = new ImagePlus("warm-up", new ij.process.ShortProcessor(64, 64));
            WindowManager.setTempCurrentImage(warm);
            IJ.runMacro("setBatchMode(true); x = getWidth();");
            warm.getStatistics();
            WindowManager.setTempCurrentImage(null);
            key += ".ijloaded";
        }
        long t0 = System.nanoTime();
        ImagePlus first = openVirtual(path);
        WindowManager.setTempCurrentImage(first);
        double cold = (System.nanoTime() - t0) / 1e6;
        release(first);
        int reps = Math.max(REPS, 20);
        double[] warm = Results.time(2, reps, () -> {
            ImagePlus imp = openVirtual(path);
            WindowManager.setTempCurrentImage(imp);
            release(imp);
        });
        double warmMs = Results.median(warm) * 1e3;
        System.out.println(Results.fmt("  java open %s: first open in a fresh JVM%s %.1f ms, then median %.2f ms"
                + " (%d x %d x %d slices)", path.getFileName(), imagejLoaded ? " with ImageJ already loaded" : "",
                cold, warmMs, first.getWidth(), first.getHeight(), first.getStackSize()));
        results.put("open." + key + ".cold.ms", cold);
        results.put("open." + key + ".warm.ms", warmMs);
    }

    private static void check(Path path) {
        ImagePlus imp = openVirtual(path);
        if (!(imp.getStack() instanceof OphysVirtualStack) || imp.getStackSize() < 1) {
            throw new IllegalStateException("not an Ophys virtual stack: " + imp);
        }
        System.out.println("  check: " + path.getFileName() + " opens as " + imp.getWidth() + " x " + imp.getHeight()
                + " x " + imp.getStackSize());
    }

    private static void release(ImagePlus imp) {
        if (imp.getStack() instanceof OphysVirtualStack s) {
            s.release();
        }
        WindowManager.setTempCurrentImage(null);
    }

    // ---------------------------------------------------------------- 2./3. throughput

    /** The sequential measurements, by name; each runs in its own JVM (see run.sh). */
    static final List<String> SEQUENTIAL = List.of("readPlane_reused", "getPlane_fresh", "lazy_plane", "getProcessor",
            "macro", "getProcessor_hits", "ij_raw_getProcessor", "ij_raw_macro");
    /** The random-access measurements, by name. */
    static final List<String> RANDOM = List.of("getProcessor", "macro", "ij_raw_getProcessor");

    private static void throughput(Path path, Path indicesFile, String kind, String name, Results results)
            throws IOException {
        ImagePlus imp = openVirtual(path);
        OphysVirtualStack stack = (OphysVirtualStack) imp.getStack();
        int n = stack.getSize();
        int w = stack.getWidth();
        int h = stack.getHeight();
        long planeBytes = (long) w * h * 2;
        long total = n * planeBytes;
        long budget = PlaneCache.shared().budgetBytes();
        results.put("meta.java", Runtime.version().toString());
        results.put("meta.xmx.mb", Runtime.getRuntime().maxMemory() >> 20);
        results.put("meta.cache.mb", budget >> 20);
        results.put("meta.warmups", WARMUPS);
        results.put("meta.reps", REPS);
        ImagingExtractor source = FormatRegistry.load().openImaging(path, OpenOptions.none());

        if (kind.equals("random")) {
            int[] indices = Files.readAllLines(indicesFile).stream().map(String::trim).filter(s -> !s.isEmpty())
                    .mapToInt(Integer::parseInt).toArray();
            long bytes = indices.length * planeBytes;
            ImageStack target = switch (name) {
                case "getProcessor", "macro" -> stack;
                case "ij_raw_getProcessor" -> rawStack(path, w, h, n);
                default -> throw new IllegalArgumentException("unknown random measurement " + name);
            };
            String tag = System.getProperty("bench.tag", "");
            String label = "random " + name + " x" + indices.length + (tag.isEmpty() ? "" : " [" + tag + "]");
            String jumps = randomMacro(indices);
            random(results, "random." + name + tag, label, bytes, indices.length, () -> {
                if (target instanceof OphysVirtualStack s) {
                    s.release(); // every pass starts with an empty plane cache
                }
                if (name.equals("macro")) {
                    runMacro(imp, jumps);
                    return;
                }
                for (int t : indices) {
                    sink += target.getProcessor(t + 1).get(0);
                }
            });
            gcReport(results, "random." + name + tag);
            return;
        }

        Runnable pass;
        String label;
        switch (name) {
            case "readPlane_reused" -> {
                short[] reused = new short[w * h];
                label = "ImagingExtractor.readPlane -> reused short[]";
                pass = () -> {
                    for (int t = 0; t < n; t++) {
                        source.readPlane(t, 0, reused);
                        sink += reused[0];
                    }
                };
            }
            case "getPlane_fresh" -> {
                label = "ImagingExtractor.getPlane (fresh array, no cache)";
                pass = () -> {
                    for (int t = 0; t < n; t++) {
                        sink += ((short[]) source.getPlane(t, 0))[0];
                    }
                };
            }
            case "lazy_plane" -> {
                LazyRecording lazy = LazyRecording.of(source);
                label = "LazyRecording.plane (every plane a cache miss)";
                pass = () -> {
                    lazy.release();
                    for (int t = 0; t < n; t++) {
                        sink += ((short[]) lazy.plane(t, 0))[0];
                    }
                };
            }
            case "getProcessor" -> {
                label = "OphysVirtualStack.getProcessor loop";
                pass = () -> {
                    stack.release();
                    for (int i = 1; i <= n; i++) {
                        sink += stack.getProcessor(i).get(0);
                    }
                };
            }
            case "macro" -> {
                label = "macro setSlice loop (OphysVirtualStack)";
                pass = () -> {
                    stack.release();
                    runMacro(imp);
                };
            }
            case "getProcessor_hits" -> {
                // A stack over a recording whose planes are put in the cache first (through the
                // ImgLib2 path), so that every getProcessor is a hit: the copy handed out alone.
                int hot = (int) Math.max(1, Math.min(n, budget / planeBytes / 2));
                LazyRecording cached = LazyRecording.of(source);
                for (int t = 0; t < hot; t++) {
                    cached.plane(t, 0);
                }
                OphysVirtualStack hits = new OphysVirtualStack(List.of(cached));
                label = "getProcessor, all cache hits (" + hot + " planes cycled)";
                pass = () -> {
                    for (int k = 0; k < n; k++) {
                        sink += hits.getProcessor(1 + k % hot).get(0);
                    }
                };
            }
            case "ij_raw_getProcessor" -> {
                FileInfoVirtualStack raw = rawStack(path, w, h, n);
                label = "ImageJ FileInfoVirtualStack getProcessor";
                pass = () -> {
                    for (int i = 1; i <= n; i++) {
                        sink += raw.getProcessor(i).get(0);
                    }
                };
            }
            case "ij_raw_macro" -> {
                ImagePlus rawImp = new ImagePlus("raw", rawStack(path, w, h, n));
                label = "ImageJ FileInfoVirtualStack macro setSlice loop";
                pass = () -> runMacro(rawImp);
            }
            default -> throw new IllegalArgumentException("unknown sequential measurement " + name);
        }
        String tag = System.getProperty("bench.tag", "");
        if (!tag.isEmpty()) {
            label += " [" + tag + "]";
        }
        seq(results, "seq." + name + tag, label, total, pass);
        gcReport(results, "seq." + name + tag);
    }

    private static void seq(Results results, String key, String label, long bytes, Runnable pass) {
        double[] s = Results.time(WARMUPS, REPS, pass);
        double gbps = bytes / Results.median(s) / 1e9;
        StringBuilder runs = new StringBuilder();
        for (double x : s) {
            runs.append(runs.length() == 0 ? "" : ", ").append(Results.fmt("%.2f", bytes / x / 1e9));
        }
        System.out.println(Results.fmt("  %-62s %6.2f GB/s  (runs: %s)", label + ":", gbps, runs));
        results.put(key + ".gbps", gbps);
    }

    private static void random(Results results, String key, String label, long bytes, int planes, Runnable pass) {
        double[] s = Results.time(WARMUPS, REPS, pass);
        double med = Results.median(s);
        System.out.println(Results.fmt("  %-62s %6.2f GB/s  %.0f us/plane", label + ":", bytes / med / 1e9,
                med / planes * 1e6));
        results.put(key + ".gbps", bytes / med / 1e9);
        results.put(key + ".us_per_plane", med / planes * 1e6);
    }

    /** The user's batch loop, run by ImageJ's macro interpreter on {@code imp} as the current image. */
    static void runMacro(ImagePlus imp) {
        runMacro(imp, MACRO);
        if (imp.getCurrentSlice() != imp.getStackSize()) {
            throw new IllegalStateException("macro stopped at slice " + imp.getCurrentSlice());
        }
    }

    static void runMacro(ImagePlus imp, String macro) {
        WindowManager.setTempCurrentImage(imp);
        Interpreter.addBatchModeImage(imp);
        String result = IJ.runMacro(macro);
        if ("[aborted]".equals(result)) {
            throw new IllegalStateException("macro aborted");
        }
        sink += imp.getProcessor().get(0);
    }

    /** A batch-mode macro jumping to each of {@code indices} (0-based) with setSlice, as a user's job would. */
    static String randomMacro(int[] indices) {
        StringBuilder list = new StringBuilder();
        for (int t : indices) {
            list.append(list.length() == 0 ? "" : ",").append(t + 1);
        }
        return "setBatchMode(true); jumps = newArray(" + list + "); for (i=0; i<jumps.length; i++) setSlice(jumps[i]);";
    }

    /** ImageJ's File > Import > Raw... virtual stack over the .npy data (16-bit unsigned, little-endian). */
    static FileInfoVirtualStack rawStack(Path path, int width, int height, int planes) {
        long offset = NpyHeader.read(path).dataOffset();
        long planeBytes = (long) width * height * 2;
        FileInfo[] infos = new FileInfo[planes];
        Path abs = path.toAbsolutePath();
        for (int i = 0; i < planes; i++) {
            FileInfo fi = new FileInfo();
            fi.fileFormat = FileInfo.RAW;
            fi.fileType = FileInfo.GRAY16_UNSIGNED;
            fi.width = width;
            fi.height = height;
            fi.nImages = 1;
            fi.intelByteOrder = true;
            fi.directory = abs.getParent().toString() + "/";
            fi.fileName = abs.getFileName().toString();
            fi.longOffset = offset + i * planeBytes;
            infos[i] = fi;
        }
        return new FileInfoVirtualStack(infos);
    }

    static void gcReport(Results results, String phase) {
        List<GarbageCollectorMXBean> gcs = ManagementFactory.getGarbageCollectorMXBeans();
        StringBuilder text = new StringBuilder();
        for (GarbageCollectorMXBean gc : gcs) {
            text.append(Results.fmt("%s%s: %d collections, %.1f s", text.length() == 0 ? "" : "; ", gc.getName(),
                    gc.getCollectionCount(), gc.getCollectionTime() / 1e3));
        }
        Runtime rt = Runtime.getRuntime();
        text.append(Results.fmt("; heap committed at the end %d MiB", rt.totalMemory() >> 20));
        System.out.println("  GC during " + phase + ": " + text);
        results.put("gc." + phase, text.toString().replace('\t', ' '));
    }
}
