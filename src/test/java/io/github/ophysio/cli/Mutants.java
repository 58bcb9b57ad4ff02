package io.github.ophysio.cli;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Damaged copies of a file's bytes, by name: truncations, flipped bytes, absurd sizes where a header states them. */
final class Mutants {

    private static final long ABSURD = 99_999_999_999L;
    private static final int[] HEAD = {0, 5, 6, 8, 9, 11, 16, 24, 40, 64, 100, 200, 500};
    private static final int[] TAIL = {1, 2, 8, 9, 12, 40, 100};

    private Mutants() {
    }

    /** Every mutant of {@code bytes}; {@code name} (the file's name) picks the header-aware ones. */
    static Map<String, byte[]> of(String name, byte[] bytes) {
        Map<String, byte[]> mutants = new LinkedHashMap<>();
        for (int percent : new int[] {0, 10, 50, 90}) {
            mutants.put("cut" + percent, java.util.Arrays.copyOf(bytes, (int) ((long) bytes.length * percent / 100)));
        }
        for (int at : HEAD) {
            flip(mutants, "head", bytes, at);
        }
        for (int back : TAIL) {
            flip(mutants, "tail", bytes, bytes.length - back);
        }
        if (bytes.length > 20) {
            byte[] newline = bytes.clone();
            newline[20] = '\n';
            mutants.put("newline20", newline);
        }
        absurd(mutants, name, bytes);
        return mutants;
    }

    private static void flip(Map<String, byte[]> mutants, String where, byte[] bytes, int at) {
        if (at >= 0 && at < bytes.length) {
            byte[] copy = bytes.clone();
            copy[at] ^= (byte) 0xff;
            mutants.put(where + "Flip" + at, copy);
        }
    }

    private static void absurd(Map<String, byte[]> mutants, String name, byte[] bytes) {
        if (name.endsWith(".npy")) {
            npyShape(mutants, bytes);
        } else if (name.endsWith(".isxd")) {
            isxdFooter(mutants, bytes);
        } else if (name.endsWith(".mat") && bytes.length > 128 && bytes[0] == 'M') {
            mat5Dims(mutants, bytes);
        }
        if (bytes.length > 8 && bytes[1] == 'H' && bytes[2] == 'D' && bytes[3] == 'F' || name.endsWith(".mat")) {
            hdf5Dims(mutants, bytes);
        }
    }

    /** The npy header's first dimension (and the last) made absurd or negative, the header kept at its length. */
    private static void npyShape(Map<String, byte[]> mutants, byte[] bytes) {
        String text = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
        Matcher dims = Pattern.compile("'shape': \\((\\d+)").matcher(text);
        if (dims.find()) {
            replaceKeepingLength(mutants, "npyAbsurdShape", bytes, text, dims.start(1), dims.end(1), Long.toString(ABSURD));
            replaceKeepingLength(mutants, "npyNegativeShape", bytes, text, dims.start(1), dims.end(1), "-3");
            replaceKeepingLength(mutants, "npyHugeShape", bytes, text, dims.start(1), dims.end(1), "3000000000");
        }
        int lengthAt = 8;
        if (bytes.length > 10) {
            byte[] copy = bytes.clone();
            copy[lengthAt] = (byte) 0xff;
            copy[lengthAt + 1] = (byte) 0x7f;
            mutants.put("npyHeaderLength", copy);
        }
    }

    /** Replaces text [start, end) by {@code with}, taking or giving the difference from the header's padding. */
    private static void replaceKeepingLength(Map<String, byte[]> mutants, String key, byte[] bytes, String text,
            int start, int end, String with) {
        int newline = text.indexOf('\n', end);
        if (newline < 0) {
            return;
        }
        String padded = text.substring(0, start) + with + text.substring(end, newline);
        int extra = padded.length() - newline;
        String header = extra > 0 ? padded.replaceFirst(" {" + extra + "}$", "") : padded + " ".repeat(-extra);
        if (header.length() != newline) {
            return;
        }
        byte[] copy = bytes.clone();
        System.arraycopy(header.getBytes(StandardCharsets.ISO_8859_1), 0, copy, 0, newline);
        mutants.put(key, copy);
    }

