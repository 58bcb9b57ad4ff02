package io.github.ophysio.bench.segmentation;

import io.github.ophysio.fiji.PluginsConfig;
import io.github.ophysio.fiji.command.SegmentationLoader;
import io.github.ophysio.fiji.command.SegmentationRequest;
import io.github.ophysio.fiji.roi.SegmentationRois;
import io.github.ophysio.fiji.stack.Progress;
import io.github.ophysio.fiji.table.TraceTables;
import io.github.ophysio.formats.FormatRegistry;
import io.github.ophysio.formats.OpenOptions;
import io.github.ophysio.model.SegmentationExtractor;
import io.github.ophysio.model.TraceKind;
import ij.IJ;
import ij.ImageJ;
import ij.WindowManager;
import ij.gui.Roi;
import ij.measure.ResultsTable;
import ij.plugin.frame.RoiManager;
import java.awt.EventQueue;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Java side of the segmentation benchmark (run under xvfb-run: a real ROI Manager and Results windows).
 *
 * <pre>
 * load  PLANE_DIR OUT.tsv   first load in this JVM, then (a) open, (b) build + add to the ROI Manager,
 *                           (c) the raw Results table, (d) open + SegmentationLoader.load (raw traces only),
 *                           (f) the macro command, each -Dbench.warmups untimed + -Dbench.reps timed (median)
 * trace PLANE_DIR OUT.tsv ROI SUM   one ROI's raw trace from a file evicted from the page cache beforehand:
 *                           bytes read from storage (/proc/self/io), pages of F.npy mapped (smaps Rss), time;
 *                           then warm: one trace vs every trace
 * </pre>
 */
public final class SegmentationBench {

    private static final int REPS = Integer.getInteger("bench.reps", 3);
    private static final int WARMUPS = Integer.getInteger("bench.warmups", 1);
    private static final SegmentationRequest RAW_ONLY = new SegmentationRequest(false, List.of(TraceKind.RAW), false,
            false);

    private final Path plane;
    private final Path out;
    private final FormatRegistry registry = FormatRegistry.load();

    private SegmentationBench(Path plane, Path out) {
        this.plane = plane;
        this.out = out;
    }

    public static void main(String[] args) throws Exception {
        SegmentationBench bench = new SegmentationBench(Path.of(args[1]), Path.of(args[2]));
        switch (args[0]) {
            case "load" -> bench.load();
            case "trace" -> bench.trace(Integer.parseInt(args[3]), Double.parseDouble(args[4]));
            default -> throw new IllegalArgumentException("mode load | trace, not " + args[0]);
        }
        System.exit(0);
    }

    // ---- load

    private void load() throws Exception {
        ImageJ imageJ = new ImageJ();
        PluginsConfig.install(imageJ);
        RoiManager manager = RoiManager.getRoiManager();
        flushEdt();
        measureFirst(manager);
        reset(manager);
        measureParts(manager);
        measureMacro(manager);
        put("heap_max_mb", Runtime.getRuntime().maxMemory() >> 20);
        put("gc", gcSummary());
        say("GC: %s", gcSummary());
    }

    /** The first load in this JVM: what a user waits for the first time (classes load, JIT is cold). */
    private void measureFirst(RoiManager manager) throws Exception {
        long t0 = System.nanoTime();
        SegmentationExtractor first = open();
        double open = seconds(t0);
        SegmentationLoader.Loaded loaded = SegmentationLoader.load(first, "plane0", RAW_ONLY, manager, imageJProgress());
        flushEdt();
        double total = seconds(t0);
        check(loaded, manager);
        put("first_open", open);
        put("first_load", total - open);
        put("first_total", total);
        say("first load in a fresh JVM: open %.3f s + load %.3f s = %.3f s", open, total - open, total);
    }

