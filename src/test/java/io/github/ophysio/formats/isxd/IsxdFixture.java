package io.github.ophysio.formats.isxd;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.github.ophysio.model.PixelType;
import io.github.ophysio.testing.Fixtures;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * One movie of {@code fixtures/isxd/manifest.json} (written by make_isxd_fixtures.py): pixel (r, c)
 * of time index k holds coding(k·rows·cols + r·cols + c), 0 where k is dropped, cropped or blank;
 * the manifest lists the time index of each (sample, plane) per channel.
 */
record IsxdFixture(Fixtures.Entry entry) {

    static final String FOLDER = "isxd";
    static final String BAD = "isxd/bad";

    static List<IsxdFixture> all() {
        return Fixtures.manifest(FOLDER).stream().map(IsxdFixture::new).toList();
    }

    static IsxdFixture named(String name) {
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

    PixelType pixelType() {
        return entry.pixelType();
    }

    int rows() {
        return json().get("rows").getAsInt();
    }

    int cols() {
        return json().get("cols").getAsInt();
    }

    List<String> planes() {
        return strings(json().getAsJsonArray("planes"));
    }

    List<String> channelNames() {
        List<String> names = new ArrayList<>();
        json().getAsJsonArray("channels").forEach(c -> names.add(c.getAsJsonObject().get("name").getAsString()));
        return names;
    }

    JsonObject channel(int index) {
        return json().getAsJsonArray("channels").get(index).getAsJsonObject();
    }

    int samples(int channel) {
        return channel(channel).getAsJsonArray("timeIndex").size();
    }

    double samplingFrequency(int channel) {
        return channel(channel).get("samplingFrequency").getAsDouble();
    }

    /** The time index of (sample t, plane p) of {@code channel}. */
    long timeIndex(int channel, int t, int p) {
        return channel(channel).getAsJsonArray("timeIndex").get(t).getAsJsonArray().get(p).getAsLong();
    }

    Set<Long> invalid() {
        Set<Long> out = new TreeSet<>();
        json().getAsJsonArray("invalid").forEach(e -> out.add(e.getAsLong()));
        return out;
    }

    /** The value at (t, r, c, p) of {@code channel}. */
    double expected(int channel, int t, int r, int c, int p) {
        long k = timeIndex(channel, t, p);
        if (invalid().contains(k)) {
            return 0;
        }
        Fixtures.Coding coding = entry.coding();
        return coding.value((k * rows() + r) * cols() + c);
    }

    double[] pixelSize() {
        JsonArray size = json().getAsJsonArray("pixelSize");
        return new double[] {size.get(0).getAsDouble(), size.get(1).getAsDouble()};
    }

    JsonObject expect() {
        return json().getAsJsonObject("expect");
    }

    private static List<String> strings(JsonArray array) {
        List<String> out = new ArrayList<>();
        for (JsonElement e : array) {
            out.add(e.getAsString());
        }
        return out;
    }

    @Override
    public String toString() {
        return name();
    }
}
