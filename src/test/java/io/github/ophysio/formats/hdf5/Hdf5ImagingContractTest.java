package io.github.ophysio.formats.hdf5;

import io.github.ophysio.formats.OpenOptions;
import io.github.ophysio.testing.FixtureContractTest;
import io.github.ophysio.testing.Fixtures;
import java.util.Map;
import org.junit.jupiter.api.Nested;

/** The imaging contract on HDF5 and MATLAB v7.3 fixtures: contiguous, chunked, channels, volumes, user blocks. */
class Hdf5ImagingContractTest {

    /** The contract on one fixture of fixtures/hdf5 opened with its manifest options plus {@code extra}. */
    abstract static class OnFixture extends FixtureContractTest {
        OnFixture(String name, Map<String, String> extra) {
            super("hdf5", name, extra);
        }
    }

    @Nested
    class Contiguous extends OnFixture {
        Contiguous() {
            super("contiguous_uint16_tyx.h5", Map.of());
        }
    }

    @Nested
    class ChunkedGzipShuffle extends OnFixture {
        ChunkedGzipShuffle() {
            super("chunked_gzip_shuffle_float32.h5", Map.of());
        }
    }

    @Nested
    class RoiextractorsMovSecondChannel extends OnFixture {
        RoiextractorsMovSecondChannel() {
            super("roiextractors_mov_ctyx.h5", Map.of());
        }
    }

    @Nested
    class RoiextractorsMovFirstChannel extends OnFixture {
        RoiextractorsMovFirstChannel() {
            super("roiextractors_mov_ctyx.h5", Map.of(OpenOptions.CHANNEL, "0"));
        }
    }

    @Nested
    class NamedLzfDataset extends OnFixture {
        NamedLzfDataset() {
            super("several_candidates.h5", Map.of());
        }
    }

    @Nested
    class ChunkedVolumeTzyx extends OnFixture {
        ChunkedVolumeTzyx() {
            super("volume_tzyx_int32.h5", Map.of());
        }
    }

    @Nested
    class BigEndianFletcherUserBlockVolume extends OnFixture {
        BigEndianFletcherUserBlockVolume() {
            super("tyxz_float64_be_fletcher.h5", Map.of());
        }
    }

    @Nested
    class MatlabV73 extends OnFixture {
        MatlabV73() {
            super("matlab_v73_double.mat", Map.of());
        }
    }

    /** Frames 4 and 5 were never written: their chunks are not stored and read as the fill value. */
    @Nested
    class PartlyWrittenReadsFillValue extends OnFixture {
        private final Fixtures.Entry entry = Fixtures.manifest("hdf5").stream()
                .filter(e -> e.name().equals("partly_written_fill.h5")).findFirst().orElseThrow();

        PartlyWrittenReadsFillValue() {
            super("partly_written_fill.h5", Map.of());
        }

        @Override
        protected double expectedValue(int t, int r, int c, int p) {
            int written = entry.json().get("writtenFrames").getAsInt();
            return t < written ? entry.coding().value((t * 7L + r) * 9 + c) : entry.json().get("fill").getAsDouble();
        }
    }

    /** (C, T, Z, rows, cols), channel 1: coded over the logical (C, T, rows, cols, Z). */
    @Nested
    class Rank5SecondChannel extends OnFixture {
        private final Fixtures.Coding coding = Fixtures.manifest("hdf5").stream()
                .filter(e -> e.name().equals("rank5_ctzyx_uint8.h5")).findFirst().orElseThrow().coding();

        Rank5SecondChannel() {
            super("rank5_ctzyx_uint8.h5", Map.of());
        }

        @Override
        protected double expectedValue(int t, int r, int c, int p) {
            return coding.value(((((1L * 6 + t) * 7 + r) * 9 + c) * 3) + p);
        }
    }
}
