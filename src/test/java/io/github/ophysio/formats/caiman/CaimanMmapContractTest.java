package io.github.ophysio.formats.caiman;

import io.github.ophysio.model.ImagingExtractor;
import io.github.ophysio.testing.FixtureContractTest;
import java.util.Map;
import org.junit.jupiter.api.Nested;

/**
 * The {@link ImagingExtractor} contract on the generated memmaps (fixtures/caiman/mmap): C and F
 * order, the old trailing-underscore and the new name style, a base name holding a decoy {@code d1},
 * and volumes (d3 &gt; 1) in both orders.
 */
class CaimanMmapContractTest {

    /** The contract on one memmap of fixtures/caiman/mmap. */
    abstract static class OnFixture extends FixtureContractTest {
        OnFixture(String name) {
            super("caiman/mmap", name, Map.of());
        }
    }

    @Nested
    class PixelTimeSeriesContiguous extends OnFixture {
        PixelTimeSeriesContiguous() {
            super("Yr_d1_7_d2_9_d3_1_order_C_frames_5_.mmap");
        }
    }

    @Nested
    class FramesContiguousColumnMajor extends OnFixture {
        FramesContiguousColumnMajor() {
            super("mc_els__rig__d1_9_d2_7_d3_1_order_F_frames_6_.mmap");
        }
    }

    @Nested
    class VolumeFortranWithDecoyKey extends OnFixture {
        VolumeFortranWithDecoyKey() {
            super("vol-#-2_d1_99_d1_6_d2_5_d3_3_order_F_frames_4.mmap");
        }
    }

    @Nested
    class VolumeC extends OnFixture {
        VolumeC() {
            super("volc_d1_4_d2_5_d3_2_order_C_frames_3.mmap");
        }
    }
}
