package io.github.ophysio.formats.thor;

import io.github.ophysio.error.MissingFileException;
import io.github.ophysio.error.UnsupportedFormatException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The TIFFs of one channel of a ThorImage folder as a (time, plane) grid: {@code Chan<X>_<a>_<b>_<z>_<t>.tif}
 * gives plane z and time t (1-based). Only names are kept (no file is opened); every (z, t) up to the
 * largest of each must be there.
 *
 * @param names the file name of time t, plane z at {@code t · planes + z}
 */
record ThorFiles(Path folder, String letter, int planes, int times, String[] names) {

    static final Pattern NAME = Pattern.compile("Chan([A-Za-z0-9]+)_(\\d{3,4})_(\\d{3,4})_(\\d{3,4})_(\\d{3,4})\\.tiff?");

    /** Whether {@code name} is a ThorImage channel file name. */
    static boolean isChannelFile(String name) {
        return NAME.matcher(name).matches();
    }

    Path file(int time, int plane) {
        return folder.resolve(names[time * planes + plane]);
    }

    /** The letters of the channels that have files, in name order. */
    static List<String> letters(Path folder) {
        TreeSet<String> letters = new TreeSet<>();
        for (String name : list(folder)) {
            Matcher m = NAME.matcher(name);
            if (m.matches()) {
                letters.add(m.group(1));
            }
        }
        return new ArrayList<>(letters);
    }

    /** The grid of channel {@code letter}; "missing" naming the first file of the grid that is not there. */
    static ThorFiles of(Path folder, String letter) {
        List<Matcher> files = list(folder).stream().map(NAME::matcher)
                .filter(m -> m.matches() && m.group(1).equals(letter)).toList();
        if (files.isEmpty()) {
            throw new MissingFileException(folder, "no Chan" + letter + "_…_.tif file (ThorImage writes one per channel,"
                    + " plane and time point)");
        }
        Matcher first = files.get(0);
        int planes = files.stream().mapToInt(m -> Integer.parseInt(m.group(4))).max().orElseThrow();
        int times = files.stream().mapToInt(m -> Integer.parseInt(m.group(5))).max().orElseThrow();
        String[] names = new String[Math.multiplyExact(planes, times)];
        for (Matcher m : files) {
            requireSameRegion(folder, first, m);
            int z = Integer.parseInt(m.group(4)) - 1;
            int t = Integer.parseInt(m.group(5)) - 1;
            if (z >= 0 && t >= 0) {
                names[t * planes + z] = m.group();
            }
        }
        requireComplete(folder, first, names, planes);
        return new ThorFiles(folder, letter, planes, times, names);
    }

    private static void requireSameRegion(Path folder, Matcher first, Matcher other) {
        if (!first.group(2).equals(other.group(2)) || !first.group(3).equals(other.group(3))) {
            throw new UnsupportedFormatException(folder, "files of several regions or tiles (" + first.group() + ", "
                    + other.group() + "); one acquisition per folder is read");
        }
    }

    private static void requireComplete(Path folder, Matcher first, String[] names, int planes) {
        for (int i = 0; i < names.length; i++) {
            if (names[i] == null) {
                String expected = expectedName(first, i % planes + 1, i / planes + 1);
                throw new MissingFileException(folder.resolve(expected), "does not exist; the folder holds plane "
                        + planes + " and time " + (names.length / planes) + " of channel Chan" + first.group(1)
                        + ", so every plane and time up to them must be there");
            }
        }
    }

    /** The name of plane z, time t, written as {@code first} is (same digits, same extension). */
    private static String expectedName(Matcher first, int z, int t) {
        String digits = "%0" + first.group(4).length() + "d";
        String name = first.group();
        return "Chan" + first.group(1) + "_" + first.group(2) + "_" + first.group(3) + "_"
                + String.format(digits, z) + "_" + String.format("%0" + first.group(5).length() + "d", t)
                + name.substring(name.lastIndexOf('.'));
    }

    private static List<String> list(Path folder) {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new MissingFileException(folder, "cannot be listed (" + e.getMessage() + ")", e);
        }
    }

    /** The first channel file of the folder, if any (for sniffing a folder). */
    static Optional<String> any(Path folder) {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.map(p -> p.getFileName().toString()).filter(ThorFiles::isChannelFile).findFirst();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
