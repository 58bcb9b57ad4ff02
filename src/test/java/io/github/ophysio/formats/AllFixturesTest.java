package io.github.ophysio.formats;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import io.github.ophysio.model.ContractChecks;
import io.github.ophysio.testing.Fixtures;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.function.Executable;

/**
 * Every good fixture of every format, as jhdf's {@code TestAllFilesBase} walks its test files: each one is
 * sniffed to the format its folder names, opened as a recording or a segmentation as its reader's
 * {@code kind()} says, and put through the contract checks ({@link ContractChecks}). Driven by the
 * manifests (whose entries may be folders: zarr stores, Minian output); Suite2p, which has none, by its
 * output folders. {@code bad/} folders are the error tests' job.
 */
class AllFixturesTest {

    /** Folders under fixtures/suite2p that hold no Suite2p output: pickles for the unpickler's tests. */
    private static final Set<String> NOT_SUITE2P_OUTPUT = Set.of("bad", "pickle");
    /**
     * Folders of numpy references for computations over recordings (a .npy recording and its expected
     * results), checked by their own tests against their generator, not format fixtures: summary/ (summary images), traces/ (ROI traces), roitraces/ (the CLI's traces --rois).
     */
    private static final Set<String> COMPUTED = Set.of("summary", "traces", "roitraces");
    /** Fixture folders whose manifest names the format per file (CNMF-E or EXTRACT, both .mat). */
    private static final String FORMAT_PER_FILE = "mat";
    /** Files an NWB fixture refers to (external .npy parts, an external link target), read by their own format. */
    private static final Map<String, String> BY_EXTENSION = Map.of("npy", "npy", "h5", "hdf5");

    private final FormatRegistry registry = FormatRegistry.load();

    /** One fixture: a file or a Suite2p folder, the format it must sniff as, the manifest's options. */
    private record Fixture(String name, Path path, String format, Map<String, String> options) {
    }

    @TestFactory
    Stream<DynamicTest> everyFixtureSniffsAsItsFormatAndKeepsTheContract() throws IOException {
        List<Fixture> all = fixtures();
        assertTrue(all.size() > 120, "fixtures found: " + all.size());
        return all.stream().map(f -> dynamicTest(f.name(), () -> check(f)));
    }

    /**
     * No data folder escapes the walk: every folder outside bad/ has a manifest, is Suite2p output, or lies in
     * a folder a manifest lists (a zarr store, a Minian output folder).
     */
    @Test
    void everyFixtureFolderIsWalked() throws IOException {
        List<String> unwalked = new ArrayList<>();
        List<Path> listedFolders = fixtures().stream().map(Fixture::path).filter(Files::isDirectory).toList();
        try (Stream<Path> walk = Files.walk(Fixtures.root())) {
            walk.filter(Files::isDirectory).filter(d -> !d.equals(Fixtures.root()))
                    .filter(d -> listedFolders.stream().noneMatch(d::startsWith))
                    .filter(d -> !underBad(d) && !isSuite2pOrItsTop(d) && !Files.exists(d.resolve(Fixtures.MANIFEST)))
                    .filter(d -> !COMPUTED.contains(relative(d).split("/")[0]))
                    .filter(d -> !hasSubfolders(d)).forEach(d -> unwalked.add(relative(d)));
        }
        assertEquals(List.of(), unwalked, "fixture folders with no manifest");
    }

    private void check(Fixture f) {
        OpenOptions options = OpenOptions.of(f.options());
        FormatReader reader = registry.readerFor(f.path(), options);
        assertEquals(f.format(), reader.id(), "sniffed format");
        Map<String, Executable> checks = reader.kind(f.path(), options) == DataKind.SEGMENTATION
                ? segmentationChecks(reader, f.path(), options)
                : ContractChecks.imaging(() -> reader.openImaging(f.path(), options));
        assertAll(f.name(), checks.entrySet().stream().map(e -> named(e.getKey(), e.getValue())));
    }

