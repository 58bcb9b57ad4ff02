package io.github.ophysio.io.mat;

import java.util.List;
import java.util.Optional;

/**
 * A file's top-level variables seen as one scalar struct, for struct fields saved one variable each
 * ({@code save(file, '-struct', 'neuron')}): its fields are the variables, named as they are.
 */
final class MatRoot implements MatValue {

    private final MatFile file;

    MatRoot(MatFile file) {
        this.file = file;
    }

    /** Empty: the fields keep their own names ({@code A}, not {@code .A}). */
    @Override
    public String name() {
        return "";
    }

    @Override
    public String matlabClass() {
        return "struct";
    }

    @Override
    public MatKind kind() {
        return MatKind.STRUCT;
    }

    @Override
    public int[] dims() {
        return new int[] {1, 1};
    }

    @Override
    public List<String> fieldNames() {
        return file.names();
    }

    @Override
    public Optional<MatValue> field(String name) {
        return file.variable(name);
    }

    @Override
    public MatValue cell(int index) {
        throw new IllegalStateException("a file's variables are a struct, not a cell");
    }

    @Override
    public double[] doubles() {
        throw new IllegalStateException("a file's variables are a struct, not a numeric array");
    }

    @Override
    public String text() {
        throw new IllegalStateException("a file's variables are a struct, not a char array");
    }
}