    /** The JSON footer's sizes (frames, pixels, cells) made absurd or negative, the trailer's length fixed to match. */
    private static void isxdFooter(Map<String, byte[]> mutants, byte[] bytes) {
        long length = ByteBuffer.wrap(bytes, bytes.length - 8, 8).order(ByteOrder.LITTLE_ENDIAN).getLong();
        if (length < 2 || length > bytes.length - 9) {
            return;
        }
        int start = (int) (bytes.length - 9 - length);
        String json = new String(bytes, start, (int) length, StandardCharsets.UTF_8);
        String[][] edits = {
            {"numTimes", "(\"numTimes\":\\s*)\\d+", "$1" + ABSURD},
            {"numTimesNegative", "(\"numTimes\":\\s*)\\d+", "$1-4"},
            {"numPixels", "(\"numPixels\":\\s*\\{\\s*\"x\":\\s*)\\d+", "$1" + ABSURD},
            {"numPixelsY", "(\"numPixels\":\\s*\\{\\s*\"x\":\\s*\\d+,\\s*\"y\":\\s*)\\d+", "$1" + 3_000_000_000L},
            {"cellNames", "(\"CellNames\":\\s*\\[)", "$1\"a\\\\nb\\\\u0001\", "},
            {"dataType", "(\"dataType\":\\s*)\\d+", "$1" + 77},
        };
        for (String[] edit : edits) {
            String changed = json.replaceFirst(edit[1], edit[2]);
            if (!changed.equals(json)) {
                mutants.put("isxd_" + edit[0], withFooter(bytes, start, changed));
            }
        }
    }

    private static byte[] withFooter(byte[] bytes, int start, String json) {
        byte[] text = json.getBytes(StandardCharsets.UTF_8);
        ByteBuffer out = ByteBuffer.allocate(start + text.length + 9).order(ByteOrder.LITTLE_ENDIAN);
        out.put(bytes, 0, start).put(text).put((byte) 0).putLong(text.length);
        return out.array();
    }

    /** MAT 5 dimension subelements (miINT32, 8 bytes) with their first dimension made absurd. */
    private static void mat5Dims(Map<String, byte[]> mutants, byte[] bytes) {
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        int found = 0;
        for (int at = 128; at + 16 <= bytes.length && found < 3; at += 4) {
            if (b.getInt(at) == 5 && b.getInt(at + 4) == 8 && b.getInt(at + 8) > 0 && b.getInt(at + 8) < 100_000) {
                byte[] copy = bytes.clone();
                ByteBuffer.wrap(copy).order(ByteOrder.LITTLE_ENDIAN).putInt(at + 8, Integer.MAX_VALUE);
                mutants.put("mat5Dims" + at, copy);
                found++;
            }
        }
    }

    /**
     * HDF5 dataspace dimensions: runs of three little-endian 64-bit sizes (2..100 000 each),
     * as a dataspace message stores them; each of the first few gets an absurd first size.
     */
    private static void hdf5Dims(Map<String, byte[]> mutants, byte[] bytes) {
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        List<Integer> runs = new ArrayList<>();
        for (int at = 0; at + 24 <= bytes.length && runs.size() < 6; at++) {
            if (small(b.getLong(at)) && small(b.getLong(at + 8)) && small(b.getLong(at + 16))) {
                runs.add(at);
                at += 23;
            }
        }
        for (int at : runs) {
            byte[] copy = bytes.clone();
            ByteBuffer.wrap(copy).order(ByteOrder.LITTLE_ENDIAN).putLong(at, ABSURD);
            mutants.put("hdf5Dims" + at, copy);
        }
    }

    private static boolean small(long v) {
        return v >= 2 && v <= 100_000;
    }
}
