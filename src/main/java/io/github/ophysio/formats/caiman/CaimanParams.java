package io.github.ophysio.formats.caiman;

import io.github.ophysio.io.hdf5.Hdf5Flat;
import io.github.ophysio.error.CorruptFileException;
import io.github.ophysio.error.UnsupportedFormatException;
import io.jhdf.object.datatype.FixedPoint;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * What {@code params/} and the root say about the run: the frame dims (d1 rows, d2 cols), the frame
 * rate, and a few parameters worth showing as metadata.
 */
record CaimanParams(int d1, int d2, OptionalDouble frameRate, Map<String, Object> metadata) {

    /** Where the dims are, in order of trust (they repeat each other in real files). */
    private static final List<String> DIMS = List.of("params/data/dims", "estimates/dims", "dims");

    /** Metadata keys and the paths they come from, numbers or text. */
    private static final Map<String, String> SHOWN = shown();

    static CaimanParams read(CaimanHdf5 h5) {
        int[] dims = dims(h5);
        OptionalDouble fr = h5.numbers("params/data/fr").filter(v -> v.length == 1 && v[0] > 0)
                .map(v -> OptionalDouble.of(v[0])).orElse(OptionalDouble.empty());
        return new CaimanParams(dims[0], dims[1], fr, metadata(h5));
    }

    private static int[] dims(CaimanHdf5 h5) {
        String where = DIMS.stream().filter(p -> h5.dataset(p).isPresent()).findFirst().orElseThrow(() ->
                new CorruptFileException(h5.path(), DIMS.get(0) + ": expected the frame dims [d1, d2], found nothing"));
        int[] dims = Hdf5Flat.ints(h5.path(), where, h5.require(where).getData());
        if (dims.length == 3 && dims[2] > 1) {
            throw new UnsupportedFormatException(h5.path(), "a 3-D CaImAn segmentation (" + where + " " + dims[0]
                    + " x " + dims[1] + " x " + dims[2] + "): only 2-D frames are read");
        }
        if (dims.length < 2 || dims.length > 3 || dims[0] < 1 || dims[1] < 1) {
            throw CorruptFileException.expected(h5.path(), where, "[d1, d2] with positive sizes",
                    java.util.Arrays.toString(dims));
        }
        return dims;
    }

    private static Map<String, Object> metadata(CaimanHdf5 h5) {
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("caimanFile", "cnm.save");
        SHOWN.forEach((key, path) -> value(h5, path).ifPresent(v -> metadata.put(key, v)));
        return metadata;
    }

    /** Text where CaImAn stored text, else a number or a list of numbers. */
    private static Optional<Object> value(CaimanHdf5 h5, String path) {
        Optional<String> text = h5.text(path);
        if (text.isPresent() || h5.dataset(path).map(d -> d.getJavaType() == String.class).orElse(false)) {
            return text.map(t -> t);
        }
        return h5.numbers(path).map(v -> {
            boolean integers = h5.dataset(path).orElseThrow().getDataType() instanceof FixedPoint;
            List<Object> list = new ArrayList<>();
            for (double d : v) {
                list.add(integers ? (Object) (long) d : (Object) d);
            }
            return h5.dataset(path).orElseThrow().isScalar() ? list.get(0) : list;
        });
    }

    private static Map<String, String> shown() {
        Map<String, String> shown = new LinkedHashMap<>();
        shown.put("caiman_version", "params/data/caiman_version");
        shown.put("last_commit", "params/data/last_commit");
        shown.put("fr", "params/data/fr");
        shown.put("decay_time", "params/data/decay_time");
        shown.put("dxy", "params/data/dxy");
        shown.put("dims", "params/data/dims");
        shown.put("fnames", "params/data/fnames");
        shown.put("var_name_hdf5", "params/data/var_name_hdf5");
        shown.put("mmap_file", "mmap_file");
        shown.put("mmap_C", "params/data/mmap_C");
        shown.put("mmap_F", "params/data/mmap_F");
        shown.put("K", "params/init/K");
        shown.put("gSig", "params/init/gSig");
        shown.put("method_init", "params/init/method_init");
        shown.put("p", "params/preprocess/p");
        shown.put("rf", "params/patch/rf");
        shown.put("min_SNR", "params/quality/min_SNR");
        shown.put("rval_thr", "params/quality/rval_thr");
        shown.put("nr", "estimates/nr");
        return java.util.Collections.unmodifiableMap(shown);
    }
}
