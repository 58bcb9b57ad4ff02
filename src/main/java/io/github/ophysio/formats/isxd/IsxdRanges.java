package io.github.ophysio.formats.isxd;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * A set of time indices held as sorted, disjoint, inclusive ranges [first, last], with the
 * counts needed to turn a time index into a stored-frame index in O(log ranges).
 */
final class IsxdRanges {

    private final long[] firsts;
    private final long[] lasts;
    /** before[i] = how many indices lie in ranges 0 .. i-1. */
    private final long[] before;

    private IsxdRanges(List<long[]> merged) {
        firsts = merged.stream().mapToLong(r -> r[0]).toArray();
        lasts = merged.stream().mapToLong(r -> r[1]).toArray();
        before = new long[merged.size() + 1];
        for (int i = 0; i < merged.size(); i++) {
            before[i + 1] = before[i] + lasts[i] - firsts[i] + 1;
        }
    }

    /** The union of {@code ranges} (any order, overlapping or touching ranges merged). */
    static IsxdRanges of(List<long[]> ranges) {
        List<long[]> sorted = new ArrayList<>(ranges);
        sorted.sort(Comparator.comparingLong(r -> r[0]));
        List<long[]> merged = new ArrayList<>();
        for (long[] r : sorted) {
            long[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && r[0] <= last[1] + 1) {
                last[1] = Math.max(last[1], r[1]);
            } else {
                merged.add(new long[] {r[0], r[1]});
            }
        }
        return new IsxdRanges(merged);
    }

    /** isxcore's cropped list: strings "7" or "10 - 20" (first, space, '-', space, last; inclusive). */
    static IsxdRanges cropped(IsxdFooter footer, JsonArray array, long numTimes) {
        List<long[]> ranges = new ArrayList<>();
        for (JsonElement e : array) {
            String text = e.isJsonPrimitive() ? e.getAsString().strip() : e.toString();
            String[] parts = text.split("\\s*-\\s*", -1);
            if (parts.length > 2 || !text.matches("\\d+(\\s*-\\s*\\d+)?")) {
                throw IsxdJson.expected(footer, "timingInfo.cropped", "\"first - last\" or \"index\"", e);
            }
            long first = parseIndex(footer, parts[0], numTimes);
            long last = parseIndex(footer, parts[parts.length - 1], numTimes);
            if (last < first) {
                throw IsxdJson.expected(footer, "timingInfo.cropped", "first <= last", e);
            }
            ranges.add(new long[] {first, last});
        }
        return of(ranges);
    }

    private static long parseIndex(IsxdFooter footer, String digits, long numTimes) {
        try {
            return checkIndex(footer, "timingInfo.cropped", Long.parseLong(digits), numTimes);
        } catch (NumberFormatException e) {
            throw IsxdJson.expected(footer, "timingInfo.cropped", "a time index", digits);
        }
    }

    /** One time index in [0, numTimes) from a JSON number. */
    static long index(IsxdFooter footer, String key, JsonElement e, long numTimes) {
        if (!IsxdJson.isNumber(e) || e.getAsBigDecimal().stripTrailingZeros().scale() > 0) {
            throw IsxdJson.expected(footer, key, "time indices", e);
        }
        return checkIndex(footer, key, e.getAsBigDecimal().longValue(), numTimes);
    }

    private static long checkIndex(IsxdFooter footer, String key, long index, long numTimes) {
        if (index < 0 || index >= numTimes) {
            throw IsxdJson.expected(footer, key, "time indices in [0, numTimes = " + numTimes + ")", index);
        }
        return index;
    }

    IsxdRanges union(IsxdRanges other) {
        List<long[]> all = pairs();
        all.addAll(other.pairs());
        return of(all);
    }

    /** These indices without those of {@code other}. */
    IsxdRanges minus(IsxdRanges other) {
        List<long[]> kept = new ArrayList<>();
        for (long[] r : pairs()) {
            long from = r[0];
            for (long[] cut : other.pairs()) {
                if (cut[1] < from || cut[0] > r[1]) {
                    continue;
                }
                if (cut[0] > from) {
                    kept.add(new long[] {from, cut[0] - 1});
                }
                from = cut[1] + 1;
            }
            if (from <= r[1]) {
                kept.add(new long[] {from, r[1]});
            }
        }
        return of(kept);
    }

    long count() {
        return before[firsts.length];
    }

    boolean contains(long t) {
        int i = rangeAtOrBefore(t);
        return i >= 0 && t <= lasts[i];
    }

    /** How many indices are smaller than {@code t}. */
    long countBelow(long t) {
        int i = rangeAtOrBefore(t - 1);
        return i < 0 ? 0 : before[i] + Math.min(lasts[i], t - 1) - firsts[i] + 1;
    }

    /** The smallest index in [from, to) not in this set, -1 when none. */
    long firstOutside(long from, long to) {
        long t = from;
        while (t < to && contains(t)) {
            t = lasts[rangeAtOrBefore(t)] + 1;
        }
        return t < to ? t : -1;
    }

    /** The largest index in [from, to) not in this set, -1 when none. */
    long lastOutside(long from, long to) {
        long t = to - 1;
        while (t >= from && contains(t)) {
            t = firsts[rangeAtOrBefore(t)] - 1;
        }
        return t >= from ? t : -1;
    }

    /** The index of the last range starting at or before {@code t}, -1 when none. */
    private int rangeAtOrBefore(long t) {
        int found = Arrays.binarySearch(firsts, t);
        return found >= 0 ? found : -found - 2;
    }

    /** Every index, in order (for lists of single frames such as dropped and blank). */
    List<Long> indices() {
        List<Long> out = new ArrayList<>();
        for (int i = 0; i < firsts.length; i++) {
            for (long t = firsts[i]; t <= lasts[i]; t++) {
                out.add(t);
            }
        }
        return out;
    }

    /** The ranges as [first, last] pairs (a fresh list). */
    List<long[]> pairs() {
        List<long[]> out = new ArrayList<>();
        for (int i = 0; i < firsts.length; i++) {
            out.add(new long[] {firsts[i], lasts[i]});
        }
        return out;
    }
}
