package io.github.ophysio.formats.isxd;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.github.ophysio.error.UnsupportedFormatException;
import io.github.ophysio.formats.OpenOptions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How an nVista 3 movie interleaves its frames (isxd.md §6), read from {@code extraProperties}:
 * planar, multiplane (e-focus cycling: time index k is plane k mod P) or multiplexed dual colour
 * (green/red frames in a cycle given by muxRatio and startChannel). De-interleaved files (IDPS
 * {@code idps.efocus} / {@code idps.channel}) are planar whatever else they still carry.
 */
final class IsxdAcquisition {

    static final String PLANAR = "planar";
    static final String MULTIPLANE = "multiplane";
    static final String MULTIPLEXED = "multiplexed dual colour";
    private static final List<String> COLOURS = List.of("green", "red");

    private final Path path;
    private final String layout;
    private final List<String> planeNames;
    private final List<Object> planeFocus;
    private final List<String> channelNames;
    private final int[] muxCounts;
    private final String startChannel;

    private IsxdAcquisition(Path path, JsonObject extra) {
        this.path = path;
        Optional<JsonObject> idps = IsxdJson.optionalObject(extra, "idps");
        Optional<JsonObject> microscope = IsxdJson.optionalObject(extra, "microscope");
        Optional<JsonObject> dual = microscope.flatMap(m -> IsxdJson.optionalObject(m, "dualColor"));
        boolean deinterleavedPlanes = idps.map(i -> i.has("efocus")).orElse(false);
        boolean deinterleavedColours = idps.map(i -> i.has("channel")).orElse(false);
        int planes = deinterleavedPlanes ? 1 : multiplanePlanes(extra, microscope);
        boolean multiplexed = !deinterleavedColours
                && dual.flatMap(d -> IsxdJson.text(d, "mode")).map("multiplexing"::equals).orElse(false);
        if (planes > 1 && multiplexed) {
            throw new UnsupportedFormatException(path, "Inscopix movie both multiplane and multiplexed dual colour "
                    + "(de-interleave it in Inscopix's software first)");
        }
        this.layout = planes > 1 ? MULTIPLANE : multiplexed ? MULTIPLEXED : PLANAR;
        this.planeNames = new ArrayList<>();
        this.planeFocus = new ArrayList<>();
        describePlanes(planes, microscope);
        this.channelNames = multiplexed ? COLOURS : List.of(singleChannel(idps, dual));
        this.muxCounts = multiplexed ? muxCounts(dual.get()) : new int[] {1, 0};
        this.startChannel = dual.flatMap(d -> IsxdJson.text(d, "startChannel")).orElse("green");
    }

    /** The acquisition of a movie whose footer is {@code footer}. */
    static IsxdAcquisition read(IsxdFooter footer) {
        JsonElement extra = footer.json().get("extraProperties");
        return new IsxdAcquisition(footer.path(), extra != null && extra.isJsonObject() ? extra.getAsJsonObject() : null);
    }

    /** P when an e-focus waveform drives P > 1 active planes, else 1. */
    private static int multiplanePlanes(JsonObject extra, Optional<JsonObject> microscope) {
        if (!hasEfocusWaveform(extra)) {
            return 1;
        }
        return microscope.flatMap(m -> IsxdJson.text(m, "multiplane", "activePlanes")).map(IsxdAcquisition::count)
                .orElse(1);
    }

    private static boolean hasEfocusWaveform(JsonObject extra) {
        JsonElement waveforms = IsxdJson.optionalObject(extra, "auto").map(a -> a.get("waveforms")).orElse(null);
        if (waveforms == null || !waveforms.isJsonArray()) {
            return false;
        }
        for (JsonElement w : waveforms.getAsJsonArray()) {
            if (w.isJsonObject() && IsxdJson.text(w.getAsJsonObject(), "name").map(n -> n.contains("efocus")).orElse(false)) {
                return true;
            }
        }
        return false;
    }

    private static int count(String text) {
        try {
            return Math.max(1, Integer.parseInt(text.strip()));
        } catch (NumberFormatException e) {
            return 1; // not a plane count: treat the movie as planar, as isx does
        }
    }

