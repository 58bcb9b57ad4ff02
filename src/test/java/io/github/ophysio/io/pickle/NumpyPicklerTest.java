package io.github.ophysio.io.pickle;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What we pickle comes back through our own unpickler (numpy's own reading is ConvertCliTest's). */
class NumpyPicklerTest {

    private static final Path NAME = Path.of("test.pkl");

    @Test
    void everyDtypeComesBack() {
        Map<String, Object> dict = new LinkedHashMap<>();
        dict.put("i4", PickledArray.int32(1, -2, 3));
        dict.put("i8", PickledArray.int64(1L << 40, -5));
        dict.put("f4", PickledArray.float32(new float[] {0.5f, 1.5f, 2.5f, 3.5f, 4.5f, 5.5f}, 2, 3));
        dict.put("f8", PickledArray.float64(new double[] {Math.PI}, 1));
        dict.put("b1", PickledArray.bools(true, false));
        dict.put("n", 7);
        dict.put("x", 2.25);
        dict.put("s", "é");
        @SuppressWarnings("unchecked")
        Map<String, Object> back = (Map<String, Object>) NumpyPickle.loads(NAME, NumpyPickler.dumps(dict));
        assertArrayEquals(new long[] {1, -2, 3}, ((NumpyArray) back.get("i4")).toLongs());
        assertArrayEquals(new long[] {1L << 40, -5}, ((NumpyArray) back.get("i8")).toLongs());
        NumpyArray f4 = (NumpyArray) back.get("f4");
        assertArrayEquals(new int[] {2, 3}, f4.shape());
        assertEquals(5.5, f4.getDouble(1, 2));
        assertArrayEquals(new double[] {Math.PI}, ((NumpyArray) back.get("f8")).toDoubles());
        assertArrayEquals(new double[] {1, 0}, ((NumpyArray) back.get("b1")).toDoubles());
        assertEquals(7, ((Number) back.get("n")).intValue());
        assertEquals(2.25, back.get("x"));
        assertEquals("é", back.get("s"));
    }

    @Test
    void objectArraysHoldTheirValues() {
        Object back = NumpyPickle.loads(NAME, NumpyPickler.dumps(PickledArray.objects(List.of(Map.of("a", 1),
                Map.of("a", 2)))));
        List<Object> items = ((NumpyArray) back).objects();
        assertEquals(2, items.size());
        assertEquals(2, ((Number) ((Map<?, ?>) items.get(1)).get("a")).intValue());
    }

    @Test
    void onlyObjectArraysArePickledIntoAnNpy() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> NumpyPickler.writeNpy(PickledArray.int32(1), java.io.OutputStream.nullOutputStream()));
        assertEquals("not an object array: i4", e.getMessage());
    }
}
