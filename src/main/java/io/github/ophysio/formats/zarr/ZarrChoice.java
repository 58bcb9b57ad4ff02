package io.github.ophysio.formats.zarr;

import io.github.ophysio.error.UnsupportedFormatException;
import io.github.ophysio.io.zarr.ZarrArray;
import io.github.ophysio.io.zarr.ZarrStore;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Picks the array to open from a store: the one {@code dataset=} names (its path in the store, or its
 * last name), else the only array of rank 3–5. Several candidates and no choice is a usage error that
 * lists them.
 */
final class ZarrChoice {

    static final int MIN_RANK = 3;
    static final int MAX_RANK = 5;

    private ZarrChoice() {
    }

    /** "Y_fm_chk (100, 48, 64) uint8, chunks (…), blosc, C order" for each array of rank 3–5. */
    static List<String> candidates(Path store) {
        return recordings(store).stream().map(a -> ZarrStore.name(store, a.path()) + " " + a.describe()).toList();
    }

    static ZarrArray choose(Path store, Optional<String> wanted) {
        if (wanted.isPresent()) {
            return named(store, wanted.get());
        }
        List<ZarrArray> recordings = recordings(store);
        if (recordings.size() == 1) {
            return recordings.get(0);
        }
        if (recordings.isEmpty()) {
            throw new UnsupportedFormatException(store, "no array of 3 to 5 dimensions (arrays: " + list(store,
                    ZarrStore.arrays(store).stream().map(ZarrArray::open).toList()) + ")");
        }
        throw new IllegalArgumentException(store + ": " + recordings.size() + " arrays could be the recording; pick one"
                + " with dataset= (" + list(store, recordings) + ")");
    }

    private static ZarrArray named(Path store, String wanted) {
        String name = wanted.startsWith("/") ? wanted.substring(1) : wanted;
        List<Path> all = ZarrStore.arrays(store);
        List<Path> matches = all.stream().filter(p -> ZarrStore.name(store, p).equals(name)).toList();
        if (matches.isEmpty()) {
            matches = all.stream().filter(p -> p.getFileName().toString().equals(name)).toList();
        }
        if (matches.size() != 1) {
            throw new IllegalArgumentException(store + ": no array '" + wanted + "' (candidates: "
                    + String.join("; ", candidates(store)) + ")");
        }
        ZarrArray array = ZarrArray.open(matches.get(0));
        if (array.rank() < MIN_RANK || array.rank() > MAX_RANK) {
            throw new UnsupportedFormatException(array.path(), "the array has " + array.rank()
                    + " dimensions; a recording has 3 to 5");
        }
        return array;
    }

    private static List<ZarrArray> recordings(Path store) {
        return ZarrStore.arrays(store).stream().map(ZarrArray::open)
                .filter(a -> a.rank() >= MIN_RANK && a.rank() <= MAX_RANK).toList();
    }

    private static String list(Path store, List<ZarrArray> arrays) {
        return arrays.isEmpty() ? "none" : arrays.stream().map(a -> ZarrStore.name(store, a.path()) + " "
                + a.describe()).collect(Collectors.joining("; "));
    }
}
