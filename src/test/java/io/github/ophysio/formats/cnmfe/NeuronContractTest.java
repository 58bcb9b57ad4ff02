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
 * The segmentation contract on each saved-neuron fixture (v5 sparse A, v7.3 dense and sparse A, v5
 * top-level fields), opened through the registry; masks come from A's columns in MATLAB's pixel order
 * on a 7 x 9 frame, where a transposed read would fail.
 */
class NeuronContractTest {

    private static final FormatRegistry REGISTRY = FormatRegistry.load();
    private static final List<Object> IDS = List.of(3, 5, 8, 13);
    private static final List<Object> INDICES = List.of(0, 1, 2, 3);

    /** One fixture: its variable, ROI ids and rate. */
    abstract static class Fixture extends SegmentationExtractorContractTest {
        private final String name;
        private final String variable;
        private final List<Object> ids;
        private final String source;

        Fixture(String name, String variable, List<Object> ids, String source) {
            this.name = name;
            this.variable = variable;
            this.ids = ids;
            this.source = source;
        }

        @Override
        protected SegmentationExtractor extractor() {
            return REGISTRY.openSegmentation(MatFixtures.path(name), OpenOptions.none());
        }

        @Override
        protected void assertKnownValues(SegmentationExtractor x) {
            MatFixtures.assertMaskPixels(x);
            assertEquals(ids, x.getRoiIds());
            assertEquals(List.of(TraceKind.RAW, TraceKind.DENOISED, TraceKind.DECONVOLVED),
                    List.copyOf(x.getTraceKinds()));
            MatFixtures.assertTrace(x, TraceKind.RAW, 10000, 1);
            MatFixtures.assertTrace(x, TraceKind.DENOISED, 40000, 1);
            MatFixtures.assertTrace(x, TraceKind.DECONVOLVED, 50000, 4);
            assertEquals(List.of("correlation", "pnr"), x.getImageNames());
            MatFixtures.assertImage(x, "correlation", 0);
            MatFixtures.assertImage(x, "pnr", 4);
            assertEquals(source, x.getMetadata().get("samplingFrequencySource"));
            assertRate(x);
            assertEquals(variable, x.getMetadata().get("variable"));
            assertEquals("neuron struct", x.getMetadata().get("layout"));
            assertEquals("options.d1 x options.d2", x.getMetadata().get("frameSource"));
            assertEquals("/data/movie_7x9.h5", x.getMetadata().get("file"));
            assertEquals(3.0, x.getMetadata().get("options.gSig"));
            assertTrue(x.getProperties().isEmpty());
        }

        private void assertRate(SegmentationExtractor x) {
            switch (source) {
                case "Fs" -> assertEquals(20.0, x.getSamplingFrequency().getAsDouble());
                case "options.Fs" -> assertEquals(15.0, x.getSamplingFrequency().getAsDouble());
                default -> assertTrue(x.getSamplingFrequency().isEmpty());
            }
        }
    }

    @Nested
    class V5SparseA extends Fixture {
        V5SparseA() {
            super("cnmfe_neuron_v5.mat", "neuron", IDS, "Fs");
        }
    }

    @Nested
    class V73DenseA extends Fixture {
        V73DenseA() {
            super("cnmfe_neuron_v73_dense.mat", "results", INDICES, "options.Fs");
        }
    }

    @Nested
    class V73SparseA extends Fixture {
        V73SparseA() {
            super("cnmfe_neuron_v73_sparse.mat", "neuron", IDS, "Fs");
        }
    }

    @Nested
    class V5TopLevelFields extends Fixture {
        V5TopLevelFields() {
            super("cnmfe_neuron_v5_fields.mat", "(top level: save -struct)", INDICES, "none");
        }
    }
}
