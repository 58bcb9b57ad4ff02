package io.github.ophysio.formats.isxd;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.github.ophysio.testing.Fixtures;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One cell set of {@code fixtures/isxd/cellsets/manifest.json} (written by
 * make_isxd_cellset_fixtures.py): cell i's footprint is (i·rows·cols + r·cols + c + 1)·0.25 at the
 * pixels the manifest lists for it, 0 elsewhere; sample t of its trace is i·1000 + t·0.5 − 3.
 */
record IsxdCellSetFixture(Fixtures.Entry entry) {

    static final String FOLDER = "isxd/cellsets";
    static final String BAD = "isxd/cellsets/bad";

    static List<IsxdCellSetFixture> all() {
        return Fixtures.manifest(FOLDER).stream().map(IsxdCellSetFixture::new).toList();
    }

    static IsxdCellSetFixture named(String name) {
        return all().stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow();
    }

    String name() {
        return entry.name();
    }

    Path path() {
        return entry.path();
    }

    JsonObject json() {
        return entry.json();
    }

    int rows() {
        return json().get("rows").getAsInt();
    }

    int cols() {
        return json().get("cols").getAsInt();
    }

    int samples() {
        return json().get("numTimes").getAsInt();
    }

    double samplingFrequency() {
        return json().get("samplingFrequency").getAsDouble();
    }

    List<Object> ids() {
        return strings("ids");
    }

    List<Object> statuses() {
        return strings("statuses");
    }

    /** "#AARRGGBB" per cell; null when the file has no CellColors. */
    List<Object> colors() {
        return json().get("colors").isJsonNull() ? null : strings("colors");
    }

    /** The listed pixels of cell {@code i} as {row, col} pairs. */
    List<int[]> pixels(int i) {
        List<int[]> out = new ArrayList<>();
        for (JsonElement p : json().getAsJsonArray("masks").get(i).getAsJsonArray()) {
            JsonArray pair = p.getAsJsonArray();
            out.add(new int[] {pair.get(0).getAsInt(), pair.get(1).getAsInt()});
        }
        return out;
    }

    float weight(int i, int r, int c) {
        return (float) (((long) i * rows() * cols() + (long) r * cols() + c + 1) * 0.25);
    }

    float trace(int i, int t) {
        return (float) (i * 1000.0 + t * 0.5 - 3);
    }

    JsonObject expect() {
        return json().getAsJsonObject("expect");
    }

    private List<Object> strings(String key) {
        List<Object> out = new ArrayList<>();
        json().getAsJsonArray(key).forEach(e -> out.add(e.getAsString()));
        return out;
    }

    @Override
    public String toString() {
        return name();
    }
}
