package io.github.ophysio.formats.zarr;

import io.github.ophysio.testing.FixtureContractTest;
import io.github.ophysio.testing.Fixtures;
import java.util.Map;
import org.junit.jupiter.api.Nested;

/**
 * The imaging contract on the zarr fixtures written by zarr-python: every Blosc codec and shuffle, the
 * plain compressors, C and F order, non-dividing chunks, nested keys, a NaN fill, channels, a Minian movie, consolidated metadata only.
 */
class ZarrImagingContractTest {

    /** The contract on one store of fixtures/zarr opened with its manifest options plus {@code extra}. */
    abstract static class OnFixture extends FixtureContractTest {
        OnFixture(String name) {
            super("zarr", name, Map.of());
        }
    }

    @Nested
    class BloscLz4ByteShuffle extends OnFixture {
        BloscLz4ByteShuffle() {
            super("blosc_lz4_shuffle_uint16.zarr");
        }
    }

    @Nested
    class BloscLz4hcBitShuffle extends OnFixture {
        BloscLz4hcBitShuffle() {
            super("blosc_lz4hc_bitshuffle_float32.zarr");
        }
    }

    @Nested
    class BloscZstdNoShuffle extends OnFixture {
        BloscZstdNoShuffle() {
            super("blosc_zstd_noshuffle_int32.zarr");
        }
    }

    @Nested
    class BloscZlibFortranOrder extends OnFixture {
        BloscZlibFortranOrder() {
            super("blosc_zlib_shuffle_float64_F.zarr");
        }
    }

    @Nested
    class BloscSnappyBitShuffle extends OnFixture {
        BloscSnappyBitShuffle() {
            super("blosc_snappy_bitshuffle_int16.zarr");
        }
    }

    @Nested
    class BloscSmallBlocksAndLeftover extends OnFixture {
        BloscSmallBlocksAndLeftover() {
            super("blosc_lz4_smallblocks_uint16.zarr");
        }
    }

    @Nested
    class BloscSplitStreams extends OnFixture {
        BloscSplitStreams() {
            super("blosc_lz4_split_uint16.zarr");
        }
    }

    @Nested
    class BloscBitShuffleSplitStreams extends OnFixture {
        BloscBitShuffleSplitStreams() {
            super("blosc_lz4_bitshuffle_split_float32.zarr");
        }
    }

    @Nested
    class BloscMemcpy extends OnFixture {
        BloscMemcpy() {
            super("blosc_memcpy_uint8.zarr");
        }
    }

    @Nested
    class ZlibFortranOrder extends OnFixture {
        ZlibFortranOrder() {
            super("zlib_uint8_F.zarr");
        }
    }

    @Nested
    class GzipNestedKeys extends OnFixture {
        GzipNestedKeys() {
            super("gzip_nested_int16.zarr");
        }
    }

    @Nested
    class Zstd extends OnFixture {
        Zstd() {
            super("zstd_uint32.zarr");
        }
    }

    @Nested
    class Lz4 extends OnFixture {
        Lz4() {
            super("lz4_float64.zarr");
        }
    }

    @Nested
    class Uncompressed extends OnFixture {
        Uncompressed() {
            super("uncompressed_int64.zarr");
        }
    }

    @Nested
    class SecondChannel extends OnFixture {
        SecondChannel() {
            super("channels_uint16.zarr");
        }
    }

    @Nested
    class UnnamedDimensions extends OnFixture {
        UnnamedDimensions() {
            super("unnamed_dims_float32.zarr");
        }
    }

    @Nested
    class MinianMovieGroup extends OnFixture {
        MinianMovieGroup() {
            super("session/minian_ds/Y_fm_chk.zarr");
        }
    }

    /** A group left with only its root's consolidated .zmetadata (no .zgroup, .zarray or .zattrs). */
    @Nested
    class ConsolidatedMetadataOnly extends OnFixture {
        ConsolidatedMetadataOnly() {
            super("consolidated_only_int16.zarr");
        }
    }

    /** Frames 4 and 5 were never written: their chunks have no file and read as the NaN fill value. */
    @Nested
    class MissingChunksReadNaN extends OnFixture {
        private final Fixtures.Entry entry = Fixtures.manifest("zarr").stream()
                .filter(e -> e.name().equals("nan_fill_missing_chunks_float32.zarr")).findFirst().orElseThrow();

        MissingChunksReadNaN() {
            super("nan_fill_missing_chunks_float32.zarr");
        }

        @Override
        protected double expectedValue(int t, int r, int c, int p) {
            int written = entry.json().get("writtenFrames").getAsInt();
            return t < written ? entry.coding().value((t * 7L + r) * 9 + c) : Float.NaN;
        }
    }
}
