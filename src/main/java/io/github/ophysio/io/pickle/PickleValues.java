package io.github.ophysio.io.pickle;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns what the unpickler built into plain values: pending arrays and dtypes into
 * {@link NumpyArray}/{@link NumpyDtype}, tuples into lists, 0-d object arrays into their element.
 * Shared references (a dtype memoized once, used by many arrays) resolve once; cycles are kept.
 */
final class PickleValues {

    /** Deeper nesting than any NumPy file has; refused rather than overflowing the stack. */
    static final int MAX_DEPTH = 1000;

    private final Map<Object, Object> done = new IdentityHashMap<>();
    private int depth;

    Object resolve(Object value) {
        if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean) {
            return value;
        }
        Object known = done.get(value);
        if (known != null) {
            return known;
        }
        if (++depth > MAX_DEPTH) {
            throw new IllegalArgumentException("values nested deeper than " + MAX_DEPTH);
        }
        try {
            return convert(value);
        } finally {
            depth--;
        }
    }

    private Object convert(Object value) {
        if (value instanceof PendingArray array) {
            return remember(value, zeroD(array.finish(this::resolve)));
        } else if (value instanceof PendingDtype dtype) {
            return remember(value, dtype.dtype());
        } else if (value instanceof Object[] tuple) {
            return list(value, Arrays.asList(tuple));
        } else if (value instanceof List<?> items) {
            return list(value, items);
        } else if (value instanceof Map<?, ?> map) {
            return map(map);
        }
        return value;
    }

    private Object list(Object original, List<?> items) {
        List<Object> out = new ArrayList<>(items.size());
        done.put(original, out);
        items.forEach(item -> out.add(resolve(item)));
        return out;
    }

    private Object map(Map<?, ?> map) {
        Map<Object, Object> out = new LinkedHashMap<>();
        done.put(map, out);
        map.forEach((k, v) -> out.put(resolve(k), resolve(v)));
        return out;
    }

    private Object remember(Object original, Object resolved) {
        done.put(original, resolved);
        return resolved;
    }

    /** NumPy stores dicts as 0-d object arrays: the dict is what the file means. */
    private static Object zeroD(NumpyArray array) {
        return array.dtype().isObject() && array.ndim() == 0 ? array.objects().get(0) : array;
    }
}
