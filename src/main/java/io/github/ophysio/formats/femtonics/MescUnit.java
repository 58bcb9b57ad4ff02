package io.github.ophysio.formats.femtonics;

import io.github.ophysio.error.UnsupportedFormatException;
import io.github.ophysio.io.hdf5.Hdf5Attributes;
import io.github.ophysio.io.hdf5.Hdf5Nodes;
import io.jhdf.api.Attribute;
import io.jhdf.api.Dataset;
import io.jhdf.api.Group;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * One measurement unit's facts from its attributes: the {@code Channel_k} datasets with their names
 * ({@code Channel_k_Name}, int16 character codes) and linear conversions, the frame period
 * ({@code ZAxisConversionConversionLinearScale}, ms) and the pixel size ({@code X/YAxisConversionConversionLinearScale}, µm).
 */
final class MescUnit {

    static final Pattern CHANNEL = Pattern.compile("Channel_(\\d+)");
    static final String FRAME_PERIOD_MS = "ZAxisConversionConversionLinearScale";
    private static final double MS_PER_S = 1000;
    /** Texts longer than this are summarised in the metadata, not copied. */
    private static final int MAX_TEXT = 1024;

    /** One channel: its dataset, its name, and value = offset + scale · stored. */
    record Channel(Dataset dataset, String name, double offset, double scale) {
    }

    private MescUnit() {
    }

    /** The unit's channels by number; "unsupported" when it has none. */
    static List<Channel> channels(Path path, Group unit) {
        List<Channel> channels = new ArrayList<>();
        unit.getChildren().keySet().stream().filter(n -> CHANNEL.matcher(n).matches())
                .sorted(Comparator.comparingLong(n -> MescUnits.number(CHANNEL, n)))
                .forEach(n -> Hdf5Nodes.dataset(path, unit, n).ifPresent(d -> channels.add(channel(unit, n, d))));
        if (channels.isEmpty()) {
            throw new UnsupportedFormatException(path, "measurement unit " + unit.getPath() + " holds no Channel_k"
                    + " dataset (children: " + String.join(", ", unit.getChildren().keySet()) + ")");
        }
        return channels;
    }

    private static Channel channel(Group unit, String dataset, Dataset data) {
        String name = text(Hdf5Attributes.value(unit, dataset + "_Name"));
        double offset = Hdf5Attributes.number(unit, dataset + "_Conversion_ConversionLinearOffset").orElse(0);
        double scale = Hdf5Attributes.number(unit, dataset + "_Conversion_ConversionLinearScale").orElse(1);
        return new Channel(data, name.isEmpty() ? dataset : name, offset, scale);
    }

    /** 1000 / the frame period in ms, when the unit states a positive one. */
    static OptionalDouble rate(Group unit) {
        OptionalDouble period = Hdf5Attributes.number(unit, FRAME_PERIOD_MS);
        return period.isPresent() && period.getAsDouble() > 0 && Double.isFinite(period.getAsDouble())
                ? OptionalDouble.of(MS_PER_S / period.getAsDouble()) : OptionalDouble.empty();
    }

    /** (dy, dx) in µm from the Y and X axis scales, or null when either is missing or not positive. */
    static double[] pixelSize(Group unit) {
        OptionalDouble dy = Hdf5Attributes.number(unit, "YAxisConversionConversionLinearScale");
        OptionalDouble dx = Hdf5Attributes.number(unit, "XAxisConversionConversionLinearScale");
        if (dy.isEmpty() || dx.isEmpty() || !(dy.getAsDouble() > 0) || !(dx.getAsDouble() > 0)) {
            return null;
        }
        return new double[] {dy.getAsDouble(), dx.getAsDouble()};
    }

    /**
     * Every attribute of the unit by name, texts stored as character codes (names, comments, user,
     * the measurement's XML parameters) decoded; other values as {@link Hdf5Attributes#value} gives them.
     */
    static Map<String, Object> attributes(Group unit) {
        Map<String, Object> values = new TreeMap<>();
        for (String name : unit.getAttributes().keySet()) {
            values.put(name, codes(unit, name).<Object>map(MescUnit::decode).orElseGet(() -> Hdf5Attributes.value(unit, name)));
        }
        return values;
    }

    /** The attribute as character codes, when it is a 1-D int8/uint8/int16 array ending in 0 (MESc's text). */
    private static Optional<int[]> codes(Group unit, String name) {
        try {
            Attribute attribute = unit.getAttribute(name);
            if (attribute.getDataType().getSize() > 2) {
                return Optional.empty();
            }
            Object data = attribute.getData();
            int[] codes = data instanceof byte[] b ? IntStream.range(0, b.length).map(i -> b[i] & 0xFF).toArray()
                    : data instanceof short[] s ? IntStream.range(0, s.length).map(i -> s[i] & 0xFFFF).toArray()
                    : data instanceof int[] i ? i : null;
            return codes != null && codes.length > 0 && codes[codes.length - 1] == 0 ? Optional.of(codes)
                    : Optional.empty();
        } catch (RuntimeException e) {
            return Optional.empty(); // unreadable here: Hdf5Attributes.value describes it
        }
    }

    private static String decode(int[] codes) {
        if (codes.length > MAX_TEXT) {
            return "<text of " + (codes.length - 1) + " characters>"; // e.g. MeasurementParamsXML: not for info
        }
        StringBuilder text = new StringBuilder();
        for (int code : codes) {
            if (code == 0) {
                break;
            }
            text.append((char) code);
        }
        return text.toString();
    }

    /**
     * A name stored as character codes (int16 in MESc, sometimes uint8), up to the first 0; a string
     * attribute as it is; "" for anything else.
     */
    static String text(Object value) {
        if (value instanceof String s) {
            return s.trim();
        }
        if (!(value instanceof List<?> codes)) {
            return "";
        }
        StringBuilder name = new StringBuilder();
        for (Object code : codes) {
            if (!(code instanceof Number n) || n.intValue() == 0) {
                break;
            }
            name.append((char) (n.intValue() & 0xFFFF));
        }
        return name.toString().trim();
    }
}
