package io.github.ophysio.formats.femtonics;

import io.github.ophysio.error.UnsupportedFormatException;
import io.github.ophysio.io.hdf5.Hdf5Nodes;
import io.jhdf.HdfFile;
import io.jhdf.api.Group;
import io.jhdf.api.Node;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The measurement units of a MESc file, {@code MSession_i/MUnit_j} in natural order (session 2 before
 * session 10), and the one {@code dataset=} picks: the path with or without a leading {@code /}, or
 * {@code MUnit_j} alone when the file has one session; by default the first.
 */
final class MescUnits {

    static final Pattern SESSION = Pattern.compile("MSession_(\\d+)");
    static final Pattern UNIT = Pattern.compile("MUnit_(\\d+)");

    private MescUnits() {
    }

    /** Every unit path ("MSession_0/MUnit_1"), in natural order; empty when the file has none. */
    static List<String> all(Path path, HdfFile file) {
        List<String> units = new ArrayList<>();
        for (Group session : groups(path, file, SESSION)) {
            for (Group unit : groups(path, session, UNIT)) {
                units.add(session.getName() + "/" + unit.getName());
            }
        }
        return units;
    }

    /** The unit {@code wanted} names (default the first); "unsupported" when the file has no unit. */
    static Group choose(Path path, HdfFile file, Optional<String> wanted) {
        List<String> units = all(path, file);
        if (units.isEmpty()) {
            throw new UnsupportedFormatException(path, "no measurement unit: a MESc file holds MSession_i/MUnit_j"
                    + " groups, this one has at its root " + rootNames(file));
        }
        String unit = wanted.map(w -> resolve(path, w, units)).orElse(units.get(0));
        return (Group) file.getByPath(unit);
    }

    private static String resolve(Path path, String wanted, List<String> units) {
        String name = wanted.startsWith("/") ? wanted.substring(1) : wanted;
        if (units.contains(name)) {
            return name;
        }
        List<String> byUnit = units.stream().filter(u -> u.endsWith("/" + name)).toList();
        boolean oneSession = units.stream().map(u -> u.substring(0, u.indexOf('/'))).distinct().count() == 1;
        if (oneSession && byUnit.size() == 1) {
            return byUnit.get(0);
        }
        throw new IllegalArgumentException(path + ": no measurement unit '" + wanted + "' (units: "
                + String.join(", ", units) + (oneSession ? "" : "; with several sessions give MSession_i/MUnit_j")
                + ")");
    }

    /** The child groups of {@code parent} named by {@code pattern}, by their number. */
    private static List<Group> groups(Path path, Group parent, Pattern pattern) {
        List<Group> found = new ArrayList<>();
        for (Map.Entry<String, Node> child : parent.getChildren().entrySet()) {
            if (pattern.matcher(child.getKey()).matches()) {
                Hdf5Nodes.group(path, parent, child.getKey()).ifPresent(found::add);
            }
        }
        found.sort(Comparator.comparingLong(g -> number(pattern, g.getName())));
        return found;
    }

    static long number(Pattern pattern, String name) {
        Matcher m = pattern.matcher(name);
        return m.matches() && m.group(1).length() < 19 ? Long.parseLong(m.group(1)) : Long.MAX_VALUE;
    }

    private static String rootNames(HdfFile file) {
        List<String> names = file.getChildren().keySet().stream().sorted().limit(12).toList();
        return names.isEmpty() ? "nothing" : String.join(", ", names);
    }
}
