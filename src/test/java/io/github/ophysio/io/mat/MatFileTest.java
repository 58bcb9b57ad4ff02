package io.github.ophysio.io.mat;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ophysio.error.CorruptFileException;
import io.github.ophysio.io.mat.MatHeader.Version;
import io.github.ophysio.testing.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One API over MAT v5 and v7.3: the same file written both ways reads back the same, in MATLAB order. */
class MatFileTest {

    @Test
    void versionsComeFromTheHeader() {
        assertEquals(Optional.of(Version.V5), MatFile.version(MatFixtures.path("cnmfe_v5_fs.mat")));
        assertEquals(Optional.of(Version.V73), MatFile.version(MatFixtures.path("cnmfe_v73_fs.mat")));
        assertEquals(Optional.empty(), MatFile.version(Fixtures.path("caiman", "cnmf_accepted.hdf5")));
    }

    @Test
    void theVersionWordIsEnoughWhenTheTextDiffers() {
        byte[] head = new byte[128];
        java.util.Arrays.fill(head, (byte) ' ');
        head[124] = 0;
        head[125] = 1;
        head[126] = 'I';
        head[127] = 'M';
        assertEquals(Optional.of(Version.V5), MatHeader.version(head));
        head[124] = 1;
        head[125] = 0;
        head[126] = 'M';
        head[127] = 'I';
        assertEquals(Optional.of(Version.V5), MatHeader.version(head), "big-endian");
        head[0] = 0;
        assertEquals(Optional.empty(), MatHeader.version(head), "v4 starts with zeros");
    }

    @Test
    void v5AndV73ReadTheSameValuesInMatlabOrder() {
        for (String name : List.of("cnmfe_v5_fs.mat", "cnmfe_v73_fs.mat")) {
            MatFile.read(MatFixtures.path(name), mat -> {
                MatValue s = mat.variable("cnmfeAnalysisOutput").orElseThrow();
                assertEquals(MatKind.STRUCT, s.kind(), name);
                assertEquals(List.of("extractedImages", "extractedSignals", "Cn", "movieList", "time", "inputOptions"),
                        s.fieldNames(), name);
                MatValue images = s.field("extractedImages").orElseThrow();
                assertArrayEquals(new int[] {7, 9, 4}, images.dims(), name);
                assertEquals("double", images.matlabClass());
                // column-major: element (r, c, k) at r + 7 c + 63 k
                assertEquals(MatFixtures.weight(3, 6, 8), images.doubles()[6 + 7 * 8 + 63 * 3], 1e-6, name);
                assertEquals("/data/movie_7x9.h5", s.field("movieList").orElseThrow().text(), name);
                assertEquals(10.0, s.path("inputOptions", "Fs").orElseThrow().doubles()[0], name);
                assertArrayEquals(new int[] {1, 1}, s.path("time", "totalTime").orElseThrow().dims(), name);
                return null;
            });
        }
    }

    @Test
    void cellsStructsLogicalsAndEmptiesFlattenAlike() {
        Map<String, Object> v5 = config("extract_v5.mat");
        Map<String, Object> v73 = config("extract_v73_dff.mat");
        assertEquals(v5, v73);
        assertEquals(true, v73.get("preprocess"));
        assertEquals("raw", v73.get("trace_output_option"));
        assertEquals(List.of(), v73.get("num_frames"));
        assertEquals(10.0, v73.get("thresholds.T_min_snr"));
        assertEquals(List.of("first", "second"), v73.get("notes"));
    }

    @Test
    void cellElementsAreNamedLikeMatlab() {
        MatFile.read(MatFixtures.path("extract_v73_dff.mat"), mat -> {
            MatValue notes = mat.variable("config").orElseThrow().field("notes").orElseThrow();
            assertEquals(MatKind.CELL, notes.kind());
            assertArrayEquals(new int[] {1, 2}, notes.dims());
            assertEquals("config.notes{2}", notes.cell(1).name());
            assertEquals("second", notes.cell(1).text());
            return null;
        });
    }

    @Test
    void listingNamesVariablesWithoutReadingThem() {
        assertEquals(List.of("config", "output"), names("extract_v73_dff.mat"));
        assertEquals(List.of("config", "output"), names("extract_v5.mat"));
        List<MatFile.Variable> mcos = MatFile.list(MatFixtures.bad("cnmfe_mcos_v73.mat"));
        assertEquals(List.of(new MatFile.Variable("neuron", MatKind.OBJECT, "Sources2D")), mcos);
        assertEquals(MatKind.OBJECT, MatFile.list(MatFixtures.bad("cnmfe_mcos_v5.mat")).get(0).kind());
    }

