package io.github.ophysio.formats.caiman;

import io.github.ophysio.io.hdf5.Hdf5Flat;
import io.github.ophysio.error.CorruptFileException;
import io.github.ophysio.error.MissingFileException;
import io.github.ophysio.io.hdf5.Hdf5Files;
import io.jhdf.HdfFile;
import io.jhdf.api.Attribute;
import io.jhdf.api.Dataset;
import io.jhdf.api.Group;
import io.jhdf.api.Node;
import io.jhdf.exceptions.HdfException;
import java.nio.BufferUnderflowException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;

/**
 * One open CaImAn HDF5 file, used for one read and closed (no handle outlives a call). Lookups
 * follow CaImAn's writer: a missing key, a scalar string {@code "NoneType"} (CaImAn's None) and a
 * zero-length array all read as absent.
 */
final class CaimanHdf5 {

    static final String NONE = "NoneType";

    private final Path path;
    private final HdfFile file;

    private CaimanHdf5(Path path, HdfFile file) {
        this.path = path;
        this.file = file;
    }

    /** Opens {@code path}, applies {@code action} and closes; jhdf failures become corrupt-file errors. */
    static <T> T read(Path path, Function<CaimanHdf5, T> action) {
        if (!Files.isRegularFile(path)) {
            throw new MissingFileException(path, "no such file");
        }
        // Hdf5Files checks the length the superblock states first: jhdf opens a cut file and fails later, vaguely
        return Hdf5Files.read(path, file -> action.apply(new CaimanHdf5(path, file)));
    }

    /** jhdf reports a malformed superblock with several unchecked exception types, not only its own. */
    static HdfFile open(Path path) {
        try {
            return new HdfFile(path);
        } catch (HdfException | IllegalArgumentException | BufferUnderflowException e) {
            throw new CorruptFileException(path, "not a readable HDF5 file (" + e.getMessage() + ")", e);
        }
    }

    Path path() {
        return path;
    }

    /** The node at a slash-separated path, empty when any part is missing. */
    Optional<Node> node(String nodePath) {
        Node node = file;
        for (String part : nodePath.split("/")) {
            if (!(node instanceof Group group)) {
                return Optional.empty();
            }
            node = group.getChild(part);
        }
        return Optional.ofNullable(node);
    }

    boolean isGroup(String nodePath) {
        return node(nodePath).map(Node::isGroup).orElse(false);
    }

    /** The dataset at {@code nodePath} unless it is missing, a group, None or zero-length. */
    Optional<Dataset> dataset(String nodePath) {
        return node(nodePath).filter(n -> n instanceof Dataset).map(n -> (Dataset) n)
                .filter(d -> !isNone(d) && !d.isEmpty() && d.getSize() > 0);
    }

    /** Whether {@code nodePath} is an array dataset with no elements (CaImAn's "empty", not None). */
    boolean isEmptyArray(String nodePath) {
        return node(nodePath).filter(n -> n instanceof Dataset).map(n -> (Dataset) n)
                .map(d -> !d.isScalar() && (d.isEmpty() || d.getSize() == 0)).orElse(false);
    }

    /** The dataset at {@code nodePath}; a corrupt-file error naming it when absent. */
    Dataset require(String nodePath) {
        return dataset(nodePath).orElseThrow(() -> new CorruptFileException(path, nodePath
                + ": expected a dataset (cnm.save() writes it), found " + (node(nodePath).isPresent() ? "None" : "nothing")));
    }

    /** The dimensions of a dataset (empty for a scalar). */
    static long[] shape(Dataset dataset) {
        return dataset.isScalar() ? new long[0] : dataset.getDimensionsAsLong();
    }

    /** Every value of the dataset at {@code nodePath} as doubles, or empty when absent. */
    Optional<double[]> numbers(String nodePath) {
        return dataset(nodePath).map(d -> Hdf5Flat.doubles(path, nodePath, d.getData()));
    }

    /**
     * A string CaImAn saved as an attribute of the parent group (CaImAn ≥ 1.9.9) or as a scalar
     * string dataset (older); a one-element string array gives its element.
     */
    Optional<String> text(String nodePath) {
        int slash = nodePath.lastIndexOf('/');
        String parent = slash < 0 ? "" : nodePath.substring(0, slash);
        String name = nodePath.substring(slash + 1);
        Optional<Node> owner = parent.isEmpty() ? Optional.of(file) : node(parent);
        Attribute attribute = owner.map(n -> n.getAttribute(name)).orElse(null);
        Object value = attribute != null ? attribute.getData() : dataset(nodePath).map(Dataset::getData).orElse(null);
        if (value instanceof String[] array && array.length == 1) {
            value = array[0];
        }
        return value instanceof String s && !s.equals(NONE) ? Optional.of(s) : Optional.empty();
    }

    private static boolean isNone(Dataset dataset) {
        return dataset.isScalar() && dataset.getJavaType() == String.class && NONE.equals(dataset.getData());
    }
}
