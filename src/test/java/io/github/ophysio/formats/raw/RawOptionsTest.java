package io.github.ophysio.formats.raw;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ophysio.error.CorruptFileException;
import io.github.ophysio.error.UnsupportedFormatException;
import io.github.ophysio.formats.FormatRegistry;
import io.github.ophysio.formats.OpenOptions;
import io.github.ophysio.model.ImagingExtractor;
import io.github.ophysio.model.PixelType;
import io.github.ophysio.testing.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Raw binary files take their shape from options: defaults, the frame count from the file size,
 * and the usage errors (IllegalArgumentException naming the option) or file errors a bad option
 * set gives.
 */
class RawOptionsTest {

    /** 5 frames of 7 × 9 uint16, little-endian, no header: 630 bytes. */
    private static final Path DEFAULTS = Fixtures.path("raw", "uint16_defaults.raw");
    private static final Path TWO_CHANNELS = Fixtures.path("raw", "float32_le_ytxc_c2.dat");

    private final FormatRegistry registry = FormatRegistry.load();

    @Test
    void defaultsAreUint16LittleEndianTyxcWithoutHeader() {
        ImagingExtractor x = open(DEFAULTS, "rows", "7", "cols", "9");
        assertEquals(PixelType.UINT16, x.getPixelType());
        assertEquals(5, x.getNumSamples());
        Map<String, Object> metadata = x.getMetadata();
        assertEquals("tyxc", metadata.get(OpenOptions.AXES));
        assertEquals(0L, metadata.get(OpenOptions.OFFSET));
        assertEquals("little", metadata.get(OpenOptions.BYTE_ORDER));
        assertEquals(0L, metadata.get("trailingBytes"));
        assertEquals(OpenOptions.FOURTH_AXIS_CHANNELS, metadata.get(OpenOptions.FOURTH_AXIS));
        assertTrue(x.getSamplingFrequency().isEmpty());
    }

    @Test
    void samplingFrequencyFromOptions() {
        assertEquals(12.5, open(DEFAULTS, "rows", "7", "cols", "9", "fs", "12.5").getSamplingFrequency().getAsDouble());
    }

    @Test
    void trailingPartialFrameIsReportedNotRead() {
        ImagingExtractor x = open(Fixtures.path("raw", "uint16_partial_frame.raw"), "rows", "7", "cols", "9", "axes", "tyx");
        assertEquals(5, x.getNumSamples());
        assertEquals(63L, x.getMetadata().get("trailingBytes"));
    }

    @Test
    void otherShapesOfTheSameBytesGiveOtherFrameCounts() {
        assertEquals(1, open(DEFAULTS, "rows", "7", "cols", "45").getNumSamples());
        assertEquals(35, open(DEFAULTS, "rows", "1", "cols", "9").getNumSamples());
        ImagingExtractor bytes = open(DEFAULTS, "rows", "7", "cols", "9", "dtype", "uint8");
        assertEquals(10, bytes.getNumSamples());
    }

    @Test
    void channelNamesAreIndices() {
        assertEquals(List.of("0", "1"), new RawFormat().channelNames(TWO_CHANNELS,
                OpenOptions.of(Map.of("rows", "7", "cols", "9", "dtype", "float32", "channels", "2", "axes", "ytxc"))));
    }

    @Test
    void rowsMissing() {
        usage(DEFAULTS, new String[] {"rows", "required"}, "cols", "9");
    }

    @Test
    void colsMissing() {
        usage(DEFAULTS, new String[] {"cols", "required"}, "rows", "7");
    }

    @Test
    void rowsNotANumber() {
        usage(DEFAULTS, new String[] {"rows", "whole number", "seven"}, "rows", "seven", "cols", "9");
    }

    @Test
    void rowsZero() {
        usage(DEFAULTS, new String[] {"rows", "at least 1"}, "rows", "0", "cols", "9");
    }

    @Test
    void unknownDtype() {
        usage(DEFAULTS, new String[] {"dtype", "complex64"}, "rows", "7", "cols", "9", "dtype", "complex64");
    }

