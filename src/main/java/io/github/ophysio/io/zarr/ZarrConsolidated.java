package io.github.ophysio.io.zarr;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.github.ophysio.error.CorruptFileException;
import io.github.ophysio.error.FileText;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Consolidated metadata: the {@code .zmetadata} at a store's root (zarr's {@code consolidate_metadata},
 * xarray's {@code consolidated=True}) holds every {@code .zgroup}, {@code .zarray} and {@code .zattrs} of the
 * store under its path ({@code "movie/.zarray"}). Read where a folder has no metadata file of its own, so a
 * store left with only its {@code .zmetadata} opens too.
 */
final class ZarrConsolidated {

    static final String ZMETADATA = ".zmetadata";

    private ZarrConsolidated() {
    }

    /** Whether {@code dir} is the root of a store with consolidated metadata. */
    static boolean isRoot(Path dir) {
        return Files.isRegularFile(dir.resolve(ZMETADATA));
    }

    /**
     * The object the nearest {@code .zmetadata} at or above {@code dir} (within the depth a store is walked)
     * holds for {@code dir}'s file {@code name}, or null when none does.
     */
    static JsonObject entry(Path dir, String name) {
        Path file = file(dir);
        return file == null ? null : stored(file, key(file, dir, name));
    }

    /** The nearest {@code .zmetadata} at or above {@code dir} (within the depth a store is walked), or null. */
    static Path file(Path dir) {
        Path folder = dir.toAbsolutePath().normalize();
        Path root = folder;
        for (int up = 0; root != null && up <= ZarrStore.DEPTH + 1; up++, root = root.getParent()) {
            if (isRoot(root)) {
                return root.resolve(ZMETADATA);
            }
        }
        return null;
    }

    /** The key of {@code dir}'s file {@code name} in the consolidated {@code file}: its path from the store root. */
    private static String key(Path file, Path dir, String name) {
        String relative = file.getParent().relativize(dir.toAbsolutePath().normalize()).toString().replace('\\', '/');
        return relative.isEmpty() ? name : relative + "/" + name;
    }

    private static JsonObject stored(Path file, String key) {
        JsonElement metadata = ZarrJson.read(file).get("metadata");
        if (metadata == null || !metadata.isJsonObject()) {
            throw CorruptFileException.expected(file, "consolidated zarr metadata", "an object \"metadata\"",
                    metadata == null ? "none" : FileText.quote(metadata.toString()));
        }
        JsonElement value = metadata.getAsJsonObject().get(key);
        if (value != null && !value.isJsonObject()) {
            throw CorruptFileException.expected(file, "consolidated zarr metadata for " + FileText.quote(key),
                    "a JSON object", FileText.quote(value.toString()));
        }
        return value == null ? null : value.getAsJsonObject();
    }
}
