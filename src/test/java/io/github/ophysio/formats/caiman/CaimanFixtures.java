package io.github.ophysio.formats.caiman;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.ophysio.testing.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The CaImAn fixtures of {@code scripts/fixtures/make_caiman_fixtures.py} and the value rules its
 * docstring states, plus the real files of {@code ../shared/fixtures/real/caiman} (read in place).
 */
final class CaimanFixtures {

    static final String FOLDER = "caiman";
    static final String ACCEPTED = "cnmf_accepted.hdf5";
    static final String NONE = "cnmf_none.hdf5";
    static final String SPARSE_B = "cnmf_sparse_b.hdf5";
    static final int D1 = 13;
    static final int D2 = 17;
    static final int K = 5;
    static final int T = 11;

    static final String REAL_ANALYSIS = "ophys_testing_caiman_analysis/caiman_analysis.hdf5";
    static final String REAL_MMAP = "mmap_2d_testdata/memmap__d1_10_d2_11_d3_1_order_F_frames_12_.mmap";

    private CaimanFixtures() {
    }

    static Path path(String name) {
        return Fixtures.path(FOLDER, name);
    }

    /** Footprint weight of ROI k at (r, c). */
    static float weight(int k, int r, int c) {
        return (float) (k + 1 + (r * 32 + c) / 1024.0);
    }

    /** C, S and F_dff: base + 100 k + t. */
    static float coded(int base, int k, int t) {
        return base + 100 * k + t;
    }

    /** raw = C + YrA = 10000 + 100 k + t + (k + 1) / 8. */
    static float raw(int k, int t) {
        return (float) (10000 + 100 * k + t + (k + 1) / 8.0);
    }

    /** b[p, j] with p = r + c·d1. */
    static float background(int j, int r, int c) {
        return (float) (j + 1 + (r + c * D1) / 1024.0);
    }

    static float backgroundTrace(int j, int t) {
        return -(1000 * (j + 1) + t);
    }

    static float correlation(int r, int c) {
        return (float) (r + c / 100.0);
    }

    /** A real CaImAn file; skips the calling test (with the reason) when it is not there. */
    static Path real(String name) {
        String shared = System.getProperty("ophys.shared", "../shared");
        Path file = Path.of(shared, "fixtures", "real", "caiman").resolve(name).toAbsolutePath().normalize();
        assumeTrue(Files.isRegularFile(file), "real CaImAn file not available (read in place from ../shared): " + file);
        return file;
    }
}
