package io.github.ophysio.formats.bruker;

import io.github.ophysio.formats.OpenOptions;
import io.github.ophysio.testing.FixtureContractTest;
import io.github.ophysio.testing.Fixtures;
import java.util.Map;
import org.junit.jupiter.api.Nested;

/** The imaging contract on the Bruker fixtures: planar channels, a volume, one plane of it, opened from each kind of PATH. */
class BrukerImagingContractTest {

    @Nested
    class PlanarFirstChannelFromTheFolder extends FixtureContractTest {
        PlanarFirstChannelFromTheFolder() {
            super("bruker", "tseries_planar", Map.of());
        }
    }

    @Nested
    class PlanarSecondChannelFromATif extends FixtureContractTest {
        PlanarSecondChannelFromATif() {
            super("bruker", "tseries_planar/tseries_planar_Cycle00001_Ch2_000003.ome.tif", Map.of());
        }
    }

    @Nested
    class VolumeFromTheFolder extends FixtureContractTest {
        VolumeFromTheFolder() {
            super("bruker", "tseries_zseries", Map.of());
        }
    }

    /** Plane 2 of every cycle, as a planar series. */
    @Nested
    class VolumePlaneTwoFromTheXml extends FixtureContractTest {
        private final Fixtures.Entry entry = Fixtures.manifest("bruker").stream()
                .filter(e -> e.name().equals("tseries_zseries/tseries_zseries.xml")).findFirst().orElseThrow();

        VolumePlaneTwoFromTheXml() {
            super("bruker", "tseries_zseries/tseries_zseries.xml", Map.of(OpenOptions.PLANE, "2"));
        }

        @Override
        protected double expectedValue(int t, int r, int c, int p) {
            return entry.coding().value(((t * 5L + r) * 8 + c) * 3 + 2);
        }
    }
}