    /**
     * The segmentation checks for every {@code plane=} choice the reader offers (a file of several
     * PlaneSegmentations has no default; a Suite2p folder offers its planes, all and combined), or for the
     * options as given when they pick a plane or the file has one.
     */
    private static Map<String, Executable> segmentationChecks(FormatReader reader, Path path, OpenOptions options) {
        List<String> planes = options.get(OpenOptions.PLANE).isPresent() ? List.of()
                : reader.segmentationPlanes(path, options);
        if (planes.isEmpty()) {
            return ContractChecks.segmentation(() -> reader.openSegmentation(path, options));
        }
        Map<String, Executable> checks = new LinkedHashMap<>();
        for (String plane : planes) {
            OpenOptions picked = options.with(OpenOptions.PLANE, plane);
            ContractChecks.segmentation(() -> reader.openSegmentation(path, picked))
                    .forEach((name, check) -> checks.put("plane=" + plane + " " + name, check));
        }
        return checks;
    }

    /** A check whose failure starts with its name. */
    private static Executable named(String name, Executable check) {
        return () -> {
            try {
                check.execute();
            } catch (Throwable failure) {
                throw new AssertionError(name + ": " + failure, failure);
            }
        };
    }

    private static List<Fixture> fixtures() throws IOException {
        List<Fixture> all = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(Fixtures.root())) {
            for (Path manifest : walk.filter(p -> p.getFileName().toString().equals(Fixtures.MANIFEST)).sorted()
                    .collect(Collectors.toList())) {
                if (!underBad(manifest.getParent())) {
                    all.addAll(listed(relative(manifest.getParent())));
                }
            }
        }
        all.addAll(suite2pFolders());
        return all;
    }

    private static List<Fixture> listed(String folder) {
        return Fixtures.manifest(folder).stream().map(e -> new Fixture(e.toString(), e.path(), expected(folder, e),
                e.options())).collect(Collectors.toList());
    }

    /**
     * The folder's top name is the format id, with two documented exceptions: a .mat file's manifest says
     * whether it is CNMF-E or EXTRACT output, and the files an NWB fixture points to ({@code role}) are read by
     * the format of their extension. (A MATLAB v7.3 movie in hdf5/ is HDF5's, as its folder says.)
     */
    private static String expected(String folder, Fixtures.Entry e) {
        String top = folder.split("/")[0];
        if (top.equals(FORMAT_PER_FILE)) {
            return e.string("format");
        }
        if (e.json().has("role")) {
            String name = e.name();
            return BY_EXTENSION.get(name.substring(name.lastIndexOf('.') + 1));
        }
        return top;
    }

    /** Suite2p output folders and their plane folders, opened as folders. */
    private static List<Fixture> suite2pFolders() throws IOException {
        List<Fixture> all = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(Fixtures.dir("suite2p"), 2)) {
            walk.filter(Files::isDirectory).filter(AllFixturesTest::isSuite2pOutput).sorted()
                    .forEach(d -> all.add(new Fixture(relative(d), d, "suite2p", Map.of())));
        }
        return all;
    }

    private static boolean isSuite2pOutput(Path folder) {
        Path relative = Fixtures.dir("suite2p").relativize(folder);
        return relative.getNameCount() >= 1 && !relative.toString().isEmpty()
                && !NOT_SUITE2P_OUTPUT.contains(relative.getName(0).toString());
    }

    private static boolean isSuite2pOrItsTop(Path folder) {
        return folder.equals(Fixtures.dir("suite2p")) || folder.startsWith(Fixtures.dir("suite2p"))
                && (isSuite2pOutput(folder) || folder.endsWith("pickle"));
    }

    private static boolean hasSubfolders(Path folder) {
        try (Stream<Path> list = Files.list(folder)) {
            return list.anyMatch(Files::isDirectory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean underBad(Path folder) {
        for (Path part : Fixtures.root().relativize(folder)) {
            if (part.toString().equals("bad")) {
                return true;
            }
        }
        return false;
    }

    private static String relative(Path p) {
        return Fixtures.root().relativize(p).toString().replace('\\', '/');
    }
}
