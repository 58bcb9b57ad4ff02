package io.github.ophysio.formats.suite2p;

import io.github.ophysio.error.CorruptFileException;
import io.github.ophysio.error.MissingFileException;
import io.github.ophysio.io.pickle.NpyFiles;
import io.github.ophysio.io.pickle.NumpyArray;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A plane's options and outputs: {@code ops.npy} (Suite2p v0.x, also written by v1.x), else the
 * v1.x split files {@code db.npy}, {@code settings.npy}, {@code reg_outputs.npy},
 * {@code detect_outputs.npy} merged in that order (settings stay nested; fs, tau, diameter are
 * top-level there too).
 */
final class Suite2pOps {

    private static final List<String> V1_FILES = List.of("db.npy", "settings.npy", "reg_outputs.npy", "detect_outputs.npy");
    /** Scalars worth showing in a segmentation's metadata, when present. */
    private static final List<String> METADATA_KEYS = List.of("suite2p_version", "nframes", "Ly", "Lx", "nplanes",
            "nchannels", "functional_chan", "align_by_chan", "fs", "tau", "diameter", "spatial_scale", "neucoeff",
            "baseline", "win_baseline", "sig_baseline", "do_registration", "nonrigid", "yrange", "xrange", "dy", "dx",
            "iplane", "date_proc");

    private final Path file;
    private final Map<String, Object> values;

    private Suite2pOps(Path file, Map<String, Object> values) {
        this.file = file;
        this.values = values;
    }

    static Suite2pOps load(Path planeDir) {
        Path ops = planeDir.resolve(Suite2pFolder.OPS);
        if (Files.isRegularFile(ops)) {
            return new Suite2pOps(ops, NpyFiles.readDict(ops));
        }
        Path db = planeDir.resolve(V1_FILES.get(0));
        if (!Files.isRegularFile(db)) {
            throw new MissingFileException(ops, "no such file (a Suite2p plane folder has ops.npy, or db.npy from v1.x)");
        }
        Map<String, Object> merged = new LinkedHashMap<>();
        V1_FILES.stream().map(planeDir::resolve).filter(Files::isRegularFile).forEach(f -> merged.putAll(NpyFiles.readDict(f)));
        return new Suite2pOps(db, merged);
    }

    Path file() {
        return file;
    }

    Object get(String key) {
        return values.get(key);
    }

    /** A required positive whole number (Ly, Lx). */
    int positiveInt(String key) {
        Object value = values.get(key);
        if (!(value instanceof Number n) || n.doubleValue() != Math.rint(n.doubleValue()) || n.longValue() <= 0
                || n.longValue() > Integer.MAX_VALUE) {
            throw CorruptFileException.expected(file, key, "a positive whole number", value == null ? "no such key" : value);
        }
        return n.intValue();
    }

    OptionalDouble samplingFrequency() {
        Object fs = values.get("fs");
        return fs instanceof Number n && n.doubleValue() > 0 && Double.isFinite(n.doubleValue())
                ? OptionalDouble.of(n.doubleValue()) : OptionalDouble.empty();
    }

    Optional<NumpyArray> array(String key) {
        return values.get(key) instanceof NumpyArray a ? Optional.of(a) : Optional.empty();
    }

    /** yrange / xrange as [start, stop); the whole axis when absent. */
    int[] range(String key, int size) {
        List<Object> items = listOf(values.get(key));
        if (items == null) {
            return new int[] {0, size};
        }
        if (items.size() != 2 || !(items.get(0) instanceof Number a) || !(items.get(1) instanceof Number b)
                || a.intValue() < 0 || b.intValue() > size || a.intValue() > b.intValue()) {
            throw CorruptFileException.expected(file, key, "[start, stop) within 0.." + size, items);
        }
        return new int[] {a.intValue(), b.intValue()};
    }

    /** The scalars of {@link #METADATA_KEYS} present here, as JSON-like values. */
    Map<String, Object> metadata() {
        Map<String, Object> metadata = new LinkedHashMap<>();
        for (String key : METADATA_KEYS) {
            Object value = plain(values.get(key));
            if (value != null) {
                metadata.put(key, value);
            }
        }
        return metadata;
    }

    private static Object plain(Object value) {
        if (value instanceof Number || value instanceof String || value instanceof Boolean) {
            return value;
        }
        if (value instanceof LocalDateTime time) {
            return time.toString();
        }
        List<Object> items = listOf(value);
        return items != null && items.size() <= 16 && items.stream().allMatch(v -> v instanceof Number) ? items : null;
    }

    /** A Python list/tuple or a 1-D NumPy array as a list of values; null for anything else. */
    static List<Object> listOf(Object value) {
        if (value instanceof List<?> list) {
            return new ArrayList<>(list);
        }
        if (value instanceof NumpyArray array && array.ndim() == 1 && array.size() <= 1 << 20) {
            List<Object> items = new ArrayList<>();
            for (int i = 0; i < array.size(); i++) {
                items.add(array.get(i));
            }
            return items;
        }
        return null;
    }
}
