package io.github.ophysio.formats.nwb;

import com.google.gson.JsonElement;
import io.github.ophysio.testing.FixtureContractTest;
import io.github.ophysio.testing.Fixtures;
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
    class ColourGreenChannel extends OnFixture {
        ColourGreenChannel() {
            super("colour_rgb.nwb");
        }
    }

    /** Sample t is template frame order[t]; values are coded over the (4, rows, cols) templates. */
    @Nested
    class IndexSeriesInPresentationOrder extends OnFixture {
        private final Fixtures.Entry entry = Fixtures.manifest("nwb").stream()
                .filter(e -> e.name().equals("index_series.nwb")).findFirst().orElseThrow();
        private final int[] order = entry.json().getAsJsonArray("order").asList().stream()
                .mapToInt(JsonElement::getAsInt).toArray();

        IndexSeriesInPresentationOrder() {
            super("index_series.nwb");
        }

        @Override
        protected double expectedValue(int t, int r, int c, int p) {
            return entry.coding().value(((long) order[t] * 7 + r) * 9 + c);
        }
    }

    @Nested
    class DataThroughAnExternalLink extends OnFixture {
        DataThroughAnExternalLink() {
            super("external_link_data.nwb");
        }
    }

    @Nested
    class ExternalNpy extends OnFixture {
        ExternalNpy() {
            super("external_npy.nwb");
        }
    }

    @Nested
    class OpticalSeriesGreenChannel extends OnFixture {
        OpticalSeriesGreenChannel() {
            super("optical_colour.nwb");
        }
    }

    @Nested
    class ImageMaskSeriesByName extends OnFixture {
        ImageMaskSeriesByName() {
            super("image_mask_series.nwb");
        }
    }

    /** Sample t is image order[t] of order_of_images; values are coded over those (3, rows, cols) images. */
    @Nested
    class IndexSeriesOverImages extends OnFixture {
        private final Fixtures.Entry entry = Fixtures.manifest("nwb").stream()
                .filter(e -> e.name().equals("index_images.nwb")).findFirst().orElseThrow();
        private final int[] order = entry.json().getAsJsonArray("order").asList().stream()
                .mapToInt(JsonElement::getAsInt).toArray();

        IndexSeriesOverImages() {
            super("index_images.nwb");
        }

        @Override
        protected double expectedValue(int t, int r, int c, int p) {
            return entry.coding().value(((long) order[t] * 7 + r) * 9 + c);
        }
    }

    @Nested
    class ExternalSplitOverThreeFiles extends OnFixture {
        ExternalSplitOverThreeFiles() {
            super("external_three.nwb");
        }
    }
}
