package io.github.ophysio.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.ophysio.error.OphysException;
import io.github.ophysio.model.PixelType;
import io.github.ophysio.model.PlaneValues;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.function.Executable;

/**
 * Finds the committed test fixtures and reads the manifests that
 * {@code scripts/fixtures/make_npy_fixtures.py} writes beside them, and computes the
 * position-coded value every fixture element must have.
 */
public final class Fixtures {

    /** Name of the manifest in every fixture folder. */
    public static final String MANIFEST = "manifest.json";

    private Fixtures() {
    }

    /**
     * The fixture root: {@code src/test/resources/fixtures} of the project when the tests run
     * from its base directory (so that the listing is the committed one, not a possibly stale
     * copy), else the copy on the test class path.
     */
    public static Path root() {
        Path source = Path.of("src", "test", "resources", "fixtures");
        if (Files.isDirectory(source)) {
            return source.toAbsolutePath();
        }
        URL url = Fixtures.class.getResource("/fixtures");
        if (url == null) {
            throw new IllegalStateException("no fixtures folder in src/test/resources or on the class path");
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A fixture folder, e.g. {@code npy} or {@code npy/bad}. */
    public static Path dir(String folder) {
        return root().resolve(folder);
    }

    /** A fixture file, e.g. {@code path("npy", "uint16_le_c_v10_5x7x9.npy")}. */
    public static Path path(String folder, String name) {
        return dir(folder).resolve(name);
    }

    /** The file entries of a folder's manifest, in manifest order. */
    public static List<Entry> manifest(String folder) {
        Path file = dir(folder).resolve(MANIFEST);
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            JsonObject manifest = JsonParser.parseReader(in).getAsJsonObject();
            List<Entry> entries = new ArrayList<>();
            manifest.getAsJsonArray("files").forEach(e -> entries.add(new Entry(folder, e.getAsJsonObject())));
            return entries;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Runs {@code open} and asserts that it throws exactly {@code type}, with a one-line message
     * that starts with {@code path} and contains every word (case-insensitive).
     */
    public static <T extends OphysException> T assertError(Path path, Class<T> type, Executable open, String... words) {
        OphysException error = assertThrows(OphysException.class, open);
        String message = error.getMessage();
        assertEquals(type, error.getClass(), message);
        assertTrue(message.startsWith(path + ": "), () -> "starts with the path: " + message);
        assertFalse(message.contains("\n") || message.contains("\r"), () -> "one line: " + message);
        for (String word : words) {
            assertTrue(message.toLowerCase(Locale.ROOT).contains(word.toLowerCase(Locale.ROOT)),
                    () -> "'" + word + "' in: " + message);
        }
        return type.cast(error);
    }

    /** One file of a manifest. */
    public record Entry(String folder, JsonObject json) {

        public String name() {
            return json.get("name").getAsString();
        }

        public Path path() {
            return Fixtures.path(folder, name());
        }

        public String string(String key) {
            return json.get(key).getAsString();
        }

        public PixelType pixelType() {
            String dtype = string("dtype");
            return PixelType.fromNumpyName(dtype).orElseThrow(() -> new IllegalStateException("dtype " + dtype));
        }

        /** The logical shape (T, rows, cols) or (T, rows, cols, N). */
        public int[] shape() {
            return json.getAsJsonArray("shape").asList().stream().mapToInt(JsonElement::getAsInt).toArray();
        }

        public Coding coding() {
            JsonObject coding = json.getAsJsonObject("coding");
            BigInteger modulus = coding.has("modulus") ? coding.get("modulus").getAsBigInteger() : BigInteger.TWO;
            return new Coding(pixelType(), coding.get("scale").getAsBigDecimal(), coding.get("offset").getAsBigDecimal(),
                    modulus);
        }

        /**
         * The value expected at (t, r, c) of plane p of this recording opened with
         * {@code options}: N is channel {@code channel=} (default 0) or, with
         * {@code fourth-axis=planes}, plane p.
         */
        public double expectedValue(Map<String, String> options, int t, int r, int c, int p) {
            int[] s = shape();
            int n = s.length == 4 ? s[3] : 1;
            boolean planes = "planes".equals(options.get("fourth-axis"))
                    || json.has("fourthAxis") && "planes".equals(string("fourthAxis"));
            int k = planes ? p : Integer.parseInt(options.getOrDefault("channel", "0"));
            return coding().value((((long) t * s[1] + r) * s[2] + c) * n + k);
        }

        /** The entry's {@code options} object as an option map (raw binary files). */
        public Map<String, String> options() {
            Map<String, String> options = new LinkedHashMap<>();
            if (json.has("options")) {
                json.getAsJsonObject("options").entrySet().forEach(e -> options.put(e.getKey(), e.getValue().getAsString()));
            }
            return options;
        }

        @Override
        public String toString() {
            return folder + "/" + name();
        }
    }

    /**
     * The value coding of one fixture: element with flat C-order logical index i holds
     * i · scale + offset, wrapped into the dtype: integers modulo 2^bits, bool modulo
     * {@code modulus} then modulo 2, floats computed in double and rounded to the dtype.
     */
    public record Coding(PixelType type, BigDecimal scale, BigDecimal offset, BigInteger modulus) {

        /** The value of element {@code index} as a double (what {@link PlaneValues#get} must return). */
        public double value(long index) {
            if (type.isFloating()) {
                double v = index * scale.doubleValue() + offset.doubleValue();
                return type == PixelType.FLOAT32 ? (float) v : v;
            }
            return integer(index).doubleValue();
        }

        /** The exact value of integer element {@code index} (unsigned types non-negative). */
        public BigInteger integer(long index) {
            BigInteger raw = BigInteger.valueOf(index).multiply(scale.toBigIntegerExact()).add(offset.toBigIntegerExact());
            if (type == PixelType.BOOL) {
                return raw.mod(modulus).mod(BigInteger.TWO);
            }
            int bits = type.bytes() * 8;
            BigInteger wrapped = raw.mod(BigInteger.ONE.shiftLeft(bits));
            return type.isSigned() && wrapped.testBit(bits - 1) ? wrapped.subtract(BigInteger.ONE.shiftLeft(bits)) : wrapped;
        }

        /** The bits of integer element {@code index} as a Java primitive of its width holds them, sign-extended. */
        public long bits(long index) {
            return integer(index).longValue() << (64 - bitsOf(type)) >> (64 - bitsOf(type));
        }

        /**
         * Asserts that element {@code i} of {@code array} holds the value of logical index
         * {@code index}: through {@link PlaneValues#get}, and bit for bit for integer types.
         */
        public void check(Object array, int i, long index, String where) {
            assertEquals(value(index), PlaneValues.get(type, array, i), () -> where + " (logical index " + index + ")");
            if (!type.isFloating()) {
                assertEquals(bits(index), rawBits(array, i), () -> where + " bits (logical index " + index + ")");
            }
        }

        private static int bitsOf(PixelType type) {
            return type.bytes() * 8;
        }

        private static long rawBits(Object array, int i) {
            if (array instanceof byte[] a) {
                return a[i];
            } else if (array instanceof short[] a) {
                return a[i];
            } else if (array instanceof int[] a) {
                return a[i];
            } else if (array instanceof long[] a) {
                return a[i];
            }
            throw new IllegalArgumentException("not an integer plane: " + array);
        }
    }
}