    private void measureParts(RoiManager manager) throws Exception {
        List<double[]> rows = new ArrayList<>();
        for (int rep = 0; rep < WARMUPS + REPS; rep++) {
            double[] row = new double[9];
            long t0 = System.nanoTime();
            SegmentationExtractor segmentation = open();
            row[0] = seconds(t0);
            t0 = System.nanoTime();
            List<Roi> rois = SegmentationRois.build(segmentation, Progress.NONE);
            row[1] = seconds(t0);
            t0 = System.nanoTime();
            SegmentationRois.addAll(manager, rois);
            flushEdt();
            row[2] = seconds(t0);
            reset(manager);
            t0 = System.nanoTime();
            ResultsTable table = TraceTables.table(segmentation, TraceKind.RAW);
            firstScreen(table);
            row[3] = seconds(t0);
            table = null;
            reset(manager);
            t0 = System.nanoTime();
            SegmentationExtractor fresh = open();
            row[4] = seconds(t0);
            long t1 = System.nanoTime();
            SegmentationLoader.Loaded loaded = SegmentationLoader.load(fresh, "plane0", RAW_ONLY, manager,
                    imageJProgress());
            flushEdt();
            row[5] = seconds(t1);
            check(loaded, manager);
            row[7] = repaint(TraceKind.RAW, 0);
            row[8] = repaint(TraceKind.RAW, Integer.MAX_VALUE);
            row[6] = usedAfterGcMb();
            loaded = null;
            reset(manager);
            say("%s pass: open %.3f  build %.3f  add %.3f  table %.3f  | open %.3f + load %.3f s  (heap after GC"
                    + " with the load alive: %.0f MiB; repaint %.3f / %.3f s)", rep < WARMUPS ? "warm-up" : "timed",
                    row[0], row[1], row[2], row[3], row[4], row[5], row[6], row[7], row[8]);
            if (rep >= WARMUPS) {
                rows.add(row);
            }
        }
        String[] keys = {"open", "build", "add", "table", "open2", "load", "retained_mb", "repaint_left",
            "repaint_right"};
        for (int k = 0; k < keys.length; k++) {
            final int column = k;
            put(keys[k], median(rows.stream().mapToDouble(r -> r[column]).toArray()));
        }
    }

    private void measureMacro(RoiManager manager) throws Exception {
        String macro = "run(\"Ophys Segmentation...\", \"path=[" + plane + "] traces=raw\");";
        double[] seconds = new double[REPS];
        for (int rep = 0; rep < WARMUPS + REPS; rep++) {
            long t0 = System.nanoTime();
            IJ.runMacro(macro);
            flushEdt();
            double s = seconds(t0);
            if (manager.getCount() != expectedRois()) {
                throw new IllegalStateException("macro added " + manager.getCount() + " ROIs; log: " + IJ.getLog());
            }
            say("%s macro pass (footprints + images shown too): %.3f s", rep < WARMUPS ? "warm-up" : "timed", s);
            if (rep >= WARMUPS) {
                seconds[rep - WARMUPS] = s;
            }
            reset(manager);
        }
        put("macro", median(seconds));
    }

    private SegmentationExtractor open() {
        return registry.openSegmentation(plane, OpenOptions.none());
    }

    private int expectedRois() {
        return registry.openSegmentation(plane, OpenOptions.none()).getNumRois();
    }

    private static void check(SegmentationLoader.Loaded loaded, RoiManager manager) {
        int rois = loaded.segmentation().getNumRois();
        ResultsTable raw = loaded.tables().get(TraceKind.RAW);
        if (manager.getCount() != rois || raw.size() != loaded.segmentation().getNumSamples()
                || raw.getLastColumn() != rois) {
            throw new IllegalStateException("load incomplete: " + manager.getCount() + " ROIs, table " + raw.size()
                    + " x " + raw.getLastColumn());
        }
    }

    /** What the window's first screen needs: 30 rows of the first 10 columns, formatted. */
    private static void firstScreen(ResultsTable table) {
        for (int row = 0; row < 30; row++) {
            for (int column = 0; column < 10; column++) {
                table.getStringValue(column, row);
            }
        }
    }