    /** Plane names: the first P keys of microscope.multiplane.planes (plane-1, ...), else "0" .. "P-1". */
    private void describePlanes(int planes, Optional<JsonObject> microscope) {
        Optional<JsonObject> named = microscope.flatMap(m -> IsxdJson.optionalObject(m, "multiplane"))
                .flatMap(m -> IsxdJson.optionalObject(m, "planes"));
        List<String> keys = named.map(n -> new ArrayList<>(n.keySet())).orElse(new ArrayList<>());
        for (int p = 0; p < planes; p++) {
            boolean useKey = planes > 1 && keys.size() >= planes;
            planeNames.add(useKey ? keys.get(p) : Integer.toString(p));
            Optional<JsonObject> plane = useKey ? IsxdJson.optionalObject(named.get(), keys.get(p)) : Optional.empty();
            planeFocus.add(plane.map(o -> IsxdJson.toJava(o.get("focus"))).orElse(null));
        }
    }

    private static String singleChannel(Optional<JsonObject> idps, Optional<JsonObject> dual) {
        Optional<String> fromIdps = idps.flatMap(i -> IsxdJson.text(i, "channel"));
        if (fromIdps.isPresent()) {
            return fromIdps.get();
        }
        boolean single = dual.flatMap(d -> IsxdJson.text(d, "mode")).map("single"::equals).orElse(false);
        return single ? dual.flatMap(d -> IsxdJson.text(d, "single", "channel")).orElse("0") : "0";
    }

    /** {green count, red count} per cycle from muxRatio (1:1 when absent). */
    private static int[] muxCounts(JsonObject dual) {
        int green = IsxdJson.text(dual, "muxRatio", "led1").map(IsxdAcquisition::count).orElse(1);
        int red = IsxdJson.text(dual, "muxRatio", "led2").map(IsxdAcquisition::count).orElse(1);
        return new int[] {green, red};
    }

    String layout() {
        return layout;
    }

    List<String> channelNames() {
        return channelNames;
    }

    /** The name of the channel the options pick. */
    String channelName(OpenOptions options) {
        return channelNames.get(pick(OpenOptions.CHANNEL, channelNames, options));
    }

    int planes() {
        return planeNames.size();
    }

    /** The frame cycle of the channel and plane the options pick (all planes when plane= is absent). */
    IsxdCycle cycle(OpenOptions options) {
        int channel = pick(OpenOptions.CHANNEL, channelNames, options);
        if (layout.equals(MULTIPLEXED)) {
            return colourCycle(channel);
        }
        if (options.get(OpenOptions.PLANE).isPresent()) {
            return IsxdCycle.plane(planes(), pick(OpenOptions.PLANE, planeNames, options));
        }
        return planes() > 1 ? IsxdCycle.volume(planes()) : IsxdCycle.PLANAR;
    }

    /** Channel {@code channel} (0 green, 1 red) of the multiplexing cycle: the start channel's frames come first. */
    private IsxdCycle colourCycle(int channel) {
        int first = COLOURS.indexOf(startChannel) == 1 ? 1 : 0;
        int before = channel == first ? 0 : muxCounts[first];
        int[] positions = new int[muxCounts[channel]];
        for (int i = 0; i < positions.length; i++) {
            positions[i] = before + i;
        }
        return new IsxdCycle(muxCounts[0] + muxCounts[1], positions, 1);
    }

    /** The index of the name or index given for {@code key}; a usage error when there is none such. */
    private int pick(String key, List<String> names, OpenOptions options) {
        String wanted = options.get(key).orElse(names.get(0));
        int index = names.indexOf(wanted);
        if (index < 0 && wanted.matches("\\d{1,9}")) {
            index = Integer.parseInt(wanted) < names.size() ? Integer.parseInt(wanted) : -1;
        }
        if (index < 0) {
            throw new IllegalArgumentException(path + ": no " + key + " '" + wanted + "' (" + key + "s: "
                    + String.join(", ", names) + ")");
        }
        return index;
    }

    /** Layout, planes and channels, for metadata. */
    Map<String, Object> metadata(OpenOptions options) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("layout", layout);
        out.put("planes", new ArrayList<>(planeNames));
        if (layout.equals(MULTIPLANE)) {
            out.put("planeFocus", new ArrayList<>(planeFocus));
        }
        if (layout.equals(MULTIPLEXED)) {
            out.put("muxRatio", List.of(muxCounts[0], muxCounts[1]));
            out.put("startChannel", startChannel);
        }
        options.get(OpenOptions.PLANE).ifPresent(p -> out.put("plane", planeNames.get(pick(OpenOptions.PLANE,
                planeNames, options))));
        return out;
    }
}
