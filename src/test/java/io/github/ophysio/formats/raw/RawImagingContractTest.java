package io.github.ophysio.formats.raw;

import io.github.ophysio.formats.OpenOptions;
import io.github.ophysio.model.ImagingExtractor;
import io.github.ophysio.testing.FixtureContractTest;
import java.util.Map;
import org.junit.jupiter.api.Nested;

/** The {@link ImagingExtractor} contract on raw binary fixtures: axis orders, offsets, channels, volumes. */
class RawImagingContractTest {

    /** The contract on one fixture of fixtures/raw opened with {@code extra} options. */
    abstract static class OnFixture extends FixtureContractTest {
        OnFixture(String name, Map<String, String> extra) {
            super("raw", name, extra);
        }
    }

    @Nested
    class Defaults extends OnFixture {
        Defaults() {
            super("uint16_defaults.raw", Map.of());
        }
    }

    @Nested
    class BigEndianUnalignedOffset extends OnFixture {
        BigEndianUnalignedOffset() {
            super("int16_be_offset37_tyx.bin", Map.of());
        }
    }

    @Nested
    class PartialFrame extends OnFixture {
        PartialFrame() {
            super("uint16_partial_frame.raw", Map.of());
        }
    }

    @Nested
    class ColumnMajorFrames extends OnFixture {
        ColumnMajorFrames() {
            super("int32_le_txy.raw", Map.of(OpenOptions.FS, "20"));
        }
    }

    @Nested
    class SecondChannelRowsSlowest extends OnFixture {
        SecondChannelRowsSlowest() {
            super("float32_le_ytxc_c2.dat", Map.of(OpenOptions.CHANNEL, "1"));
        }
    }

    @Nested
    class ChannelsFirstAsVolume extends OnFixture {
        ChannelsFirstAsVolume() {
            super("uint8_ctyx_c3.raw", Map.of(OpenOptions.FOURTH_AXIS, OpenOptions.FOURTH_AXIS_PLANES));
        }
    }

    @Nested
    class Uint64BigEndianVolume extends OnFixture {
        Uint64BigEndianVolume() {
            super("uint64_be_tcyx_c2.bin", Map.of(OpenOptions.FOURTH_AXIS, OpenOptions.FOURTH_AXIS_PLANES));
        }
    }

    @Nested
    class BoolSecondChannel extends OnFixture {
        BoolSecondChannel() {
            super("bool_xytc_c2.raw", Map.of(OpenOptions.CHANNEL, "1"));
        }
    }
}
