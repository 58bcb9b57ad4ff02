package io.github.ophysio.formats.scanimage;

import com.google.gson.JsonObject;
import io.github.ophysio.testing.Fixtures;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One entry of fixtures/scanimage/manifest.json and the values and times its coding rule gives (see
 * scripts/fixtures/make_scanimage_fixtures.py): the expectations are computed here from the layout the
 * manifest states, independently of the reader's {@code PageMap}.
 */
record ScanImageFixture(Fixtures.Entry entry, JsonObject manifest) {

    static final String FOLDER = "scanimage";

    static List<ScanImageFixture> all() {
        JsonObject manifest = com.google.gson.JsonParser.parseString(read(Fixtures.path(FOLDER, Fixtures.MANIFEST)))
                .getAsJsonObject();
        List<ScanImageFixture> out = new ArrayList<>();
        for (Fixtures.Entry e : Fixtures.manifest(FOLDER)) {
            out.add(new ScanImageFixture(e, manifest));
        }
        return out;
    }

    /** The entry named {@code name} whose options are exactly {@code options}. */
    static ScanImageFixture named(String name, Map<String, String> options) {
        return all().stream().filter(f -> f.entry.name().equals(name) && f.entry.options().equals(options))
                .findFirst().orElseThrow(() -> new AssertionError("no fixture " + name + " " + options));
    }

    Path path() {
        return entry.path();
    }

    Map<String, String> options() {
        return entry.options();
    }

    private int layout(String key) {
        return entry.json().getAsJsonObject("layout").get(key).getAsInt();
    }

    private int channel() {
        List<String> names = channelNames();
        String picked = options().getOrDefault("channel", "0");
        return names.contains(picked) ? names.indexOf(picked) : Integer.parseInt(picked);
    }

    List<String> channelNames() {
        List<String> names = new ArrayList<>();
        entry.json().getAsJsonArray("channels").forEach(n -> names.add(n.getAsString()));
        return names;
    }

    private int sliceSample() {
        return Integer.parseInt(options().getOrDefault("slice-sample", "-1"));
    }

    /** The imaging-page number s of sample t, plane z (coded into the values). */
    private long imagingIndex(int t, int z) {
        int f = layout("perSlice");
        int k = sliceSample() >= 0 ? sliceSample() : t % f;
        int v = sliceSample() >= 0 ? t : t / f;
        return ((long) (v * layout("planes") + z) * f + k) * layout("channels") + channel();
    }

    double expectedValue(int t, int r, int c, int z) {
        return imagingIndex(t, z) * 100 + r * 10 + c;
    }

    /** The frame-time of sample t: that of its last plane's frame (flyback frames counted). */
    double expectedTime(int t) {
        int f = layout("perSlice");
        int k = sliceSample() >= 0 ? sliceSample() : t % f;
        int v = sliceSample() >= 0 ? t : t / f;
        int frame = v * layout("withFlyback") + (layout("planes") - 1) * f + k;
        return manifest.get("t0").getAsDouble() + frame * manifest.get("dt").getAsDouble();
    }

    int[] shape() {
        return entry.shape();
    }

    private static String read(Path p) {
        try {
            return java.nio.file.Files.readString(p);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        return entry.name() + " " + options();
    }
}
