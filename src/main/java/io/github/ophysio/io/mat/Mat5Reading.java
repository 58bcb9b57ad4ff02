package io.github.ophysio.io.mat;

import io.github.ophysio.error.CorruptFileException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import us.hebi.matlab.mat.format.Mat5;
import us.hebi.matlab.mat.format.Mat5File;
import us.hebi.matlab.mat.types.MatFile.Entry;
import us.hebi.matlab.mat.types.MatlabType;
import us.hebi.matlab.mat.types.Source;
import us.hebi.matlab.mat.types.Sources;

/** Level-5 MAT files through mfl-core, which reads (and inflates) the whole file into memory. */
final class Mat5Reading {

    private Mat5Reading() {
    }

    static <T> T read(Path path, Function<List<MatValue>, T> work) {
        Mat5File file = open(path);
        try {
            List<MatValue> variables = new ArrayList<>();
            for (Entry entry : file.getEntries()) {
                variables.add(Mat5Value.of(entry.getName(), entry.getValue()));
            }
            return work.apply(variables);
        } finally {
            close(path, file);
        }
    }

    /**
     * Names and kinds from the variables' headers only: mfl-core skips what the filter refuses. It
     * reads opaque (MCOS object) variables without asking the filter; those come from the result.
     * Struct fields come from the structs' own headers ({@link Mat5Fields}).
     */
    static List<MatFile.Variable> list(Path path) {
        List<MatFile.Variable> found = new ArrayList<>();
        Map<String, List<String>> fields = Mat5Fields.of(path);
        try (Source source = Sources.openFile(path.toFile())) {
            Mat5File file = Mat5.newReader(source).setEntryFilter(header -> {
                MatKind kind = kind(header.getType(), header.isLogical());
                found.add(new MatFile.Variable(header.getName(), kind, header.getType().toString(),
                        kind == MatKind.STRUCT ? fields.getOrDefault(header.getName(), List.of()) : List.of()));
                return false;
            }).readMat();
            for (Entry entry : file.getEntries()) {
                MatValue value = Mat5Value.of(entry.getName(), entry.getValue());
                found.add(new MatFile.Variable(value.name(), value.kind(), value.matlabClass()));
            }
            file.close();
        } catch (IOException | RuntimeException e) {
            // a damaged file: the sniffer gets the names read before the damage; opening reports it
            return found;
        }
        return found;
    }

    static MatKind kind(MatlabType type, boolean logical) {
        return switch (type) {
            case Double, Single, Int8, UInt8, Int16, UInt16, Int32, UInt32, Int64, UInt64, Sparse ->
                    logical ? MatKind.LOGICAL : MatKind.NUMERIC;
            case Character -> MatKind.CHAR;
            case Structure -> MatKind.STRUCT;
            case Cell -> MatKind.CELL;
            case Object, Opaque -> MatKind.OBJECT;
            default -> MatKind.OTHER;
        };
    }

    private static Mat5File open(Path path) {
        try {
            return Mat5.readFromFile(path.toFile());
        } catch (IOException | RuntimeException e) {
            throw new CorruptFileException(path, "not a readable MAT v5 file (truncated?): " + describe(e), e);
        }
    }

    private static void close(Path path, Mat5File file) {
        try {
            file.close();
        } catch (IOException e) {
            throw new CorruptFileException(path, "MAT v5 file could not be closed: " + describe(e), e);
        }
    }

    private static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return root.getClass().getSimpleName() + (message == null ? "" : " " + message.replace('\n', ' '));
    }
}
