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

    /** {@code plane=all}: every {@code plane*} folder as one segmentation (roiextractors' MultiSegmentationExtractor). */
    static final String ALL = "all";

    /**
     * The planes to open: by default the first {@code plane*} folder in natural order (as roiextractors
     * opens a {@code suite2p/} folder); {@code plane=all} every {@code plane*} folder; {@code plane=} by
     * name (a {@code plane*} folder or {@code combined}, Suite2p's own merged view) or by index among
     * the {@code plane*} folders.
     */
    List<String> select(OpenOptions options) {
        List<String> separate = separate();
        String wanted = options.get(OpenOptions.PLANE).orElse(null);
        if (wanted == null) {
            return List.of(separate.get(0));
        }
        if (wanted.equals(ALL)) {
            return separate;
        }
        if (planes.containsKey(wanted)) {
            return List.of(wanted);
        }
        if (wanted.equals(COMBINED)) {
            throw noCombined();
        }
        if (wanted.matches("\\d{1,6}") && Integer.parseInt(wanted) < separate.size()) {
            return List.of(separate.get(Integer.parseInt(wanted)));
        }
        throw new IllegalArgumentException(path + ": no plane '" + wanted + "' (planes: " + String.join(", ", names())
                + ", or " + ALL + ")");
    }

    /** True when {@code plane=} asks for every plane folder as one segmentation. */
    static boolean all(OpenOptions options) {
        return options.get(OpenOptions.PLANE).filter(ALL::equals).isPresent();
    }

    /** The {@code plane*} folders (a lone plane folder is one, whatever its name). */
    private List<String> separate() {
        List<String> separate = new ArrayList<>(planes.keySet());
        if (separate.size() > 1) {
            separate.remove(COMBINED);
        }
        return separate;
    }

    /** Where Suite2p would have written {@code combined/}: beside the plane folders. */
    private MissingFileException noCombined() {
        Path dir = (Files.isDirectory(path) ? path : path.toAbsolutePath().getParent()).toAbsolutePath();
        Path root = looksLikePlane(dir) && dir.getParent() != null ? dir.getParent() : dir;
        return new MissingFileException(root.resolve(COMBINED), "no such folder: Suite2p writes " + COMBINED
                + "/ only for more than one plane with its 'combined' option on (planes here: " + String.join(", ", names())
                + "; plane=" + ALL + " combines them)");
    }
}
