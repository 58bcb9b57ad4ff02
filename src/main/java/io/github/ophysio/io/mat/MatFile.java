package io.github.ophysio.io.mat;

import io.github.ophysio.error.CorruptFileException;
import io.github.ophysio.error.FileText;
import io.github.ophysio.error.MissingFileException;
import io.github.ophysio.io.MappedFile;
import io.github.ophysio.io.hdf5.Hdf5Files;
import io.github.ophysio.io.mat.MatHeader.Version;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * A MAT file (v5 through mfl-core, v7.3 through jhdf) as named top-level variables. A file is open
 * only while {@link #read} runs: values must not be kept after it returns.
 */
public final class MatFile {

    /**
     * A top-level variable as sniffers see it: its name, kind, MATLAB class and, for a v7.3 struct, its
     * field names (a v5 struct's fields are only known by reading the whole variable: empty there).
     */
    public record Variable(String name, MatKind kind, String matlabClass, List<String> fields) {

        public Variable {
            fields = List.copyOf(fields);
        }

        public Variable(String name, MatKind kind, String matlabClass) {
            this(name, kind, matlabClass, List.of());
        }
    }

    private final Path path;
    private final Version version;
    private final List<MatValue> variables;

    MatFile(Path path, Version version, List<MatValue> variables) {
        this.path = path;
        this.version = version;
        this.variables = List.copyOf(variables);
    }

    /** Opens {@code path}, runs {@code work} on it and closes it; unreadable content is a corrupt-file error. */
    public static <T> T read(Path path, Function<MatFile, T> work) {
        MappedFile.requireRegularFile(path);
        Version version = version(path).orElseThrow(() -> new CorruptFileException(path,
                "MAT header: expected 'MATLAB 5.0 MAT-file' or 'MATLAB 7.3 MAT-file' in the first 128 bytes, found "
                        + describeHead(path)));
        if (version == Version.V73) {
            return Hdf5Files.read(path, hdf -> work.apply(new MatFile(path, version, Mat73Value.variables(hdf))));
        }
        return Mat5Reading.read(path, variables -> work.apply(new MatFile(path, version, variables)));
    }

    /** The version a file's header states; empty when it is not a MAT file (or cannot be read). */
    public static Optional<Version> version(Path path) {
        return MatHeader.version(head(path));
    }

    /**
     * The top-level variables of a MAT file without reading their values, for sniffers: never throws,
     * and gives what it could read of a damaged file (nothing when it is not a MAT file).
     */
    public static List<Variable> list(Path path) {
        Optional<Version> version = version(path);
        if (version.isEmpty()) {
            return List.of();
        }
        if (version.get() == Version.V73) {
            List<Variable> found = new java.util.ArrayList<>();
            Hdf5Files.test(path, hdf -> found.addAll(Mat73Value.list(hdf)));
            return found;
        }
        return Mat5Reading.list(path);
    }

    public Path path() {
        return path;
    }

    public Version version() {
        return version;
    }

    /** The top-level variables in file order (v7.3's hidden {@code #refs#} and {@code #subsystem#} left out). */
    public List<MatValue> variables() {
        return variables;
    }

    public List<String> names() {
        return variables.stream().map(MatValue::name).toList();
    }

    public Optional<MatValue> variable(String name) {
        return variables.stream().filter(v -> v.name().equals(name)).findFirst();
    }

    /** The top-level variables as the fields of one struct named "" (what {@code save -struct} wrote). */
    public MatValue root() {
        return new MatRoot(this);
    }

    private static byte[] head(Path path) {
        if (!Files.isRegularFile(path)) {
            return new byte[0];
        }
        try (InputStream in = Files.newInputStream(path)) {
            return in.readNBytes(MatHeader.SIZE);
        } catch (IOException e) {
            throw new MissingFileException(path, "cannot be read (" + e.getMessage() + ")", e);
        }
    }

    private static String describeHead(Path path) {
        byte[] head = head(path);
        if (head.length < MatHeader.SIZE) {
            return "a file of " + head.length + " bytes";
        }
        return "'" + FileText.bytes(head, 19) + "'";
    }
}