    @Test
    void unknownByteOrder() {
        usage(DEFAULTS, new String[] {"byte-order", "little or big", "middle"}, "rows", "7", "cols", "9",
                "byte-order", "middle");
    }

    @Test
    void axesWithAnUnknownLetter() {
        usage(DEFAULTS, new String[] {"axes", "tyxz"}, "rows", "7", "cols", "9", "axes", "tyxz");
    }

    @Test
    void axesWithARepeatedLetter() {
        usage(DEFAULTS, new String[] {"axes", "ttyx"}, "rows", "7", "cols", "9", "axes", "ttyx");
    }

    @Test
    void axesWithoutChannelsForSeveralChannels() {
        usage(TWO_CHANNELS, new String[] {"axes", "tyx"}, "rows", "7", "cols", "9", "dtype", "float32",
                "channels", "2", "axes", "tyx");
    }

    @Test
    void negativeOffset() {
        usage(DEFAULTS, new String[] {"offset", "at least 0"}, "rows", "7", "cols", "9", "offset", "-1");
    }

    @Test
    void unknownChannel() {
        usage(TWO_CHANNELS, new String[] {"channel", "'2'", "0, 1"}, "rows", "7", "cols", "9", "dtype", "float32",
                "channels", "2", "axes", "ytxc", "channel", "2");
    }

    @Test
    void unknownFourthAxis() {
        usage(DEFAULTS, new String[] {"fourth-axis", "sideways"}, "rows", "7", "cols", "9", "fourth-axis", "sideways");
    }

    @Test
    void offsetPastTheEndOfTheFile() {
        CorruptFileException error = Fixtures.assertError(DEFAULTS, CorruptFileException.class,
                () -> open(DEFAULTS, "rows", "7", "cols", "9", "offset", "10000"),
                "corrupt", "header offset", "expected at most the file size 630", "found 10000");
        assertEquals(DEFAULTS, error.file());
    }

    @Test
    void offsetAtTheEndOfTheFileLeavesNoFrames() {
        Fixtures.assertError(DEFAULTS, UnsupportedFormatException.class,
                () -> open(DEFAULTS, "rows", "7", "cols", "9", "offset", "630"), "unsupported", "empty recording",
                "0 samples");
    }

    @Test
    void fileSmallerThanOneFrame() {
        Fixtures.assertError(DEFAULTS, UnsupportedFormatException.class,
                () -> open(DEFAULTS, "rows", "100", "cols", "100"), "empty recording");
    }

    @Test
    void emptyFile(@TempDir Path dir) throws IOException {
        Path empty = Files.createFile(dir.resolve("empty.raw"));
        Fixtures.assertError(empty, UnsupportedFormatException.class, () -> open(empty, "rows", "7", "cols", "9"),
                "empty recording");
    }

    @Test
    void folderForcedAsRaw(@TempDir Path dir) {
        Fixtures.assertError(dir, UnsupportedFormatException.class,
                () -> open(dir, OpenOptions.FORMAT, "raw", "rows", "7", "cols", "9"), "folder");
    }

    @Test
    void frameTooLargeForALong() {
        assertThrows(IllegalArgumentException.class, () -> open(DEFAULTS, "rows", "4611686018427387904", "cols", "4"));
        assertThrows(IllegalArgumentException.class,
                () -> open(DEFAULTS, "rows", "7", "cols", "9", "dtype", "uint64", "channels", "2305843009213693952"));
    }

    /** Opens {@code path} through the registry with alternating option keys and values. */
    private ImagingExtractor open(Path path, String... keysAndValues) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            options.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return registry.openImaging(path, OpenOptions.of(options));
    }

    /** Opening fails with a usage error whose message contains every word. */
    private void usage(Path path, String[] words, String... keysAndValues) {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> open(path, keysAndValues));
        for (String word : words) {
            assertTrue(error.getMessage().contains(word), "'" + word + "' in: " + error.getMessage());
        }
    }
}