    /** v5 struct fields come from the struct's header, compressed or not, as v7.3 gives them. */
    @Test
    void listingGivesV5StructFieldsLikeV73() {
        for (String name : new String[] {"extract_output_only_v5.mat", "extract_no_config_v5.mat"}) {
            MatFile.Variable output = MatFile.list(MatFixtures.path(name)).get(0);
            assertEquals(MatKind.STRUCT, output.kind(), name);
            assertTrue(output.fields().containsAll(List.of("spatial_weights", "temporal_weights", "info")), name);
        }
        List<String> v73 = MatFile.list(MatFixtures.path("extract_output_only_v73.mat")).get(0).fields();
        assertEquals(v73, MatFile.list(MatFixtures.path("extract_output_only_v5.mat")).get(0).fields());
    }

    @Test
    void listingNeverThrows(@TempDir Path dir) throws IOException {
        MatFile.list(MatFixtures.bad("truncated_v5.mat"));
        Path junk = Files.write(dir.resolve("junk.mat"), new byte[300]);
        assertEquals(List.of(), MatFile.list(junk));
        assertEquals(List.of(), MatFile.list(dir.resolve("gone.mat")));
    }

    @Test
    void aFileWithoutAMatHeaderIsCorrupt(@TempDir Path dir) throws IOException {
        Path junk = Files.write(dir.resolve("junk.mat"), new byte[300]);
        Fixtures.assertError(junk, CorruptFileException.class, () -> MatFile.read(junk, mat -> null),
                "MAT header", "MATLAB 5.0 MAT-file");
    }

    @Test
    void aTruncatedCompressedElementIsCorrupt() {
        Path path = MatFixtures.bad("truncated_v5.mat");
        Fixtures.assertError(path, CorruptFileException.class, () -> MatFile.read(path, mat -> null),
                "corrupt", "MAT v5", "truncated");
    }

    @Test
    void tracesFollowTheSideOfLengthN() {
        MatFile.read(MatFixtures.path("extract_v73_raw.mat"), mat -> {
            MatValue tw = mat.variable("output").orElseThrow().field("temporal_weights").orElseThrow();
            assertArrayEquals(new int[] {12, 4}, tw.dims(), "EXTRACT writes T x N");
            MatArrays.Traces traces = MatArrays.traces(mat.path(), tw, 4, false);
            assertEquals(12, traces.samples());
            assertEquals(20000 + 100 * 3 + 11, traces.values()[11 * 4 + 3]);
            Fixtures.assertError(mat.path(), CorruptFileException.class,
                    () -> MatArrays.traces(mat.path(), tw, 5, false), "output.temporal_weights", "N = 5", "12 x 4");
            return null;
        });
    }

    @Test
    void imagesOfAnotherSizeAreCorrupt() {
        MatFile.read(MatFixtures.path("cnmfe_v73_fs.mat"), mat -> {
            MatValue cn = mat.variable("cnmfeAnalysisOutput").orElseThrow().field("Cn").orElseThrow();
            Fixtures.assertError(mat.path(), CorruptFileException.class,
                    () -> MatArrays.image(mat.path(), cn, new int[] {9, 7}), "Cn", "9 x 7", "found 7 x 9");
            return null;
        });
    }

    @Test
    void theRealExtractFileReadsInMatlabOrder() {
        Path real = MatFixtures.realExtract();
        MatFile.read(real, mat -> {
            MatValue output = mat.variable("output").orElseThrow();
            assertEquals(List.of("spatial_weights", "temporal_weights", "info", "config"), output.fieldNames());
            assertArrayEquals(new int[] {50, 50, 20}, output.field("spatial_weights").orElseThrow().dims());
            assertArrayEquals(new int[] {2000, 20}, output.field("temporal_weights").orElseThrow().dims());
            assertEquals("1.1.0", output.path("info", "version").orElseThrow().text());
            assertTrue(mat.names().containsAll(List.of("config", "output")));
            return null;
        });
    }

    private static Map<String, Object> config(String name) {
        return MatFile.read(MatFixtures.path(name), mat -> MatMetadata.flatten(mat.variable("config").orElseThrow(), ""));
    }

    private static List<String> names(String name) {
        return MatFile.list(MatFixtures.path(name)).stream().map(MatFile.Variable::name).toList();
    }
}
