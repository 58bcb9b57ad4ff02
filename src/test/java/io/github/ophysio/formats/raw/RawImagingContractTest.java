package io.github.ophysio.formats.raw;

import io.github.ophysio.formats.FormatRegistry;
import io.github.ophysio.formats.OpenOptions;
import io.github.ophysio.model.ImagingExtractor;
import io.github.ophysio.model.ImagingExtractorContractTest;
import io.github.ophysio.testing.Fixtures;
import io.github.ophysio.testing.Fixtures.Entry;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Nested;

/** The {@link ImagingExtractor} contract on raw binary fixtures: axis orders, offsets, channels, volumes. */
class RawImagingContractTest {

    private static final FormatRegistry REGISTRY = FormatRegistry.load();

    /** The contract on one fixture of fixtures/raw opened with its manifest options plus {@code extra}. */
    abstract static class OnFixture extends ImagingExtractorContractTest {
        private final Entry entry;
        private final Map<String, String> options;

        OnFixture(String name, Map<String, String> extra) {
            this.entry = Fixtures.manifest("raw").stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow();
            this.options = new LinkedHashMap<>(entry.options());
            options.putAll(extra);
        }

        @Override
        protected ImagingExtractor extractor() {
            return REGISTRY.openImaging(entry.path(), OpenOptions.of(options));
        }

        @Override
        protected double expectedValue(int t, int r, int c, int p) {
            return entry.expectedValue(options, t, r, c, p);
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
