package io.github.ophysio.formats.scanimage;

import io.github.ophysio.formats.FormatRegistry;
import io.github.ophysio.formats.OpenOptions;
import io.github.ophysio.model.ImagingExtractor;
import io.github.ophysio.model.ImagingExtractorContractTest;
import java.util.Map;
import org.junit.jupiter.api.Nested;

/** The {@link ImagingExtractor} contract on every ScanImage fixture layout. */
class ScanImageContractTest {

    private static final FormatRegistry REGISTRY = FormatRegistry.load();

    abstract static class OnFixture extends ImagingExtractorContractTest {
        private final ScanImageFixture fixture;

        OnFixture(String name, Map<String, String> options) {
            this.fixture = ScanImageFixture.named(name, options);
        }

        @Override
        protected ImagingExtractor extractor() {
            return REGISTRY.openImaging(fixture.path(), OpenOptions.of(fixture.options()));
        }

        @Override
        protected double expectedValue(int t, int r, int c, int p) {
            return fixture.expectedValue(t, r, c, p);
        }
    }

    @Nested
    class Planar extends OnFixture {
        Planar() {
            super("planar.tif", Map.of());
        }
    }

    @Nested
    class VolumeWithFlyback extends OnFixture {
        VolumeWithFlyback() {
            super("volume_flyback.tif", Map.of());
        }
    }

    @Nested
    class FirstSavedChannel extends OnFixture {
        FirstSavedChannel() {
            super("two_channels.tif", Map.of("channel", "Ch A"));
        }
    }

    @Nested
    class SecondSavedChannel extends OnFixture {
        SecondSavedChannel() {
            super("two_channels.tif", Map.of("channel", "Ch D"));
        }
    }

    @Nested
    class FramesPerSlice extends OnFixture {
        FramesPerSlice() {
            super("frames_per_slice.tif", Map.of());
        }
    }

    @Nested
    class SliceSample extends OnFixture {
        SliceSample() {
            super("frames_per_slice.tif", Map.of("slice-sample", "1"));
        }
    }

    @Nested
    class ThreeFiles extends OnFixture {
        ThreeFiles() {
            super("multi", Map.of());
        }
    }

    @Nested
    class Legacy3x extends OnFixture {
        Legacy3x() {
            super("legacy_3x.tif", Map.of("channel", "1"));
        }
    }
}
