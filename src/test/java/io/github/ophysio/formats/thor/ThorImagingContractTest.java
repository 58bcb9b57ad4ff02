package io.github.ophysio.formats.thor;

import io.github.ophysio.testing.FixtureContractTest;
import java.util.Map;
import org.junit.jupiter.api.Nested;

/** The imaging contract on the ThorImage fixtures: two planar channels (from the folder and from a file), a volume. */
class ThorImagingContractTest {

    @Nested
    class PlanarFirstChannelFromTheFolder extends FixtureContractTest {
        PlanarFirstChannelFromTheFolder() {
            super("thor", "two_channels_planar", Map.of());
        }
    }

    @Nested
    class PlanarSecondChannelFromTheFirstFile extends FixtureContractTest {
        PlanarSecondChannelFromTheFirstFile() {
            super("thor", "two_channels_planar/ChanA_001_001_001_001.tif", Map.of());
        }
    }

    @Nested
    class VolumeWithFourDigitNames extends FixtureContractTest {
        VolumeWithFourDigitNames() {
            super("thor", "volume_four_digits", Map.of());
        }
    }
}
