package io.github.ophysio.io.mat;

import java.util.List;
import java.util.Optional;
import us.hebi.matlab.mat.types.Array;
import us.hebi.matlab.mat.types.Cell;
import us.hebi.matlab.mat.types.Char;
import us.hebi.matlab.mat.types.Matrix;
import us.hebi.matlab.mat.types.ObjectStruct;
import us.hebi.matlab.mat.types.Opaque;
import us.hebi.matlab.mat.types.Sparse;
import us.hebi.matlab.mat.types.Struct;

/** A MAT v5 value over mfl-core's array, which already keeps MATLAB's dims and column-major order. */
final class Mat5Value implements MatValue {

    private final String name;
    private final Array array;

    private Mat5Value(String name, Array array) {
        this.name = name;
        this.array = array;
    }

    static MatValue of(String name, Array array) {
        return new Mat5Value(name, array);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String matlabClass() {
        if (array instanceof Opaque opaque) {
            return opaque.getClassName();
        }
        if (array instanceof ObjectStruct object) {
            return object.getClassName();
        }
        return array instanceof Matrix m && m.isLogical() ? "logical" : array.getType().toString();
    }

    @Override
    public MatKind kind() {
        if (array instanceof Opaque || array instanceof ObjectStruct) {
            return MatKind.OBJECT;
        }
        return Mat5Reading.kind(array.getType(), array instanceof Matrix m && m.isLogical());
    }

    @Override
    public int[] dims() {
        return array.getDimensions().clone();
    }

    @Override
    public List<String> fieldNames() {
        return isScalarStruct() ? List.copyOf(((Struct) array).getFieldNames()) : List.of();
    }

    @Override
    public Optional<MatValue> field(String field) {
        if (!fieldNames().contains(field)) {
            return Optional.empty();
        }
        return Optional.of(of(name + "." + field, ((Struct) array).get(field)));
    }

    @Override
    public MatValue cell(int index) {
        if (!(array instanceof Cell cell)) {
            throw new IllegalStateException(name + " is a " + matlabClass() + ", not a cell");
        }
        return of(name + "{" + (index + 1) + "}", cell.get(index));
    }

    @Override
    public double[] doubles() {
        Optional<MatSparse> sparse = sparse();
        if (sparse.isPresent()) {
            return sparse.get().dense();
        }
        int n = array.getNumElements();
        double[] values = new double[n];
        if (array instanceof Char chars) {
            for (int i = 0; i < n; i++) {
                values[i] = chars.getChar(i);
            }
        } else if (array instanceof Matrix matrix) {
            for (int i = 0; i < n; i++) {
                values[i] = matrix.getDouble(i);
            }
        } else {
            throw new IllegalStateException(name + " is a " + matlabClass() + ", not a numeric array");
        }
        return values;
    }

    /** mfl-core hands a sparse matrix's entries one by one; they are regrouped by column. */
    @Override
    public Optional<MatSparse> sparse() {
        if (!(array instanceof Sparse matrix)) {
            return Optional.empty();
        }
        int capacity = Math.max(matrix.getNzMax(), matrix.getNumNonZero());
        int[] rows = new int[capacity];
        int[] cols = new int[capacity];
        double[] values = new double[capacity];
        int[] count = {0};
        matrix.forEach((row, col, real, imaginary) -> {
            rows[count[0]] = row;
            cols[count[0]] = col;
            values[count[0]++] = real;
        });
        return Optional.of(MatSparse.of(matrix.getNumRows(), matrix.getNumCols(), count[0], rows, cols, values));
    }

    @Override
    public String text() {
        if (!(array instanceof Char chars)) {
            throw new IllegalStateException(name + " is a " + matlabClass() + ", not a char array");
        }
        return chars.getString();
    }

    private boolean isScalarStruct() {
        return kind() == MatKind.STRUCT && array.getNumElements() == 1;
    }
}
