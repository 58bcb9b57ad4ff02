package io.github.ophysio.formats.isxd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ophysio.error.CorruptFileException;
import io.github.ophysio.formats.FormatRegistry;
import io.github.ophysio.formats.OpenOptions;
import io.github.ophysio.model.ImagingExtractor;
import io.github.ophysio.testing.Fixtures;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The parts of the isxd reader on their own: footer, time-index arithmetic, sniffing, versions, JSON values. */
class IsxdPartsTest {

    private final FormatRegistry registry = FormatRegistry.load();

    /** A file of {@code payload} bytes followed by {@code json} as isxcore writes a footer. */
    static Path write(Path dir, String name, int payload, String json) throws IOException {
        byte[] text = json.getBytes(StandardCharsets.UTF_8);
        ByteBuffer file = ByteBuffer.allocate(payload + text.length + 9).order(ByteOrder.LITTLE_ENDIAN);
        file.position(payload);
        file.put(text).put((byte) 0).putLong(text.length);
        return Files.write(dir.resolve(name), file.array());
    }

    private static String movieJson(String timing) {
        return "{\"type\": 0, \"dataType\": 2, \"fileVersion\": 1, \"hasFrameHeaderFooter\": false,"
                + "\"spacingInfo\": {\"numPixels\": {\"x\": 1, \"y\": 1}},"
                + "\"timingInfo\": {" + timing + ", \"period\": {\"num\": 1, \"den\": 1000},"
                + "\"start\": {\"secsSinceEpoch\": {\"num\": -1, \"den\": 2}, \"utcOffset\": 3600}}}";
    }

    @Test
    void aCroppedRangeOfABillionFramesIsNeverExpanded(@TempDir Path dir) throws IOException {
        Path path = write(dir, "long.isxd", 4, movieJson("\"numTimes\": 1000000000, \"dropped\": [999999998, 5],"
                + " \"cropped\": [\"2 - 999999996\", \"7\"], \"blank\": [999999997, 0]"));
        IsxdTiming timing = IsxdTiming.read(IsxdFooter.read(path));
        assertEquals(2, timing.storedFrames(), "only 1 and 999999999 are valid");
        assertEquals(List.of(1L, 999_999_999L), List.of(timing.firstValid(), timing.lastValid()));
        assertEquals(-1, timing.storedIndex(0));
        assertEquals(0, timing.storedIndex(1));
        assertEquals(-1, timing.storedIndex(500_000_000));
        assertEquals(1, timing.storedIndex(999_999_999));
        Map<String, Object> metadata = timing.metadata();
        assertEquals(List.of(999_999_998L), metadata.get("dropped"), "dropped 5 lies in the cropped range");
        assertEquals(List.of(0L, 999_999_997L), metadata.get("blank"));
        assertEquals("1970-01-01T00:59:59.500+01:00", metadata.get("startTimeIso"));
    }

    @Test
    void storedIndexSkipsEveryInvalidFrameBefore(@TempDir Path dir) throws IOException {
        Path path = write(dir, "small.isxd", 6, movieJson("\"numTimes\": 10, \"dropped\": [1, 4],"
                + " \"cropped\": [\"6 - 7\"], \"blank\": []"));
        IsxdTiming timing = IsxdTiming.read(IsxdFooter.read(path));
        long[] expected = {0, -1, 1, 2, -1, 3, -1, -1, 4, 5};
        for (int t = 0; t < 10; t++) {
            assertEquals(expected[t], timing.storedIndex(t), "time index " + t);
        }
        ImagingExtractor x = registry.openImaging(path, OpenOptions.none());
        assertEquals(10, x.getNumSamples());
        assertEquals(1000.0, x.getSamplingFrequency().getAsDouble());
    }

    @Test
    void lenientJsonIsNotJson(@TempDir Path dir) throws IOException {
        Path path = write(dir, "lenient.isxd", 0, "{type: 0}");
        Fixtures.assertError(path, CorruptFileException.class, () -> IsxdFooter.read(path), "not JSON");
        Path trailing = write(dir, "trailing.isxd", 0, "{\"type\": 0} {}");
        Fixtures.assertError(trailing, CorruptFileException.class, () -> IsxdFooter.read(trailing), "not JSON");
    }

    @Test
    void contentBeatsTheFileName(@TempDir Path dir) throws IOException {
        Path unnamed = write(dir, "movie.bin", 1, movieJson("\"numTimes\": 1"));
        assertEquals("isxd", registry.readerFor(unnamed, OpenOptions.none()).id());
        Path named = Files.write(dir.resolve("junk.isxd"), new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12});
        assertEquals("isxd", registry.readerFor(named, OpenOptions.none()).id());
        assertTrue(IsxdFooter.looksLikeIsxd(unnamed));
        assertFalse(IsxdFooter.looksLikeIsxd(named));
        Fixtures.assertError(named, CorruptFileException.class, () -> registry.openImaging(named, OpenOptions.none()),
                "footer length");
    }

    @Test
    void acquisitionVersionsFromWhichHeadersCarryAClock() {
        assertTrue(IsxdHeaderClock.atLeastFirstTscVersion("1.1.1"));
        assertTrue(IsxdHeaderClock.atLeastFirstTscVersion("1.9.0"));
        assertTrue(IsxdHeaderClock.atLeastFirstTscVersion("2.0"));
        assertTrue(IsxdHeaderClock.atLeastFirstTscVersion("1.10.0-rc1"));
        assertFalse(IsxdHeaderClock.atLeastFirstTscVersion("1.1.0"));
        assertFalse(IsxdHeaderClock.atLeastFirstTscVersion("1.0.9"));
        assertFalse(IsxdHeaderClock.atLeastFirstTscVersion("0.9"));
    }

    @Test
    void jsonValuesKeepWholeNumbersAndFractionsApart() {
        Object value = IsxdJson.toJava(com.google.gson.JsonParser.parseString(
                "{\"a\": 1, \"b\": 0.0, \"c\": 4294967295, \"d\": -9223372036854775808, \"e\": [true, null, \"x\"]}"));
        assertEquals("{a=1, b=0.0, c=4294967295, d=-9223372036854775808, e=[true, null, x]}", value.toString());
    }
}
