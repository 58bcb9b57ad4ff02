package io.github.ophysio.io.zarr;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The arrays of a zarr v2 directory store: the store itself when it is an array, else those of its groups. */
public final class ZarrStore {

    /** Groups are walked this deep (Minian's {@code minian_ds/Y_fm_chk.zarr/Y_fm_chk} is 2). */
    static final int DEPTH = 3;

    private ZarrStore() {
    }

    /** Whether {@code dir} is a zarr array or group. */
    public static boolean isStore(Path dir) {
        // the group test first: a store root with consolidated metadata is known without parsing them
        return Files.isDirectory(dir) && (ZarrArray.isGroup(dir) || ZarrArray.isArray(dir));
    }

    /**
     * The folders holding arrays at or below {@code dir}, in name order: {@code dir} alone when it is an
     * array; else every array of a group or sub-group (folders that are neither are skipped).
     */
    public static List<Path> arrays(Path dir) {
        List<Path> found = new ArrayList<>();
        collect(dir, 0, found);
        return found;
    }

    /** The name {@code dataset=} takes for {@code array} in {@code store}: its path from the store, "/"-separated. */
    public static String name(Path store, Path array) {
        String relative = store.relativize(array).toString().replace('\\', '/');
        return relative.isEmpty() ? "/" : relative;
    }

    private static void collect(Path dir, int depth, List<Path> found) {
        if (ZarrArray.isArray(dir)) {
            found.add(dir);
            return;
        }
        if (depth > DEPTH || (depth > 0 && !ZarrArray.isGroup(dir))) {
            return;
        }
        try (Stream<Path> children = Files.list(dir)) {
            for (Path child : children.filter(Files::isDirectory).sorted().toList()) {
                collect(child, depth + 1, found);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