    /** One paint of the {@code kind} table's window, scrolled to {@code x} pixels (clamped to the last columns). */
    private static double repaint(TraceKind kind, int x) throws Exception {
        ij.text.TextPanel panel = ((ij.text.TextWindow) WindowManager.getWindow(TraceTables.title(kind))).getTextPanel();
        java.awt.Component canvas = null;
        for (java.awt.Component child : panel.getComponents()) {
            canvas = child instanceof java.awt.Canvas ? child : canvas;
        }
        java.lang.reflect.Field scroll = ij.text.TextPanel.class.getDeclaredField("iX");
        java.lang.reflect.Field widths = ij.text.TextPanel.class.getDeclaredField("iColWidth");
        scroll.setAccessible(true);
        widths.setAccessible(true);
        int total = Arrays.stream((int[]) widths.get(panel)).sum();
        scroll.setInt(panel, Math.max(0, Math.min(x, total - canvas.getWidth())));
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(canvas.getWidth(), canvas.getHeight(),
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Component painted = canvas;
        long t0 = System.nanoTime();
        EventQueue.invokeAndWait(() -> painted.paint(image.getGraphics()));
        double seconds = seconds(t0);
        scroll.setInt(panel, 0);
        return seconds;
    }

    /** Heap in use after a full GC, while the caller still holds the load. */
    private static double usedAfterGcMb() {
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        return (runtime.totalMemory() - runtime.freeMemory()) / 1048576.0;
    }

    /** Empties the ROI Manager, closes every window but ImageJ's and the manager, and collects garbage. */
    private static void reset(RoiManager manager) throws Exception {
        manager.reset();
        for (TraceKind kind : TraceKind.values()) {
            java.awt.Window window = WindowManager.getWindow(TraceTables.title(kind));
            if (window != null) {
                window.dispose();
                WindowManager.removeWindow(window);
            }
        }
        for (int id : orEmpty(WindowManager.getIDList())) {
            WindowManager.getImage(id).changes = false;
            WindowManager.getImage(id).close();
        }
        flushEdt();
        System.gc();
    }

    private static int[] orEmpty(int[] ids) {
        return ids == null ? new int[0] : ids;
    }

    /** The plugin's progress (ImageJ's bar, Esc cancels): what a user's load pays for. */
    private static Progress imageJProgress() {
        IJ.resetEscape();
        return new Progress() {
            @Override
            public void show(int done, int total) {
                IJ.showProgress(done, total);
            }

            @Override
            public boolean isCancelled() {
                return IJ.escapePressed();
            }
        };
    }

    // ---- one trace

    private void trace(int roi, double expectedSum) throws IOException {
        SegmentationExtractor segmentation = open();
        int samples = segmentation.getNumSamples();
        long readBefore = ioCounter("read_bytes");
        long rssBefore = mappedRss("F.npy");
        long t0 = System.nanoTime();
        float[] trace = segmentation.getTrace(TraceKind.RAW, roi);
        double cold = seconds(t0);
        long read = ioCounter("read_bytes") - readBefore;
        long rss = mappedRss("F.npy") - rssBefore;
        double sum = 0;
        for (float v : trace) {
            sum += v;
        }
        if (Math.abs(sum - expectedSum) > 1e-6 * Math.abs(expectedSum)) {
            throw new IllegalStateException("ROI " + roi + " trace sum " + sum + ", numpy says " + expectedSum);
        }
        put("trace_bytes", (long) samples * Float.BYTES);
        put("trace_cold", cold);
        put("trace_cold_read_bytes", read);
        put("trace_cold_rss_bytes", rss);
        say("one ROI cold: %.2f ms, %d bytes read from storage, %d bytes of F.npy mapped in (trace = %d bytes)",
                cold * 1e3, read, rss, (long) samples * Float.BYTES);
        put("trace_warm", medianTime(() -> segmentation.getTrace(TraceKind.RAW, roi), 20));
        put("traces_all", medianTime(() -> segmentation.getTraces(TraceKind.RAW), REPS));
        say("one ROI warm %.1f us; every ROI (getTraces) %.3f s", 1e6 * get("trace_warm"), get("traces_all"));
    }

    private final java.util.Map<String, Double> recorded = new java.util.HashMap<>();

    private double get(String key) {
        return recorded.get(key);
    }

    private double medianTime(Supplier<Object> run, int reps) {
        run.get();
        double[] seconds = new double[reps];
        for (int i = 0; i < reps; i++) {
            long t0 = System.nanoTime();
            run.get();
            seconds[i] = seconds(t0);
        }
        return median(seconds);
    }

    private static long ioCounter(String name) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/io"))) {
            if (line.startsWith(name + ":")) {
                return Long.parseLong(line.substring(name.length() + 1).trim());
            }
        }
        throw new IllegalStateException("no " + name + " in /proc/self/io");
    }

    /** Resident bytes of this process's mappings of files named {@code name} (pages touched, plus fault-around). */
    private static long mappedRss(String name) throws IOException {
        long kb = 0;
        boolean inFile = false;
        for (String line : Files.readAllLines(Path.of("/proc/self/smaps"))) {
            if (line.matches("^[0-9a-f]+-[0-9a-f]+ .*")) {
                inFile = line.endsWith("/" + name);
            } else if (inFile && line.startsWith("Rss:")) {
                kb += Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        return kb * 1024;
    }

    // ---- helpers

    private static void flushEdt() throws Exception {
        EventQueue.invokeAndWait(() -> { });
    }

    private static double seconds(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static String gcSummary() {
        StringBuilder text = new StringBuilder();
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            text.append(String.format(Locale.ROOT, "%s%s %d collections %.1f s", text.length() > 0 ? "; " : "",
                    gc.getName(), gc.getCollectionCount(), gc.getCollectionTime() / 1e3));
        }
        return text.toString();
    }

    private void put(String key, double value) throws IOException {
        recorded.put(key, value);
        put(key, Double.toString(value));
    }

    private void put(String key, String value) throws IOException {
        Files.writeString(out, key + "\t" + value + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
    }

    private static void say(String format, Object... args) {
        System.out.println("  " + String.format(Locale.ROOT, format, args));
    }
}
