package io.github.ophysio.formats.suite2p;

import io.github.ophysio.error.MissingFileException;
import io.github.ophysio.error.UnsupportedFormatException;
import io.github.ophysio.formats.OpenOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Where the plane folders of a Suite2p output are. {@code path} may be the {@code suite2p/} folder
 * (its {@code plane*} folders in natural order, plus {@code combined} when present), one plane
 * folder, or a {@code .npy} file inside a plane folder (that plane).
 *
 * @param planes plane name → folder, {@code plane*} in natural order, then {@code combined}
 */
record Suite2pFolder(Path path, Map<String, Path> planes) {

    static final String COMBINED = "combined";
    static final String STAT = "stat.npy";
    static final String OPS = "ops.npy";

    /** The plane folders {@code path} names; unsupported when it holds none. */
    static Suite2pFolder locate(Path path) {
        Path dir = Files.isDirectory(path) ? path : path.toAbsolutePath().getParent();
        Map<String, Path> planes = new LinkedHashMap<>();
        if (looksLikePlane(dir)) {
            planes.put(dir.getFileName().toString(), dir);
        } else if (Files.isDirectory(path)) {
            subPlanes(dir).forEach(p -> planes.put(p.getFileName().toString(), p));
        }
        if (planes.isEmpty()) {
            throw new UnsupportedFormatException(path, "not a Suite2p output: no plane folder with " + STAT
                    + " and " + OPS + " here or in plane* sub-folders");
        }
        return new Suite2pFolder(path, planes);
    }

    /**
     * A plane folder: stat.npy beside ops.npy/db.npy, or F.npy beside any of stat.npy, ops.npy,
     * db.npy (so that opening it can say which file is missing).
     */
    static boolean looksLikePlane(Path dir) {
        if (dir == null) {
            return false;
        }
        boolean anyPickle = Files.isRegularFile(dir.resolve(STAT)) || Files.isRegularFile(dir.resolve(OPS))
                || Files.isRegularFile(dir.resolve("db.npy"));
        return anyPickle && Files.isRegularFile(dir.resolve("F.npy")) || isComplete(dir);
    }

    /** stat.npy beside ops.npy (v0.x) or db.npy (v1.x): certainly Suite2p. */
    static boolean isComplete(Path dir) {
        return dir != null && Files.isRegularFile(dir.resolve(STAT))
                && (Files.isRegularFile(dir.resolve(OPS)) || Files.isRegularFile(dir.resolve("db.npy")));
    }

    /** Like {@link #subPlanes} but empty when the folder cannot be listed: sniffing never fails. */
    static List<Path> subPlanesOrNone(Path dir) {
        try {
            return subPlanes(dir);
        } catch (MissingFileException e) {
            return List.of();
        }
    }

    /** {@code plane*} sub-folders that look like planes (natural order), then {@code combined}. */
    static List<Path> subPlanes(Path dir) {
        List<Path> found = new ArrayList<>();
        try (Stream<Path> children = Files.list(dir)) {
            children.filter(Suite2pFolder::isPlaneName).filter(Suite2pFolder::looksLikePlane)
                    .sorted(Comparator.comparing(Suite2pFolder::planeNumber)).forEach(found::add);
        } catch (IOException e) {
            throw new MissingFileException(dir, "cannot be listed (" + e.getMessage() + ")", e);
        }
        if (!found.isEmpty() && looksLikePlane(dir.resolve(COMBINED))) {
            found.add(dir.resolve(COMBINED));
        }
        return found;
    }

    private static boolean isPlaneName(Path child) {
        return Files.isDirectory(child) && child.getFileName().toString().matches("plane\\d+");
    }

    private static long planeNumber(Path child) {
        return Long.parseLong(child.getFileName().toString().substring("plane".length()));
    }

    /** Plane names a user may pick with {@code plane=}. */
    List<String> names() {
        return List.copyOf(planes.keySet());
    }

    /**
     * The planes to open: {@code plane=} by name (a {@code plane*} folder or {@code combined}) or
     * index among the {@code plane*} folders; by default every {@code plane*} folder (Suite2p's own
     * {@code combined} only when asked for).
     */
    List<String> select(OpenOptions options) {
        List<String> separate = new ArrayList<>(planes.keySet());
        if (separate.size() > 1) {
            separate.remove(COMBINED);
        }
        String wanted = options.get(OpenOptions.PLANE).orElse(null);
        if (wanted == null) {
            return separate;
        }
        if (planes.containsKey(wanted)) {
            return List.of(wanted);
        }
        if (wanted.matches("\\d{1,6}") && Integer.parseInt(wanted) < separate.size()) {
            return List.of(separate.get(Integer.parseInt(wanted)));
        }
        throw new IllegalArgumentException(path + ": no plane '" + wanted + "' (planes: " + String.join(", ", names()) + ")");
    }
}
