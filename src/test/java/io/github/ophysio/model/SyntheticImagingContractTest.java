package io.github.ophysio.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The contract on synthetic recordings and on each kind of view, planar and volumetric. The contract
 * runs in the {@code @Nested} classes (surefire lists each; this class's own line counts only
 * {@link #everyKindOfRecordingHasItsContract}).
 */
class SyntheticImagingContractTest {

    /** Each kind of recording the model makes (source, sample slice, concatenation, crop, plane selection) is a contract here. */
    @Test
    void everyKindOfRecordingHasItsContract() {
        List<ImagingExtractorContractTest> contracts = List.of(new Planar(), new VolumetricFloatWithNativeTimes(),
                new NoTimeBase(), new SampleSlice(), new Concatenated(), new FieldOfView(), new OnePlane());
        Set<String> kinds = new TreeSet<>();
        for (ImagingExtractorContractTest contract : contracts) {
            kinds.add(contract.extractor().getClass().getSimpleName());
        }
        assertEquals(new TreeSet<>(Set.of("SyntheticImaging", "ImagingSampleSlice", "ConcatenatedImaging",
                "FieldOfViewCrop", "PlaneSelectionView")), kinds);
    }

    @Nested
    class Planar extends ImagingExtractorContractTest {
        private final SampleShape shape = new SampleShape(7, 9, 1);

        @Override
        protected ImagingExtractor extractor() {
            return SyntheticImaging.builder().samples(5).shape(7, 9, 1).build();
        }

        @Override
        protected double expectedValue(int t, int r, int c, int p) {
            return SyntheticImaging.expected(PixelType.UINT16, shape, t, r, c, p);
        }
    }

    @Nested
    class VolumetricFloatWithNativeTimes extends ImagingExtractorContractTest {
        private final SampleShape shape = new SampleShape(6, 4, 3);

        @Override
        protected ImagingExtractor extractor() {
            return SyntheticImaging.builder().samples(4).shape(6, 4, 3).type(PixelType.FLOAT32)
                    .nativeTimestamps(true).fs(null).build();
        }

        @Override
        protected double expectedValue(int t, int r, int c, int p) {
            return SyntheticImaging.expected(PixelType.FLOAT32, shape, t, r, c, p);
        }
    }

    @Nested
    class NoTimeBase extends ImagingExtractorContractTest {
        private final SampleShape shape = new SampleShape(3, 5, 1);

        @Override
        protected ImagingExtractor extractor() {
            return SyntheticImaging.builder().samples(3).shape(3, 5, 1).type(PixelType.INT16).fs(null).build();
        }

        @Override
        protected double expectedValue(int t, int r, int c, int p) {
            return SyntheticImaging.expected(PixelType.INT16, shape, t, r, c, p);
        }
    }

    /** A sample slice is itself a recording that keeps the contract (values shift by the offset). */
    @Nested
    class SampleSlice extends ImagingExtractorContractTest {
        private final SampleShape shape = new SampleShape(5, 8, 2);

        @Override
        protected ImagingExtractor extractor() {
            return SyntheticImaging.builder().samples(6).shape(5, 8, 2).type(PixelType.INT32).build().sliceSamples(2, 6);
        }

        @Override
        protected double expectedValue(int t, int r, int c, int p) {
            return SyntheticImaging.expected(PixelType.INT32, shape, t + 2, r, c, p);
        }
    }

    /** Concatenation of two recordings of different lengths keeps the contract. */
    @Nested
    class Concatenated extends ImagingExtractorContractTest {
        private final SampleShape shape = new SampleShape(4, 6, 1);

        @Override
        protected ImagingExtractor extractor() {
            SyntheticImaging whole = SyntheticImaging.builder().samples(7).shape(4, 6, 1).type(PixelType.FLOAT64).build();
            return ImagingExtractor.concatenate(java.util.List.of(whole.sliceSamples(0, 2), whole.sliceSamples(2, 7)));
        }

        @Override
        protected double expectedValue(int t, int r, int c, int p) {
            return SyntheticImaging.expected(PixelType.FLOAT64, shape, t, r, c, p);
        }
    }

    /** A field-of-view crop is itself a recording that keeps the contract (positions shift by the crop). */
    @Nested
    class FieldOfView extends ImagingExtractorContractTest {
        private final SampleShape shape = new SampleShape(8, 9, 2);

        @Override
        protected ImagingExtractor extractor() {
            return SyntheticImaging.builder().samples(3).shape(8, 9, 2).build().sliceFieldOfView(2, 7, 1, 5);
        }

        @Override
        protected double expectedValue(int t, int r, int c, int p) {
            return SyntheticImaging.expected(PixelType.UINT16, shape, t, r + 2, c + 1, p);
        }
    }

    /** One plane picked from a volume is a planar recording that keeps the contract. */
    @Nested
    class OnePlane extends ImagingExtractorContractTest {
        private final SampleShape shape = new SampleShape(5, 6, 3);

        @Override
        protected ImagingExtractor extractor() {
            return SyntheticImaging.builder().samples(4).shape(5, 6, 3).type(PixelType.FLOAT32).build().selectPlanes(2);
        }

        @Override
        protected double expectedValue(int t, int r, int c, int p) {
            return SyntheticImaging.expected(PixelType.FLOAT32, shape, t, r, c, 2);
        }
    }
}
