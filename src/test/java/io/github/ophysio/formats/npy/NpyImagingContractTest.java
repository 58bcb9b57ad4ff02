package io.github.ophysio.formats.npy;

import io.github.ophysio.formats.OpenOptions;
import io.github.ophysio.model.ImagingExtractor;
import io.github.ophysio.testing.FixtureContractTest;
import java.util.Map;
import org.junit.jupiter.api.Nested;

/** The {@link ImagingExtractor} contract on .npy fixtures: orders, byte orders, versions, channels, volumes. */
class NpyImagingContractTest {

    /** The contract on one fixture of fixtures/npy opened with {@code extra} options. */
    abstract static class OnFixture extends FixtureContractTest {
        OnFixture(String name, Map<String, String> extra) {
            super("npy", name, extra);
        }
    }

    @Nested
    class Uint16COrder extends OnFixture {
        Uint16COrder() {
            super("uint16_le_c_v10_5x7x9.npy", Map.of());
        }
    }

    @Nested
    class Float64BigEndianFortranVersion2 extends OnFixture {
        Float64BigEndianFortranVersion2() {
            super("float64_be_f_v20_5x7x9.npy", Map.of());
        }
    }

    @Nested
    class Uint64UpperHalf extends OnFixture {
        Uint64UpperHalf() {
            super("uint64_le_c_v10_5x7x9.npy", Map.of());
        }
    }

    @Nested
    class Bool extends OnFixture {
        Bool() {
            super("bool_na_c_v10_5x7x9.npy", Map.of());
        }
    }

    @Nested
    class HandwrittenHeader extends OnFixture {
        HandwrittenHeader() {
            super("int16_le_c_v10_handwritten_py2_longs.npy", Map.of());
        }
    }

    @Nested
    class ThirdChannelOfFourDimensional extends OnFixture {
        ThirdChannelOfFourDimensional() {
            super("float32_be_c_v10_5x7x9x3.npy", Map.of(OpenOptions.CHANNEL, "2"));
        }
    }

    @Nested
    class FortranVolume extends OnFixture {
        FortranVolume() {
            super("int32_be_f_v10_5x7x9x3.npy", Map.of(OpenOptions.FOURTH_AXIS, OpenOptions.FOURTH_AXIS_PLANES));
        }
    }

    @Nested
    class Int8VolumeVersion2 extends OnFixture {
        Int8VolumeVersion2() {
            super("int8_na_c_v20_5x7x9x3.npy", Map.of(OpenOptions.FOURTH_AXIS, OpenOptions.FOURTH_AXIS_PLANES));
        }
    }
}
