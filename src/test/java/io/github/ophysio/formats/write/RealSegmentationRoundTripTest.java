package io.github.ophysio.formats.write;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The real third-party segmentations of {@code ../shared/fixtures/real} (read in place; skipped when
 * absent) written in every layout and read back equal, as {@link SegmentationRoundTripTest} checks its own.
 */
class RealSegmentationRoundTripTest {

    private static final Path REAL = Path.of(System.getProperty("ophys.shared", "../shared"), "fixtures", "real");

    static Stream<Arguments> cases() {
        List<String> sources = List.of("suite2p/ophys_testing_data/suite2p/plane0",
                "caiman/ophys_testing_caiman_analysis/caiman_analysis.hdf5",
                "isxd/cellset_mixed_status/cellset_accepted_undecided_and_rejected_cells.isxd",
                "matlab/extract_public_output/extract_public_output.mat", "nwb/ophys_testing_nwb_test/nwb_test.nwb",
                "minian/ophys_testing_data/segmented_data_3units_100frames");
        List<Arguments> cases = new ArrayList<>();
        for (String source : sources) {
            for (String layout : List.of("suite2p", "caiman", "npy")) {
                cases.add(Arguments.of(source, layout));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("cases")
    void comesBackEqual(String source, String layout, @TempDir Path dir) throws Exception {
        Path file = REAL.resolve(source);
        assumeTrue(Files.exists(file), file + " is absent (third-party test data, not shipped)");
        SegmentationRoundTripTest.assertRoundTrip(file, layout, dir);
    }
}
