package io.github.ophysio.summary;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ophysio.formats.FormatRegistry;
import io.github.ophysio.formats.OpenOptions;
import io.github.ophysio.model.ImagingExtractor;
import io.github.ophysio.model.PixelType;
import io.github.ophysio.model.SyntheticImaging;
import io.github.ophysio.stream.RecordingPass;
import io.github.ophysio.testing.FixtureGenerators;
import io.github.ophysio.testing.NpyDoubles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.Test;

/**
 * The summary images against the numpy reference of scripts/fixtures/make_summary_fixtures.py. Tolerance:
 * max and min exact; mean and std within 1e-9 relative; correlation within 1e-9 absolute (running float64
 * sums against numpy's two-pass z-scores; for the uint16 fixture the sums themselves are exact).
 */
class SummaryImagesTest {

    static final Path FIXTURES = Path.of("src", "test", "resources", "fixtures", "summary");
    static final List<SummaryImage> ALL = List.of(SummaryImage.values());

    static ImagingExtractor open(String name, Map<String, String> options) {
        return FormatRegistry.load().openImaging(FIXTURES.resolve(name + ".npy"), OpenOptions.of(options));
    }

    /** Asserts {@code actual} equals the expected .npy {@code <prefix>.<image>.npy} within the documented tolerance. */
    static void assertMatches(String prefix, SummaryImage image, double[] actual) throws IOException {
        NpyDoubles expected = NpyDoubles.read(FIXTURES.resolve(prefix + "." + image.key() + ".npy"));
        assertEquals(expected.values().length, actual.length, image.key());
        for (int i = 0; i < actual.length; i++) {
            double e = expected.values()[i];
            double tolerance = switch (image) {
                case MAX, MIN -> 0;
                case MEAN, STD -> 1e-9 * Math.max(1, Math.abs(e));
                case CORRELATION -> 1e-9;
            };
            assertEquals(e, actual[i], tolerance, prefix + " " + image.key() + " at flat index " + i);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 7})
    void planarImagesMatchNumpyOnAnyNumberOfThreads(int threads) throws IOException {
        SummaryImages made = SummaryImages.compute(RecordingPass.over(open("planar_uint16", Map.of())).threads(threads), ALL);
        for (SummaryImage image : ALL) {
            assertMatches("planar_uint16", image, made.interleaved(image));
        }
    }

    @ParameterizedTest
    @EnumSource(SummaryImage.class)
    void eachImageAskedForAloneIsTheSame(SummaryImage image) throws IOException {
        SummaryImages made = SummaryImages.compute(RecordingPass.over(open("planar_uint16", Map.of())), List.of(image));
        assertMatches("planar_uint16", image, made.interleaved(image));
    }

    @Test
    void generatorReproducesTheCommittedFixtures(@TempDir Path out) throws Exception {
        FixtureGenerators.assertReproduces("make_summary_fixtures.py", "numpy", out, "summary");
    }

    @Test
    void aFrameRangeIsSummarisedAlone() throws IOException {
        RecordingPass pass = RecordingPass.over(open("planar_uint16", Map.of())).samples(5, 30).threads(2);
        SummaryImages made = SummaryImages.compute(pass, ALL);
        for (SummaryImage image : ALL) {
            assertMatches("planar_uint16.5_30", image, made.interleaved(image));
        }
    }

    @Test
    void aVolumeHasOneImagePerPlaneWithPlanesLast() throws IOException {
        ImagingExtractor volume = open("volume_float32", Map.of(OpenOptions.FOURTH_AXIS, "planes"));
        SummaryImages made = SummaryImages.compute(RecordingPass.over(volume).threads(2), ALL);
        assertEquals(3, made.shape().planes());
        for (SummaryImage image : ALL) {
            assertMatches("volume_float32", image, made.interleaved(image));
        }
    }

    @Test
    void eachChannelOfAFourDimensionalFileIsThatChannelsPlane() throws IOException {
        for (int channel = 0; channel < 3; channel++) {
            ImagingExtractor one = open("volume_float32", Map.of(OpenOptions.CHANNEL, Integer.toString(channel)));
            double[] mean = SummaryImages.compute(RecordingPass.over(one), List.of(SummaryImage.MEAN))
                    .plane(SummaryImage.MEAN, 0);
            NpyDoubles expected = NpyDoubles.read(FIXTURES.resolve("volume_float32.mean.npy"));
            for (int i = 0; i < mean.length; i++) {
                assertEquals(expected.values()[i * 3 + channel], mean[i], 1e-9 * 20, "channel " + channel + " pixel " + i);
            }
        }
    }

