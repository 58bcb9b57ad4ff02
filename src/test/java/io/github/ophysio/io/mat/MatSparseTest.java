package io.github.ophysio.io.mat;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ophysio.model.PixelMask;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Sparse matrices read the same from MAT v5 (mfl-core) and v7.3 (MATLAB's data/ir/jc group), never expanded for masks. */
class MatSparseTest {

    private static final int PIXELS = MatFixtures.ROWS * MatFixtures.COLS;

    @Test
    void v5AndV73SparseAreTheSameCompressedColumns() {
        MatSparse v5 = sparseA("cnmfe_neuron_v5.mat");
        MatSparse v73 = sparseA("cnmfe_neuron_v73_sparse.mat");
        assertEquals(PIXELS, v73.rows());
        assertEquals(MatFixtures.ROIS, v73.cols());
        assertArrayEquals(v5.jc(), v73.jc());
        assertArrayEquals(v5.ir(), v73.ir());
        assertArrayEquals(v5.values(), v73.values());
        // ROI 3's last pixel: row 6, col 8 = linear index 6 + 7 * 8
        assertEquals(6 + 7 * 8, v73.ir()[v73.jc()[4] - 1]);
    }

    @Test
    void sparseMatricesAreNumericWithMatlabsSizeAndExpandColumnMajor() {
        for (String name : List.of("cnmfe_neuron_v5.mat", "cnmfe_neuron_v73_sparse.mat")) {
            MatFile.read(MatFixtures.path(name), mat -> {
                MatValue a = mat.variable("neuron").orElseThrow().field("A").orElseThrow();
                assertEquals(MatKind.NUMERIC, a.kind(), name);
                assertArrayEquals(new int[] {PIXELS, MatFixtures.ROIS}, a.dims(), name);
                double[] dense = a.doubles();
                assertEquals(PIXELS * MatFixtures.ROIS, dense.length);
                assertEquals(MatFixtures.weight(2, 3, 4), dense[3 + 7 * 4 + PIXELS * 2], 1e-6, name);
                assertEquals(0, dense[0 + PIXELS * 2], name);
                return null;
            });
        }
    }

    @Test
    void columnMasksFollowMatlabsPixelOrderDenseOrSparse() {
        for (String name : List.of("cnmfe_neuron_v5.mat", "cnmfe_neuron_v73_sparse.mat", "cnmfe_neuron_v73_dense.mat")) {
            MatFile.read(MatFixtures.path(name), mat -> {
                MatValue s = mat.variables().get(0);
                List<PixelMask> masks = MatArrays.columnMasks(mat.path(), s.field("A").orElseThrow(),
                        new int[] {MatFixtures.ROWS, MatFixtures.COLS}, "test");
                assertEquals(MatFixtures.ROIS, masks.size(), name);
                PixelMask ell = masks.get(3);
                assertArrayEquals(new int[] {3, 4, 5, 6, 6, 6}, ell.rows(), name + ": listed row by row");
                assertArrayEquals(new int[] {8, 8, 8, 6, 7, 8}, ell.cols(), name);
                assertEquals(MatFixtures.weight(3, 6, 7), ell.weights()[4], 1e-6, name);
                return null;
            });
        }
    }

    @Test
    void v73ListingGivesStructFieldsAndTheRootIsAStructOfVariables() {
        MatFile.Variable results = MatFile.list(MatFixtures.path("cnmfe_neuron_v73_dense.mat")).get(0);
        assertEquals("results", results.name());
        assertTrue(results.fields().containsAll(List.of("A", "C", "options")), results.fields().toString());
        MatFile.read(MatFixtures.path("cnmfe_neuron_v5_fields.mat"), mat -> {
            MatValue root = mat.root();
            assertEquals(MatKind.STRUCT, root.kind());
            assertEquals(mat.names(), root.fieldNames());
            assertEquals("C", root.field("C").orElseThrow().name());
            assertEquals(7.0, root.path("options", "d1").orElseThrow().doubles()[0]);
            return null;
        });
    }

    private static MatSparse sparseA(String name) {
        return MatFile.read(MatFixtures.path(name),
                mat -> mat.variable("neuron").orElseThrow().field("A").orElseThrow().sparse().orElseThrow());
    }
}
