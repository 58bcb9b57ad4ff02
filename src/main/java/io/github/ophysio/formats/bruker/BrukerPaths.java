package io.github.ophysio.formats.bruker;

import io.github.ophysio.error.MissingFileException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Where a Bruker acquisition's {@code .xml} is for a PATH: the folder's {@code <folder>.xml}, the
 * {@code .xml} itself, or the folder's {@code .xml} for one of its {@code .ome.tif} files.
 */
final class BrukerPaths {

    private BrukerPaths() {
    }

    /** The {@code .xml} of {@code path}, if it would have one (it may not exist). */
    static Optional<Path> xmlOf(Path path) {
        Path absolute = path.toAbsolutePath();
        if (Files.isDirectory(absolute)) {
            return Optional.of(absolute.resolve(name(absolute) + ".xml"));
        }
        String lower = name(absolute).toLowerCase(Locale.ROOT);
        if (lower.endsWith(".xml")) {
            return Optional.of(absolute);
        }
        if ((lower.endsWith(".ome.tif") || lower.endsWith(".ome.tiff")) && absolute.getParent() != null) {
            Path folder = absolute.getParent();
            return Optional.of(folder.resolve(name(folder) + ".xml"));
        }
        return Optional.empty();
    }

    /** The existing {@code .xml} of {@code path}; "missing" naming the file expected. */
    static Path requireXml(Path path) {
        Path xml = xmlOf(path).orElseThrow(() -> new MissingFileException(path, "not a Bruker folder, .xml or .ome.tif"));
        if (!Files.isRegularFile(xml)) {
            throw new MissingFileException(path, "no " + xml.getFileName() + " (a Bruker folder holds <folder name>.xml,"
                    + " the authority on its files)");
        }
        return xml;
    }

    private static String name(Path path) {
        return path.getFileName() == null ? "" : path.getFileName().toString();
    }
}
