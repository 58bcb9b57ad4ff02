package io.github.ophysio.formats.isxd;

import io.github.ophysio.formats.FormatRegistry;
import io.github.ophysio.formats.OpenOptions;
import io.github.ophysio.model.ImagingExtractor;
import io.github.ophysio.model.ImagingExtractorContractTest;
import java.util.Map;
import org.junit.jupiter.api.Nested;

/** The {@link ImagingExtractor} contract on isxd fixtures (every dtype and layout) and on the real files. */
class IsxdImagingContractTest {

    private static final FormatRegistry REGISTRY = FormatRegistry.load();

    /** The contract on channel {@code channel} of one fixture opened with {@code extra} options. */
    abstract static class OnFixture extends ImagingExtractorContractTest {
        private final IsxdFixture fixture;
        private final Map<String, String> options;
        private final int channel;
        private final int plane;

        OnFixture(String name, Map<String, String> options) {
            this.fixture = IsxdFixture.named(name);
            this.options = options;
            this.channel = Math.max(0, fixture.channelNames().indexOf(options.getOrDefault(OpenOptions.CHANNEL, "")));
            this.plane = fixture.planes().indexOf(options.getOrDefault(OpenOptions.PLANE, ""));
        }

        @Override
        protected ImagingExtractor extractor() {
            return REGISTRY.openImaging(fixture.path(), OpenOptions.of(options));
        }

        @Override
        protected double expectedValue(int t, int r, int c, int p) {
            return fixture.expected(channel, t, r, c, plane >= 0 ? plane : p);
        }
    }

    @Nested
    class Uint16 extends OnFixture {
        Uint16() {
            super("movie_u16_5x7x9.isxd", Map.of());
        }
    }

    @Nested
    class Float32WithExtraProperties extends OnFixture {
        Float32WithExtraProperties() {
            super("movie_f32_6x4x11.isxd", Map.of());
        }
    }

    @Nested
    class Uint8FileVersion0 extends OnFixture {
        Uint8FileVersion0() {
            super("movie_u8_v0_4x3x5.isxd", Map.of());
        }
    }

    @Nested
    class HeaderFooterFrames extends OnFixture {
        HeaderFooterFrames() {
            super("movie_u16_hf_6x5x7.isxd", Map.of());
        }
    }

    @Nested
    class DroppedCroppedBlank extends OnFixture {
        DroppedCroppedBlank() {
            super("movie_u16_invalid_12x4x6.isxd", Map.of());
        }
    }

    @Nested
    class MultiplaneVolume extends OnFixture {
        MultiplaneVolume() {
            super("multiplane_u16_hf_13x5x7x3.isxd", Map.of());
        }
    }

    @Nested
    class MultiplaneOnePlane extends OnFixture {
        MultiplaneOnePlane() {
            super("multiplane_u16_hf_13x5x7x3.isxd", Map.of(OpenOptions.PLANE, "plane-2"));
        }
    }

    @Nested
    class DualColourRed extends OnFixture {
        DualColourRed() {
            super("dualcolour_u16_9x4x5.isxd", Map.of(OpenOptions.CHANNEL, "red"));
        }
    }

    @Nested
    class DualColourTwoToOneGreen extends OnFixture {
        DualColourTwoToOneGreen() {
            super("dualcolour_ratio_u8_10x3x4.isxd", Map.of(OpenOptions.CHANNEL, "green"));
        }
    }

    /** The real uint8 movie: every frame is [[0,1,2,3],[4,5,6,7],[8,9,10,11]]. */
    @Nested
    class RealMovieU8 extends ImagingExtractorContractTest {
        @Override
        protected ImagingExtractor extractor() {
            return REGISTRY.openImaging(RealIsxd.path(RealIsxd.MOVIE_U8), OpenOptions.none());
        }

        @Override
        protected double expectedValue(int t, int r, int c, int p) {
            return r * 4 + c;
        }
    }

    /** The real multiplane movie: stored frame k = 3t + p, pixels after a 5120-byte header in 42240-byte frames. */
    @Nested
    class RealMultiplane extends ImagingExtractorContractTest {
        private final RealFrames frames = RealFrames.multiplane();

        @Override
        protected ImagingExtractor extractor() {
            return REGISTRY.openImaging(RealIsxd.path(RealIsxd.MULTIPLANE), OpenOptions.none());
        }

        @Override
        protected double expectedValue(int t, int r, int c, int p) {
            return frames.uint16(3L * t + p, r, c);
        }
    }
}
