package io.github.ophysio.formats.isxd;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** The Inscopix files of {@code ../shared/fixtures/real/isxd}, read in place; tests skip when absent. */
final class RealIsxd {

    static final String MOVIE_U8 = "ophys_testing_movie_u8/movie_u8.isxd";
    static final String MOVIE_PART3 = "movie_part3/movie_part3.isxd";
    static final String MULTIPLANE = "ophys_testing_multiplane_movie/multiplane_movie.isxd";
    static final String CELL_SET = "cellset_mixed_status/cellset_accepted_undecided_and_rejected_cells.isxd";
    static final String EMPTY_CELL_SET = "ophys_testing_empty_cellset/empty_cellset.isxd";
    static final String EVENT_SET = "eventset_IM13_s1_subset/IM13_session1_2024-10-07_eventset_10cells-10s-subset.isxd";

    private RealIsxd() {
    }

    /** The real file {@code name}; skips the calling test (with the reason) when it is not there. */
    static Path path(String name) {
        String shared = System.getProperty("ophys.shared", "../shared");
        Path file = Path.of(shared, "fixtures", "real", "isxd").resolve(name).toAbsolutePath().normalize();
        assumeTrue(Files.isRegularFile(file), "real Inscopix file not available (read in place from ../shared): " + file);
        return file;
    }
}
