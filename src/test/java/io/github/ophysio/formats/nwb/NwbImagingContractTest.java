package io.github.ophysio.formats.nwb;

import io.github.ophysio.testing.FixtureContractTest;
import java.util.Map;
import org.junit.jupiter.api.Nested;

/** The imaging contract on NWB series: chunked, (t, x, y, z), timestamps, conversion, rows-first, external .npy. */
class NwbImagingContractTest {

    /** The contract on one fixture of fixtures/nwb opened with its manifest options. */
    abstract static class OnFixture extends FixtureContractTest {
        OnFixture(String name) {
            super("nwb", name, Map.of());
        }
    }

    @Nested
    class ChunkedGzipTwoPhoton extends OnFixture {
        ChunkedGzipTwoPhoton() {
            super("two_photon_chunked_gzip.nwb");
        }
    }

    @Nested
    class VolumeTxyz extends OnFixture {
        VolumeTxyz() {
            super("volume_txyz.nwb");
        }
    }

    @Nested
    class OnePhotonTimestamps extends OnFixture {
        OnePhotonTimestamps() {
            super("one_photon_timestamps.nwb");
        }
    }

    @Nested
    class ConversionOffset extends OnFixture {
        ConversionOffset() {
            super("conversion_offset.nwb");
        }
    }

    @Nested
    class RowsFirstByName extends OnFixture {
        RowsFirstByName() {
            super("two_series_rows_first.nwb");
        }
    }

    @Nested
    class ExternalNpy extends OnFixture {
        ExternalNpy() {
            super("external_npy.nwb");
        }
    }
}
