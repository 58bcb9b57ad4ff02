package io.github.ophysio.model;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.function.Executable;

/**
 * The checks of {@link ImagingExtractorContractTest} and {@link SegmentationExtractorContractTest} that hold
 * for any file, for tests that walk every fixture without per-file expectations: the same invariants, not
 * new ones. An imaging fixture's expected values are those of its own full series, so planes, views, slices
 * and the lazy image must agree with it. Known values stay with each format's own contract subclass.
 */
public final class ContractChecks {

    private ContractChecks() {
    }

    /**
     * The imaging contract by check name. Opt-out: a recording of one sample (a still image) skips the
     * checks that need a second sample (shape's 2+ samples, time steps, sample views).
     */
    public static Map<String, Executable> imaging(Supplier<ImagingExtractor> open) {
        ImagingExtractorContractTest contract = selfCoded(open);
        Map<String, Executable> checks = new LinkedHashMap<>();
        checks.put("series in matrix order", contract::seriesIsInMatrixOrderWithEveryValueWhereExpected);
        checks.put("series half-open, agrees with planes", contract::seriesIsHalfOpenAndAgreesWithPlanes);
        checks.put("out-of-range reads fail", contract::outOfRangeReadsFailClearly);
        checks.put("field-of-view slice", contract::fieldOfViewSliceKeepsPositions);
        checks.put("plane selection", contract::planeSelectionPicksPlanes);
        checks.put("lazy image", contract::lazyImageReadsTheSameValues);
        if (open.get().getNumSamples() >= 2) {
            checks.put("shape", contract::shapeIsConsistent);
            checks.put("timestamps", contract::timestampsFollowUserThenNativeThenRate);
            checks.put("views", contract::viewsMatchTheirSource);
        }
        return checks;
    }

    /** The segmentation contract by check name, every check but the per-fixture known values. */
    public static Map<String, Executable> segmentation(Supplier<SegmentationExtractor> open) {
        SegmentationExtractorContractTest contract = new SegmentationExtractorContractTest() {
            @Override
            protected SegmentationExtractor extractor() {
                return open.get();
            }

            @Override
            protected void assertKnownValues(SegmentationExtractor segmentation) {
                // known values are the per-format contract tests' job; the walk has none
            }
        };
        Map<String, Executable> checks = new LinkedHashMap<>();
        checks.put("ids", contract::idsAreUniqueAndCounted);
        checks.put("masks", contract::masksLieInTheFrameAndRoundTripThroughImages);
        checks.put("traces", contract::tracesAreSamplesByRoisAndWindowsAgree);
        checks.put("ROI selection", contract::selectingRoisKeepsPropertiesAndTracesAligned);
        checks.put("properties", contract::propertiesHaveOneValuePerRoi);
        checks.put("images", contract::imagesHaveTheFrameShape);
        checks.put("sample slice", contract::sampleSliceShiftsTraces);
        checks.put("timestamps", contract::timestampsFollowUserThenNativeThenRate);
        checks.put("background", contract::backgroundIsSeparateFromRois);
        return checks;
    }

    /** The contract with every expected value read from the recording's full series, read once. */
    private static ImagingExtractorContractTest selfCoded(Supplier<ImagingExtractor> open) {
        ImagingExtractor first = open.get();
        NdArray series = first.getSeries(0, first.getNumSamples());
        boolean volumetric = first.isVolumetric();
        return new ImagingExtractorContractTest() {
            @Override
            protected ImagingExtractor extractor() {
                return open.get();
            }

            @Override
            protected double expectedValue(int t, int r, int c, int p) {
                return volumetric ? series.getDouble(t, r, c, p) : series.getDouble(t, r, c);
            }
        };
    }
}
