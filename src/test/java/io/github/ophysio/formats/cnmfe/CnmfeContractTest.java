package io.github.ophysio.formats.cnmfe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ophysio.formats.FormatRegistry;
import io.github.ophysio.formats.OpenOptions;
import io.github.ophysio.io.mat.MatFixtures;
import io.github.ophysio.model.SegmentationExtractor;
import io.github.ophysio.model.SegmentationExtractorContractTest;
import io.github.ophysio.model.TraceKind;
import java.util.List;
import org.junit.jupiter.api.Nested;

/**
 * The segmentation contract on each CNMF-E fixture (v5 and v7.3, with and without inputOptions.Fs),
 * opened through the registry; masks are checked in MATLAB orientation on a 7 x 9 frame, where a
 * transposed read would fail.
 */
class CnmfeContractTest {

    private static final FormatRegistry REGISTRY = FormatRegistry.load();

    /** One fixture and the rate it should give. */
    abstract static class Fixture extends SegmentationExtractorContractTest {
        private final String name;
        private final double fs;
        private final String source;

        Fixture(String name, double fs, String source) {
            this.name = name;
            this.fs = fs;
            this.source = source;
        }

        @Override
        protected SegmentationExtractor extractor() {
            return REGISTRY.openSegmentation(MatFixtures.path(name), OpenOptions.none());
        }

        @Override
        protected void assertKnownValues(SegmentationExtractor x) {
            MatFixtures.assertMasks(x);
            MatFixtures.assertTraces(x, TraceKind.RAW, 10000);
            assertEquals(List.of("correlation"), x.getImageNames());
            MatFixtures.assertImage(x, "correlation", 0);
            assertEquals(fs, x.getSamplingFrequency().getAsDouble(), 1e-12);
            assertEquals(source, x.getMetadata().get("samplingFrequencySource"));
            assertEquals("cnmfeAnalysisOutput", x.getMetadata().get("variable"));
            assertEquals("/data/movie_7x9.h5", x.getMetadata().get("movieList"));
            assertEquals(2.4, x.getMetadata().get("totalTime"));
            assertTrue(x.getProperties().isEmpty());
        }
    }

    @Nested
    class V5WithFs extends Fixture {
        V5WithFs() {
            super("cnmfe_v5_fs.mat", 10, "inputOptions.Fs");
        }
    }

    @Nested
    class V5WithoutFs extends Fixture {
        V5WithoutFs() {
            super("cnmfe_v5_nofs.mat", 5, "T / time.totalTime");
        }
    }

    @Nested
    class V73WithFs extends Fixture {
        V73WithFs() {
            super("cnmfe_v73_fs.mat", 10, "inputOptions.Fs");
        }
    }

    @Nested
    class V73WithoutFs extends Fixture {
        V73WithoutFs() {
            super("cnmfe_v73_nofs.mat", 5, "T / time.totalTime");
        }
    }
}
