package io.github.ophysio.formats.suite2p;

import io.github.ophysio.formats.OpenOptions;
import io.github.ophysio.model.SegmentationExtractor;
import io.github.ophysio.model.TraceKind;
import io.github.ophysio.testing.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Paths and position coding of scripts/fixtures/make_suite2p_fixtures.py, and of the real files. */
final class Suite2pFixtures {

    static final int LY = 20;
    static final int LX = 30;
    static final int T = 12;
    static final double FS = 7.5;
    static final int[] YRANGE = {2, 18};
    static final int[] XRANGE = {3, 27};
    static final Map<String, Integer> KIND = Map.of("F", 0, "Fneu", 1, "spks", 2, "F_chan2", 3, "Fneu_chan2", 4);

    private Suite2pFixtures() {
    }

    static Path root() {
        return Fixtures.path("suite2p", "suite2p");
    }

    static Path plane(int plane) {
        return root().resolve("plane" + plane);
    }

    static Path bad(String name) {
        return Fixtures.path("suite2p/bad", name);
    }

    static SegmentationExtractor open(Path path, String... options) {
        OpenOptions opened = OpenOptions.none();
        for (int i = 0; i < options.length; i += 2) {
            opened = opened.with(options[i], options[i + 1]);
        }
        return new Suite2pFormat().openSegmentation(path, opened);
    }

    /** The coded value of a trace file's (roi, t). */
    static float trace(String file, int plane, int roi, int t) {
        return (float) (KIND.get(file) * 10000 + plane * 1000 + roi * 50 + t + 0.5);
    }

    static String fileOf(TraceKind kind, boolean chan2) {
        return switch (kind) {
            case RAW -> chan2 ? "F_chan2" : "F";
            case NEUROPIL -> chan2 ? "Fneu_chan2" : "Fneu";
            case DECONVOLVED -> "spks";
            default -> throw new IllegalArgumentException(kind.toString());
        };
    }

    /** roiextractors' Suite2p fixture, read in place from ../shared (null when absent). */
    static Path real() {
        Path folder = Path.of(System.getProperty("ophys.shared", "../shared"), "fixtures", "real", "suite2p",
                "ophys_testing_data", "suite2p");
        return Files.isDirectory(folder) ? folder : null;
    }
}
