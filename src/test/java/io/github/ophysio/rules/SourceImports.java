package io.github.ophysio.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A source file's package (from its path, anchored on {@code io/github/ophysio/} so that the
 * {@code io/} of {@code io/github} is never taken for the {@code io} package) and its {@code import} lines.
 */
record SourceImports(String file, String pkg, List<String> imports) {

    private static final String ANCHOR = "io/github/ophysio/";
    private static final Pattern IMPORT = Pattern.compile("^import\\s+(?:static\\s+)?([\\w.]+(?:\\.\\*)?)\\s*;");

    /** Every .java file below {@code root} (a source folder such as src/main/java). */
    static List<SourceImports> under(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.toString().endsWith(".java")).sorted()
                    .map(p -> of(root.relativize(p).toString().replace('\\', '/'), read(p)))
                    .collect(Collectors.toList());
        }
    }

    /** The package of {@code relative} (a path below the source root) and the imports of {@code text}. */
    static SourceImports of(String relative, String text) {
        int at = relative.indexOf(ANCHOR);
        if (at < 0) {
            throw new IllegalArgumentException(relative + " is not under " + ANCHOR);
        }
        String folder = relative.substring(at, relative.lastIndexOf('/'));
        return new SourceImports(relative, folder.replace('/', '.'), imports(text));
    }

    private static List<String> imports(String text) {
        List<String> found = new ArrayList<>();
        for (String line : text.split("\\R")) {
            Matcher m = IMPORT.matcher(line.strip());
            if (m.find()) {
                found.add(m.group(1));
            }
        }
        return found;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
