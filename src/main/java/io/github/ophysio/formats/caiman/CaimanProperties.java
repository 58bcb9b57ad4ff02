package io.github.ophysio.formats.caiman;

import io.github.ophysio.io.hdf5.Hdf5Flat;
import io.github.ophysio.error.CorruptFileException;
import io.github.ophysio.model.RoiProperty;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Per-component properties: {@code is_accepted} from {@code idx_components} (all accepted when it is
 * absent or None, as roiextractors reads it) and the quality metrics {@code SNR_comp} → {@code snr},
 * {@code r_values}, {@code cnn_preds} when present (None and zero-length mean absent).
 */
final class CaimanProperties {

    static final String ACCEPTED = "estimates/idx_components";

    private CaimanProperties() {
    }

    static List<RoiProperty> read(CaimanHdf5 h5, int components) {
        List<RoiProperty> properties = new ArrayList<>();
        properties.add(accepted(h5, components));
        metric(h5, "estimates/SNR_comp", components).ifPresent(v -> properties.add(
                new RoiProperty("snr", "signal-to-noise ratio of the component (CaImAn SNR_comp)", v)));
        metric(h5, "estimates/r_values", components).ifPresent(v -> properties.add(
                new RoiProperty("r_values", "spatial correlation of footprint and data (CaImAn r_values)", v)));
        metric(h5, "estimates/cnn_preds", components).ifPresent(v -> properties.add(
                new RoiProperty("cnn_preds", "CNN classifier probability of being a neuron (CaImAn cnn_preds)", v)));
        return properties;
    }

    /** Indices listed in idx_components are accepted; all are when it is absent or None. */
    private static RoiProperty accepted(CaimanHdf5 h5, int components) {
        // A zero-length idx_components is a list of nothing (all rejected), unlike None.
        boolean listed = h5.dataset(ACCEPTED).isPresent() || h5.isEmptyArray(ACCEPTED);
        boolean[] accepted = new boolean[components];
        java.util.Arrays.fill(accepted, !listed);
        if (h5.dataset(ACCEPTED).isPresent()) {
            for (int index : Hdf5Flat.ints(h5.path(), ACCEPTED, h5.require(ACCEPTED).getData())) {
                if (index < 0 || index >= components) {
                    throw CorruptFileException.expected(h5.path(), ACCEPTED, "component indices in [0, " + components
                            + ")", index);
                }
                accepted[index] = true;
            }
        }
        List<Object> values = new ArrayList<>(components);
        for (boolean a : accepted) {
            values.add(a);
        }
        String source = listed ? "listed in CaImAn idx_components" : "CaImAn idx_components is None: all accepted";
        return new RoiProperty("is_accepted", "accepted by CaImAn's component evaluation (" + source + ")", values);
    }

    private static Optional<List<Object>> metric(CaimanHdf5 h5, String name, int components) {
        Optional<double[]> values = h5.numbers(name);
        if (values.isPresent() && values.get().length != components) {
            throw CorruptFileException.expected(h5.path(), name, components + " values (one per component)",
                    values.get().length);
        }
        return values.map(v -> {
            List<Object> list = new ArrayList<>(v.length);
            for (double d : v) {
                list.add(d);
            }
            return list;
        });
    }
}
