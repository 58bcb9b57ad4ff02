package io.github.ophysio.io.mat;

import io.github.ophysio.io.hdf5.Hdf5Attributes;
import io.github.ophysio.io.hdf5.Hdf5Types;
import io.jhdf.HdfFile;
import io.jhdf.api.Dataset;
import io.jhdf.api.Group;
import io.jhdf.api.Node;
import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A MAT v7.3 value over a jhdf node, following MATLAB's layout ({@code ../shared/formats/matlab.md} §3):
 * {@code MATLAB_class} names the class, dims are stored reversed (so C-order data is MATLAB's
 * column-major order), structs are groups, cells are reference datasets into {@code #refs#}, sparse
 * matrices are groups of compressed columns ({@link Mat73Sparse}), and empty arrays carry
 * {@code MATLAB_empty} with their dims as the data.
 */
final class Mat73Value implements MatValue {

    private static final Set<String> NUMERIC = Set.of("double", "single", "int8", "uint8", "int16", "uint16",
            "int32", "uint32", "int64", "uint64", "canonical empty");

    private final String name;
    private final Node node;

    private Mat73Value(String name, Node node) {
        this.name = name;
        this.node = node;
    }

    static List<MatValue> variables(HdfFile file) {
        List<MatValue> variables = new ArrayList<>();
        file.getChildren().forEach((key, node) -> {
            if (!key.startsWith("#")) {
                variables.add(new Mat73Value(key, node));
            }
        });
        return variables;
    }

    static List<MatFile.Variable> list(HdfFile file) {
        return variables(file).stream()
                .map(v -> new MatFile.Variable(v.name(), v.kind(), v.matlabClass(), v.fieldNames())).toList();
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String matlabClass() {
        Optional<String> declared = Hdf5Attributes.text(node, "MATLAB_class");
        if (declared.isPresent()) {
            return declared.get();
        }
        return node instanceof Dataset d ? Hdf5Types.name(d.getDataType()) : "struct";
    }

    @Override
    public MatKind kind() {
        String cls = matlabClass();
        if (node.getAttribute("MATLAB_object_decode") != null) {
            return MatKind.OBJECT;
        }
        if (Mat73Sparse.is(node)) {
            return "logical".equals(cls) ? MatKind.LOGICAL : MatKind.NUMERIC;
        }
        if (node instanceof Group) {
            return MatKind.STRUCT;
        }
        return switch (cls) {
            case "cell" -> MatKind.CELL;
            case "char" -> MatKind.CHAR;
            case "logical" -> MatKind.LOGICAL;
            case "struct" -> MatKind.STRUCT;
            case "function_handle" -> MatKind.OTHER;
            default -> NUMERIC.contains(cls) || isUndeclaredNumber() ? MatKind.NUMERIC : MatKind.OBJECT;
        };
    }

    /** A dataset without MATLAB_class (not written by MATLAB) whose type is a number. */
    private boolean isUndeclaredNumber() {
        return node.getAttribute("MATLAB_class") == null
                && Hdf5Types.pixelType(((Dataset) node).getDataType()).isPresent();
    }

    @Override
    public int[] dims() {
        if (Mat73Sparse.is(node)) {
            return Mat73Sparse.dims((Group) node, name);
        }
        if (node instanceof Group) {
            return new int[] {1, 1};
        }
        if (isEmptyMarker()) {
            return emptyDims();
        }
        int[] stored = ((Dataset) node).getDimensions();
        int[] dims = new int[Math.max(2, stored.length)];
        java.util.Arrays.fill(dims, 1);
        for (int i = 0; i < stored.length; i++) {
            dims[i] = stored[stored.length - 1 - i];
        }
        return dims;
    }

    @Override
    public List<String> fieldNames() {
        if (!(node instanceof Group group) || kind() != MatKind.STRUCT) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        declaredFields().forEach(f -> {
            if (group.getChild(f) != null) {
                names.add(f);
            }
        });
        group.getChildren().keySet().stream().filter(f -> !names.contains(f)).forEach(names::add);
        return names;
    }

    @Override
    public Optional<MatValue> field(String field) {
        if (!(node instanceof Group group) || kind() != MatKind.STRUCT || group.getChild(field) == null) {
            return Optional.empty();
        }
        return Optional.of(new Mat73Value(name + "." + field, group.getChild(field)));
    }

    @Override
    public MatValue cell(int index) {
        if (kind() != MatKind.CELL) {
            throw new IllegalStateException(name + " is a " + matlabClass() + ", not a cell");
        }
        long address = ((Number) Array.get(((Dataset) node).getDataFlat(), index)).longValue();
        return new Mat73Value(name + "{" + (index + 1) + "}", node.getHdfFile().getNodeByAddress(address));
    }

    @Override
    public Optional<MatSparse> sparse() {
        return Mat73Sparse.is(node) ? Optional.of(Mat73Sparse.read((Group) node, name)) : Optional.empty();
    }

    @Override
    public double[] doubles() {
        if (Mat73Sparse.is(node)) {
            return sparse().orElseThrow().dense();
        }
        Object flat = flat();
        if (flat instanceof double[] d) {
            return d;
        }
        int n = Array.getLength(flat);
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            values[i] = ((Number) Array.get(flat, i)).doubleValue();
        }
        return values;
    }

    @Override
    public float[] floats() {
        if (Mat73Sparse.is(node)) {
            return MatValue.super.floats();
        }
        Object flat = flat();
        return flat instanceof float[] f ? f : MatValue.super.floats();
    }

    @Override
    public String text() {
        if (kind() != MatKind.CHAR) {
            throw new IllegalStateException(name + " is a " + matlabClass() + ", not a char array");
        }
        StringBuilder text = new StringBuilder();
        for (double code : doubles()) {
            text.append((char) code);
        }
        return text.toString();
    }

    private Object flat() {
        if (!(node instanceof Dataset dataset) || !isNumeric() && kind() != MatKind.CHAR) {
            throw new IllegalStateException(name + " is a " + matlabClass() + ", not a numeric array");
        }
        return isEmptyMarker() ? new double[0] : dataset.getDataFlat();
    }

    private boolean isEmptyMarker() {
        return node.getAttribute("MATLAB_empty") != null
                && Hdf5Attributes.number(node, "MATLAB_empty").orElse(0) != 0;
    }

    /** An empty array's dataset holds its MATLAB dims (e.g. [0 0]); whatever it says, it has no elements. */
    private int[] emptyDims() {
        Object flat = ((Dataset) node).getDataFlat();
        int n = Array.getLength(flat);
        int[] dims = new int[Math.max(2, n)];
        for (int i = 0; i < n; i++) {
            dims[i] = ((Number) Array.get(flat, i)).intValue();
        }
        return dims;
    }

    /** MATLAB_fields: one VLEN sequence of 1-byte strings per field, read by jhdf as arrays of 1-char strings. */
    private List<String> declaredFields() {
        Object value = node.getAttribute("MATLAB_fields") == null ? null : node.getAttribute("MATLAB_fields").getData();
        List<String> names = new ArrayList<>();
        if (value instanceof Object[] fields) {
            for (Object field : fields) {
                names.add(joined(field));
            }
        }
        return names;
    }

    private static String joined(Object field) {
        if (!(field != null && field.getClass().isArray())) {
            return String.valueOf(field);
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < Array.getLength(field); i++) {
            text.append(Array.get(field, i));
        }
        return text.toString();
    }
}
