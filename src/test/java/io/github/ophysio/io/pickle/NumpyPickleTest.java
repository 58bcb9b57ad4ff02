package io.github.ophysio.io.pickle;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ophysio.error.CorruptFileException;
import io.github.ophysio.error.UnsupportedFormatException;
import io.github.ophysio.testing.Fixtures;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Pickles written by Debian's NumPy 1.x with protocols 2-5 (make_suite2p_fixtures.py), and hostile ones. */
class NumpyPickleTest {

    static Path pickle(String name) {
        return Fixtures.path("suite2p/pickle", name);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> load(int protocol, String part) throws IOException {
        Path file = pickle("values_p" + protocol + ".pkl");
        Map<String, Object> all = (Map<String, Object>) NumpyPickle.loads(file, Files.readAllBytes(file));
        return (Map<String, Object>) all.get(part);
    }

    static NumpyArray array(Map<String, Object> arrays, String key) {
        return assertInstanceOf(NumpyArray.class, arrays.get(key), key);
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 3, 4, 5})
    void integerArraysKeepTheirBits(int protocol) throws IOException {
        Map<String, Object> a = load(protocol, "arrays");
        assertArrayEquals(new boolean[] {true, false, true}, (boolean[]) array(a, "b1").data());
        assertArrayEquals(new byte[] {-128, 0, 127}, (byte[]) array(a, "i1").data());
        assertEquals(200, array(a, "u1").get(1));
        assertArrayEquals(new short[] {-30000, 5, 30000}, (short[]) array(a, "i2").data());
        assertEquals(40000, array(a, "u2").get(1));
        assertArrayEquals(new int[] {Integer.MIN_VALUE, 7, Integer.MAX_VALUE}, (int[]) array(a, "i4").data());
        assertEquals(3_000_000_000L, array(a, "u4").get(1));
        assertArrayEquals(new long[] {Long.MIN_VALUE, 9, 1L << 62}, (long[]) array(a, "i8").data());
        assertEquals(BigInteger.TWO.pow(63).add(BigInteger.valueOf(5)), array(a, "u8").get(1));
        assertEquals("<u8", array(a, "u8").dtype().descr());
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 3, 4, 5})
    void floatStringAndByteOrderArrays(int protocol) throws IOException {
        Map<String, Object> a = load(protocol, "arrays");
        assertArrayEquals(new float[] {0.5f, -1.25f, 3e38f}, (float[]) array(a, "f4").data());
        assertArrayEquals(new double[] {0.1, -2.5, 1e300}, (double[]) array(a, "f8").data());
        assertArrayEquals(new String[] {"ab", "xyz", ""}, (String[]) array(a, "U").data());
        assertArrayEquals(new String[] {"ab", "c", ""}, (String[]) array(a, "S").data());
        assertArrayEquals(new int[] {1, -2, 3}, (int[]) array(a, "big_i4").data());
        assertEquals(">i4", array(a, "big_i4").dtype().descr());
        assertArrayEquals(new double[] {1.5, -2.5, 4.0}, (double[]) array(a, "big_f8").data());
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 3, 4, 5})
    void shapesOrdersAndSharedDtypes(int protocol) throws IOException {
        Map<String, Object> a = load(protocol, "arrays");
        NumpyArray fortran = array(a, "fortran");
        assertTrue(fortran.fortranOrder());
        assertArrayEquals(new int[] {2, 3}, fortran.shape());
        assertEquals(1, fortran.getDouble(0, 1));
        assertEquals(3, fortran.getDouble(1, 0));
        assertArrayEquals(new double[] {0, 1, 2, 3, 4, 5}, fortran.toDoubles());
        assertEquals(23, array(a, "c3d").getDouble(1, 2, 3));
        assertEquals(0, array(a, "zero_d").ndim());
        assertEquals(4.5, array(a, "zero_d").getDouble());
        assertEquals(0, array(a, "empty").size());
        List<?> same = (List<?>) a.get("same_dtype");
        assertEquals(((NumpyArray) same.get(0)).dtype(), ((NumpyArray) same.get(1)).dtype());
        assertEquals(3f, ((float[]) ((NumpyArray) same.get(1)).data())[3]);
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 3, 4, 5})
    void numpyScalarsBecomeJavaNumbers(int protocol) throws IOException {
        Map<String, Object> s = load(protocol, "scalars");
        assertEquals(2.5, s.get("f8"));
        assertEquals(-0.75f, s.get("f4"));
        assertEquals(-7L, s.get("i8"));
        assertEquals(123, s.get("i4"));
        assertEquals(BigInteger.TWO.pow(64).subtract(BigInteger.ONE), s.get("u8"));
        assertEquals(true, s.get("b"));
        assertEquals(250, s.get("u1"));
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 3, 4, 5})
    void pythonValuesAndNestedContainers(int protocol) throws IOException {
        Map<String, Object> p = load(protocol, "python");
        assertEquals(5, p.get("int"));
        assertEquals(BigInteger.TWO.pow(70), p.get("big"));
        assertEquals(-300, p.get("neg"));
        assertEquals(1.5, p.get("float"));
        assertEquals(true, p.get("true"));
        assertTrue(p.containsKey("none"));
        assertNull(p.get("none"));
        assertEquals("päth", p.get("text"));
        assertArrayEquals(new byte[] {0, -1}, (byte[]) p.get("bytes"));
        assertEquals(List.of(1, "two", 3.0), p.get("tuple"));
        assertEquals(List.of(List.of(1, 2), Map.of("deep", Arrays.asList((Object) null))), p.get("list"));
        assertEquals(LocalDateTime.of(2024, 3, 5, 14, 7, 9, 123_456_000), p.get("when"));
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 3, 4, 5})
    void objectArraysHoldPythonValues(int protocol) throws IOException {
        Path file = pickle("values_p" + protocol + ".pkl");
        Map<?, ?> all = (Map<?, ?>) NumpyPickle.loads(file, Files.readAllBytes(file));
        NumpyArray objects = assertInstanceOf(NumpyArray.class, all.get("objects"));
        assertTrue(objects.dtype().isObject());
        assertEquals(Arrays.asList(Map.of("k", 1), List.of(2, 3), null), objects.objects());
    }

    @ParameterizedTest
    @CsvSource({"os_system.pkl, os.system", "builtins_eval.pkl, builtins.eval", "inst_os_system.pkl, os.system",
        "nested_foreign.pkl, subprocess.call"})
    void foreignGlobalsAreRefusedByName(String name, String global) throws IOException {
        Path file = pickle(name);
        byte[] bytes = Files.readAllBytes(file);
        Fixtures.assertError(file, UnsupportedFormatException.class, () -> NumpyPickle.loads(file, bytes),
                "unsupported", "'" + global + "'", "nothing is executed");
    }

    @ParameterizedTest
    @ValueSource(ints = {10, 100, 1000})
    void truncatedPicklesAreCorrupt(int length) throws IOException {
        Path file = pickle("values_p4.pkl");
        byte[] bytes = Arrays.copyOf(Files.readAllBytes(file), length);
        Fixtures.assertError(file, CorruptFileException.class, () -> NumpyPickle.loads(file, bytes), "corrupt", "pickle");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u0080\u0002}q\u0000b.", "\u0080\u0002K\u0001K\u0002R."})
    void buildAndReduceOnPlainValuesAreCorrupt(String text) {
        Path file = Path.of("hand.pkl");
        byte[] bytes = text.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        Fixtures.assertError(file, CorruptFileException.class, () -> NumpyPickle.loads(file, bytes), "corrupt", "pickle");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u0080\u0004\u008e\u0000\u0000\u0000\u0000\u0000\u0001\u0000\u0000.",
        "\u0080\u0002X\u00ff\u00ff\u00ff\u007f.", "\u0080\u0005\u0096\u00ff\u00ff\u00ff\u00ff\u00ff\u00ff\u00ff\u00ff."})
    void hostileLengthsAreRefusedBeforeAllocating(String text) {
        Path file = Path.of("hostile.pkl");
        byte[] bytes = text.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        Fixtures.assertError(file, CorruptFileException.class, () -> NumpyPickle.loads(file, bytes), "corrupt", "a run of");
    }

    @org.junit.jupiter.api.Test
    void deepNestingIsRefused() {
        byte[] open = new byte[2 + 5000];
        open[0] = (byte) 0x80;
        open[1] = 2;
        Arrays.fill(open, 2, open.length, (byte) ']');
        byte[] bytes = Arrays.copyOf(open, open.length + 4999 + 1);
        Arrays.fill(bytes, open.length, bytes.length - 1, (byte) 'a');
        bytes[bytes.length - 1] = '.';
        Path file = Path.of("deep.pkl");
        Fixtures.assertError(file, CorruptFileException.class, () -> NumpyPickle.loads(file, bytes), "nested deeper");
    }

    @org.junit.jupiter.api.Test
    void dtypeParsing() {
        assertEquals(new NumpyDtype('<', 'U', 12), NumpyDtype.parse("<U3"));
        assertEquals("|b1", NumpyDtype.parse("?").descr());
        assertEquals("|O8", NumpyDtype.parse("O8").descr());
        assertSame(NumpyArray.class, new NumpyArray(NumpyDtype.parse("<f8"), new int[] {1}, false, new double[] {1}).getClass());
    }
}