    @Test
    void oneChosenPlaneOfAVolume() throws IOException {
        ImagingExtractor volume = open("volume_float32", Map.of(OpenOptions.FOURTH_AXIS, "planes"));
        SummaryImages made = SummaryImages.compute(RecordingPass.over(volume).planes(2), List.of(SummaryImage.STD));
        NpyDoubles expected = NpyDoubles.read(FIXTURES.resolve("volume_float32.std.npy"));
        double[] std = made.plane(SummaryImage.STD, 0);
        for (int i = 0; i < std.length; i++) {
            assertEquals(expected.values()[i * 3 + 2], std[i], 1e-9 * 20);
        }
    }

    @Test
    void oneFrameGivesItsValuesZeroSpreadAndZeroCorrelation() {
        ImagingExtractor rec = SyntheticImaging.builder().samples(6).shape(4, 5, 1).type(PixelType.UINT16).build();
        SummaryImages made = SummaryImages.compute(RecordingPass.over(rec).samples(3, 4), ALL);
        double[] frame = new double[20];
        short[] plane = (short[]) rec.getPlane(3, 0);
        for (int i = 0; i < 20; i++) {
            frame[i] = plane[i] & 0xffff;
        }
        assertArrayEquals(frame, made.plane(SummaryImage.MEAN, 0));
        assertArrayEquals(frame, made.plane(SummaryImage.MAX, 0));
        assertArrayEquals(frame, made.plane(SummaryImage.MIN, 0));
        assertArrayEquals(new double[20], made.plane(SummaryImage.STD, 0));
        assertArrayEquals(new double[20], made.plane(SummaryImage.CORRELATION, 0));
    }

    @Test
    void bigBrightQuietPixelsKeepTheirSpread() {
        // 1e6 + tiny noise in float32: without the shift the variance would cancel away
        PlaneSummary sums = new PlaneSummary(1, 2, List.of(SummaryImage.STD, SummaryImage.CORRELATION), 1);
        PlaneSummary other = new PlaneSummary(1, 2, List.of(SummaryImage.STD, SummaryImage.CORRELATION), 1);
        for (int t = 0; t < 10; t++) {
            float v = 1.0e6f + (t % 2 == 0 ? 0.0625f : -0.0625f);
            (t < 5 ? sums : other).add(new float[] {v, 2.0e6f - v});
        }
        sums.merge(other);
        assertEquals(0.0625, sums.image(SummaryImage.STD)[0], 1e-12);
        assertArrayEquals(new double[] {-1, -1}, sums.image(SummaryImage.CORRELATION), 1e-12);
    }

    @Test
    void tinyPlanesHaveTheirFewNeighbours() {
        PlaneSummary row = new PlaneSummary(1, 3, List.of(SummaryImage.CORRELATION), 1);
        PlaneSummary single = new PlaneSummary(1, 1, List.of(SummaryImage.CORRELATION), 1);
        for (int t = 0; t < 4; t++) {
            row.add(new float[] {t, 2 * t, t % 2});
            single.add(new float[] {t});
        }
        double r02 = 0.25 / (0.5 * Math.sqrt(1.25)); // corr(t, t % 2) over t = 0..3: cov / (σ σ)
        assertArrayEquals(new double[] {1, (1 + r02) / 2, r02}, row.image(SummaryImage.CORRELATION), 1e-12);
        assertArrayEquals(new double[] {0}, single.image(SummaryImage.CORRELATION));
    }

    @Test
    void imagesNotAskedForAndEmptyRangesAreRefused() {
        PlaneSummary sums = new PlaneSummary(2, 2, List.of(SummaryImage.MEAN), 1);
        assertEquals("no frames were added",
                assertThrows(IllegalStateException.class, () -> sums.image(SummaryImage.MEAN)).getMessage());
        sums.add(new float[4]);
        assertEquals("max was not accumulated",
                assertThrows(IllegalStateException.class, () -> sums.image(SummaryImage.MAX)).getMessage());
        ImagingExtractor rec = SyntheticImaging.builder().samples(6).shape(4, 5, 1).type(PixelType.UINT16).build();
        assertEquals("summary images need at least one frame", assertThrows(IllegalArgumentException.class,
                () -> SummaryImages.compute(RecordingPass.over(rec).samples(2, 2), ALL)).getMessage());
    }

    @Test
    void imageNamesParseAsCliAndMacrosWriteThem() {
        assertEquals(List.of(SummaryImage.CORRELATION, SummaryImage.MEAN), SummaryImage.parseList(" correlation mean,MEAN "));
        assertEquals("no summary image 'median' (choose from mean max min std correlation)",
                assertThrows(IllegalArgumentException.class, () -> SummaryImage.parseList("mean median")).getMessage());
        assertEquals("no summary image named (choose from mean max min std correlation)",
                assertThrows(IllegalArgumentException.class, () -> SummaryImage.parseList("  ")).getMessage());
        assertTrue(SummaryImage.fromKey("Std") == SummaryImage.STD);
    }
}
