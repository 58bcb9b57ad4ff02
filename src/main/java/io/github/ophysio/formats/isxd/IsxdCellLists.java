package io.github.ophysio.formats.isxd;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonPrimitive;
import io.github.ophysio.model.RoiProperty;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The per-cell lists of a cell-set footer (isxd.md §4): {@code CellNames} (the ROI ids),
 * {@code CellStatuses}, {@code CellColors} and {@code CellActivity} (the ROI properties). Every
 * list present must have one entry per name; an absent or null list gives no property.
 */
final class IsxdCellLists {

    static final String NAMES = "CellNames";
    static final String STATUSES = "CellStatuses";
    static final String COLORS = "CellColors";
    static final String ACTIVITY = "CellActivity";

    /** isxcore's CellStatus codes 0, 1, 2. */
    private static final String[] STATUS_WORDS = {"accepted", "undecided", "rejected"};
    private static final long MAX_UINT32 = 0xFFFFFFFFL;

    private final IsxdFooter footer;
    private final List<Object> names;

    private IsxdCellLists(IsxdFooter footer, List<Object> names) {
        this.footer = footer;
        this.names = names;
    }

    static IsxdCellLists read(IsxdFooter footer) {
        JsonElement value = footer.json().get(NAMES);
        if (value == null || !value.isJsonArray()) {
            throw IsxdJson.expected(footer, NAMES, "an array of cell names", value);
        }
        return new IsxdCellLists(footer, names(footer, value.getAsJsonArray()));
    }

    /** The names; an empty one becomes C0, C1, … zero-padded to the width of N-1, as isxcore writes it. */
    private static List<Object> names(IsxdFooter footer, JsonArray array) {
        String format = "C%0" + String.valueOf(Math.max(0, array.size() - 1)).length() + "d";
        List<Object> out = new ArrayList<>();
        Set<Object> seen = new HashSet<>();
        for (int i = 0; i < array.size(); i++) {
            JsonElement e = array.get(i);
            if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isString()) {
                throw IsxdJson.expected(footer, NAMES + "[" + i + "]", "a string", e);
            }
            String name = e.getAsString().isEmpty() ? String.format(format, i) : e.getAsString();
            if (!seen.add(name)) {
                throw IsxdJson.expected(footer, NAMES, "unique cell names (they are the ROI ids)", "'" + name + "' twice");
            }
            out.add(name);
        }
        return List.copyOf(out);
    }

    /** The ROI ids: the cell names. */
    List<Object> ids() {
        return names;
    }

    int count() {
        return names.size();
    }

    /** cell_status, cell_color and cell_activity, each only when the footer has its list. */
    List<RoiProperty> properties() {
        List<RoiProperty> out = new ArrayList<>();
        perCell(STATUSES).ifPresent(a -> out.add(new RoiProperty("cell_status",
                "Inscopix CellStatuses: accepted (0), undecided (1) or rejected (2)", statuses(a))));
        perCell(COLORS).ifPresent(a -> out.add(new RoiProperty("cell_color",
                "Inscopix CellColors as #AARRGGBB (alpha, red, green, blue)", colors(a))));
        perCell(ACTIVITY).ifPresent(a -> out.add(new RoiProperty("cell_activity",
                "Inscopix CellActivity: whether the cell is active", flags(a))));
        return List.copyOf(out);
    }

    /** The list under {@code key} when present, checked to hold one value per cell. */
    private Optional<JsonArray> perCell(String key) {
        JsonElement value = footer.json().get(key);
        if (value == null || value.isJsonNull()) {
            return Optional.empty();
        }
        JsonArray array = IsxdJson.optionalArray(footer, footer.json(), key);
        if (array.size() != names.size()) {
            throw IsxdJson.expected(footer, key, names.size() + " values (one per name in " + NAMES + ")",
                    array.size() + " values");
        }
        return Optional.of(array);
    }

    private List<Object> statuses(JsonArray array) {
        List<Object> out = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            long code = whole(STATUSES, array, i);
            if (code < 0 || code >= STATUS_WORDS.length) {
                throw IsxdJson.expected(footer, STATUSES + "[" + i + "]", "0 (accepted), 1 (undecided) or 2 (rejected)",
                        code);
            }
            out.add(STATUS_WORDS[(int) code]);
        }
        return out;
    }

    private List<Object> colors(JsonArray array) {
        List<Object> out = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            long argb = whole(COLORS, array, i);
            if (argb < 0 || argb > MAX_UINT32) {
                throw IsxdJson.expected(footer, COLORS + "[" + i + "]", "a uint32 ARGB colour", argb);
            }
            out.add(String.format("#%08X", argb));
        }
        return out;
    }

    private List<Object> flags(JsonArray array) {
        List<Object> out = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            JsonElement e = array.get(i);
            if (!e.isJsonPrimitive() || !((JsonPrimitive) e).isBoolean()) {
                throw IsxdJson.expected(footer, ACTIVITY + "[" + i + "]", "true or false", e);
            }
            out.add(e.getAsBoolean());
        }
        return out;
    }

    private long whole(String key, JsonArray array, int i) {
        JsonElement e = array.get(i);
        if (!IsxdJson.isNumber(e) || e.getAsBigDecimal().stripTrailingZeros().scale() > 0) {
            throw IsxdJson.expected(footer, key + "[" + i + "]", "a whole number", e);
        }
        return e.getAsBigDecimal().longValue();
    }
}
