package io.github.ophysio.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every fixture kind, damaged (truncated, bytes flipped, absurd sizes where a header states them),
 * through the CLI in-process: each run ends in time with exit 0, or exit 3 and one line on stderr
 * naming the file. Every escape (exit 1, a hang, several lines, a partial output) is listed at once.
 */
class MutationCliTest {

    private static final Path FIXTURES = Path.of("src", "test", "resources", "fixtures");
    private static final long SECONDS_PER_RUN = 10;
    private static final ExecutorService RUNNER = Executors.newCachedThreadPool(r -> {
        Thread thread = new Thread(r, "mutant-run");
        thread.setDaemon(true);
        return thread;
    });

    /** A fixture file (or folder) and the options that open it; {@code segmentation} picks rois over export. */
    private record Subject(String path, boolean segmentation, String... options) {
    }

    private static final List<Subject> SUBJECTS = List.of(
            new Subject("npy/uint16_le_c_v10_5x7x9.npy", false),
            new Subject("npy/float64_be_f_v30_5x7x9.npy", false),
            new Subject("npy/int32_be_f_v10_5x7x9x3.npy", false, "--fourth-axis", "planes"),
            new Subject("raw/uint16_defaults.raw", false, "--format", "raw", "--rows", "7", "--cols", "9"),
            new Subject("raw/int16_be_offset37_tyx.bin", false, "--format", "raw", "--rows", "7", "--cols", "9",
                    "--dtype", "int16", "--offset", "37", "--byte-order", "big", "--axes", "tyx"),
            new Subject("hdf5/chunked_gzip_shuffle_float32.h5", false),
            new Subject("hdf5/contiguous_uint16_tyx.h5", false),
            new Subject("hdf5/tyxz_float64_be_fletcher.h5", false),
            new Subject("hdf5/matlab_v73_double.mat", false),
            new Subject("nwb/two_photon_chunked_gzip.nwb", false),
            new Subject("nwb/one_photon_timestamps.nwb", false),
            new Subject("nwb/index_series.nwb", false),
            new Subject("nwb/segmentation/pixel_masks.nwb", true),
            new Subject("nwb/segmentation/image_masks.nwb", true),
            new Subject("isxd/movie_u16_5x7x9.isxd", false),
            new Subject("isxd/movie_u16_hf_6x5x7.isxd", false),
            new Subject("isxd/multiplane_u16_hf_13x5x7x3.isxd", false),
            new Subject("isxd/cellsets/cellset_5cells_12x7x10.isxd", true),
            new Subject("caiman/cnmf_accepted.hdf5", true),
            new Subject("caiman/cnmf_sparse_b.hdf5", true),
            new Subject("caiman/mmap/Yr_d1_7_d2_9_d3_1_order_C_frames_5_.mmap", false),
            new Subject("suite2p/suite2p/plane0", true),
            new Subject("suite2p/suite2p_v1/plane0", true),
            new Subject("mat/cnmfe_neuron_v5.mat", true),
            new Subject("mat/cnmfe_neuron_v73_sparse.mat", true),
            new Subject("mat/extract_v5.mat", true),
            new Subject("mat/extract_v73_raw.mat", true));

    @TempDir
    Path dir;

    private final List<String> escapes = new ArrayList<>();
    private int runs;

    @AfterAll
    static void stopRunner() {
        RUNNER.shutdownNow();
    }

    @Test
    void damagedFilesEndInTimeWithExitZeroOrOneLineNamingTheFile() throws IOException {
        long start = System.nanoTime();
        for (Subject subject : SUBJECTS) {
            Path original = FIXTURES.resolve(subject.path());
            if (Files.isDirectory(original)) {
                mutateFolder(subject, original);
            } else {
                mutateFile(subject, original, Files.readAllBytes(original));
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        assertTrue(escapes.isEmpty(), escapes.size() + " of " + runs + " runs escaped (" + seconds + " s):\n"
                + String.join("\n", escapes));
        assertTrue(runs > 500, runs + " runs");
    }

    /** A copy of the folder per mutant of each of its files. */
    private void mutateFolder(Subject subject, Path original) throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(original)) {
            files = list.filter(f -> !f.getFileName().toString().endsWith(".bin")).sorted().toList();
        }
        for (Path file : files) {
            for (Map.Entry<String, byte[]> mutant : Mutants.of(file.getFileName().toString(),
                    Files.readAllBytes(file)).entrySet()) {
                Path copy = Files.createDirectories(dir.resolve("m" + runs).resolve(original.getFileName()));
                copyFolder(original, copy);
                Files.write(copy.resolve(file.getFileName()), mutant.getValue());
                check(subject, copy, subject.path() + "/" + file.getFileName() + " " + mutant.getKey());
            }
        }
    }

    private static void copyFolder(Path from, Path to) throws IOException {
        try (Stream<Path> list = Files.list(from)) {
            for (Path f : list.toList()) {
                Files.copy(f, to.resolve(f.getFileName()));
            }
        }
    }

    private void mutateFile(Subject subject, Path original, byte[] bytes) throws IOException {
        for (Map.Entry<String, byte[]> mutant : Mutants.of(original.getFileName().toString(), bytes).entrySet()) {
            Path copy = Files.createDirectories(dir.resolve("m" + runs)).resolve(original.getFileName());
            Files.write(copy, mutant.getValue());
            check(subject, copy, subject.path() + " " + mutant.getKey());
        }
    }

    /** {@code info}, then {@code rois} or {@code export}, on one mutant. */
    private void check(Subject subject, Path mutant, String name) {
        Path out = mutant.resolveSibling("out." + (subject.segmentation() ? "json" : "npy"));
        run(name + " info", mutant, out, "info", mutant.toString());
        run(name + (subject.segmentation() ? " rois" : " export"), mutant, out,
                subject.segmentation() ? "rois" : "export", mutant.toString(), out.toString());
    }

    private void run(String name, Path mutant, Path out, String... command) {
        runs++;
        List<String> args = new ArrayList<>(List.of(command));
        args.addAll(List.of(subjectOptions(name)));
        StringWriter err = new StringWriter();
        Future<Integer> exit = RUNNER.submit(() -> OphysCli.run(args.toArray(String[]::new),
                new PrintWriter(new StringWriter()), new PrintWriter(err, true)));
        try {
            judge(name, mutant, out, exit.get(SECONDS_PER_RUN, TimeUnit.SECONDS), err.toString());
        } catch (TimeoutException e) {
            exit.cancel(true);
            escapes.add(name + ": no answer in " + SECONDS_PER_RUN + " s");
        } catch (InterruptedException | java.util.concurrent.ExecutionException e) {
            escapes.add(name + ": " + e);
        }
    }

    private String[] subjectOptions(String name) {
        return SUBJECTS.stream().filter(s -> name.startsWith(s.path() + " ") || name.startsWith(s.path() + "/"))
                .findFirst().map(Subject::options).orElse(new String[0]);
    }

    private void judge(String name, Path mutant, Path out, int exit, String err) {
        Path root = mutant.getParent();
        if (System.getProperty("mutants.log") != null) {
            System.out.println("MUT " + name + " exit " + exit + " " + err.strip());
        }
        if (exit == 0) {
            return;
        }
        List<String> lines = err.lines().toList();
        if (exit != 3 || lines.size() != 1 || !lines.get(0).startsWith(root.toString())) {
            escapes.add(name + ": exit " + exit + ", " + lines.size() + " line(s): " + String.join(" | ", lines));
        } else if (Files.exists(out) || Files.exists(out.resolveSibling(out.getFileName() + ".partial"))) {
            escapes.add(name + ": exit 3 left an output file");
        }
    }
}
