package io.github.ophysio.formats.zarr;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Axis letters ({@code tyxzc}, as {@code axes=} takes them) from xarray's dimension names: Minian's
 * {@code frame}/{@code height}/{@code width}, and the usual spellings of time, rows, columns, planes and
 * channels. Arrays with unnamed or unknown dimensions fall back to matrix order, as HDF5 datasets do.
 */
final class ZarrAxes {

    private static final Map<String, Character> LETTERS = Map.ofEntries(
            Map.entry("frame", 't'), Map.entry("frames", 't'), Map.entry("time", 't'), Map.entry("t", 't'),
            Map.entry("height", 'y'), Map.entry("y", 'y'), Map.entry("row", 'y'), Map.entry("rows", 'y'),
            Map.entry("width", 'x'), Map.entry("x", 'x'), Map.entry("col", 'x'), Map.entry("cols", 'x'),
            Map.entry("column", 'x'), Map.entry("z", 'z'), Map.entry("plane", 'z'), Map.entry("planes", 'z'),
            Map.entry("depth", 'z'), Map.entry("channel", 'c'), Map.entry("channels", 'c'), Map.entry("c", 'c'));

    private ZarrAxes() {
    }

    /** The letters the names spell, when each name is known, none repeats, and t, y, x are all there. */
    static Optional<String> fromNames(List<String> names) {
        StringBuilder axes = new StringBuilder();
        for (String name : names) {
            Character letter = LETTERS.get(name.toLowerCase(Locale.ROOT));
            if (letter == null || axes.indexOf(letter.toString()) >= 0) {
                return Optional.empty();
            }
            axes.append(letter);
        }
        String text = axes.toString();
        boolean complete = text.contains("t") && text.contains("y") && text.contains("x");
        return complete ? Optional.of(text) : Optional.empty();
    }

    /** Matrix order by rank: (t, y, x), (t, y, x, z), (c, t, z, y, x), as for HDF5 datasets. */
    static String byRank(int rank) {
        return switch (rank) {
            case 3 -> "tyx";
            case 4 -> "tyxz";
            default -> "ctzyx";
        };
    }
}
