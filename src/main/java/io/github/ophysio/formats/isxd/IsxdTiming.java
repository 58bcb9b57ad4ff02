package io.github.ophysio.formats.isxd;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.math.BigInteger;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A footer's {@code timingInfo}: numTimes, period, start and the invalid (dropped, cropped,
 * blank) time indices. Only valid time indices have a stored frame; {@link #storedIndex} maps a
 * time index to its frame in the payload without expanding the invalid lists (a cropped range
 * may cover millions of frames).
 */
public final class IsxdTiming {

    private static final int MAX_UTC_OFFSET = 18 * 3600;

    private final long numTimes;
    private final double period;
    private final double rate;
    private final double startSeconds;
    private final String startIso;
    private final int utcOffset;
    private final IsxdRanges dropped;
    private final IsxdRanges cropped;
    private final IsxdRanges blank;
    private final IsxdRanges invalid;

    private IsxdTiming(long numTimes, long[] period, long[] start, int utcOffset, IsxdRanges[] lists) {
        this.numTimes = numTimes;
        this.period = (double) period[0] / period[1];
        this.rate = (double) period[1] / period[0];
        this.startSeconds = (double) start[0] / start[1];
        this.startIso = iso(start, utcOffset);
        this.utcOffset = utcOffset;
        // isxcore's normalisation: blanks inside cropped ranges, dropped inside either, are not counted twice
        this.cropped = lists[1];
        this.blank = lists[2].minus(cropped);
        this.dropped = lists[0].minus(cropped).minus(blank);
        this.invalid = cropped.union(blank).union(dropped);
    }

    /** Reads {@code timingInfo} of a footer; corrupt when a value is missing, malformed or out of range. */
    public static IsxdTiming read(IsxdFooter footer) {
        JsonObject timing = IsxdJson.object(footer, footer.json(), "timingInfo");
        long numTimes = IsxdJson.whole(footer, timing, "numTimes");
        if (numTimes < 0) {
            throw IsxdJson.expected(footer, "timingInfo.numTimes", "a count of 0 or more", numTimes);
        }
        long[] period = IsxdJson.ratioParts(footer, timing, "period");
        if (period[0] <= 0 || period[1] < 0) {
            throw IsxdJson.expected(footer, "timingInfo.period", "a positive duration", period[0] + "/" + period[1]);
        }
        JsonObject start = IsxdJson.object(footer, timing, "start");
        IsxdRanges[] lists = {
            indices(footer, timing, "dropped", numTimes),
            IsxdRanges.cropped(footer, IsxdJson.optionalArray(footer, timing, "cropped"), numTimes),
            indices(footer, timing, "blank", numTimes)};
        int utcOffset = IsxdJson.integer(footer, start, "utcOffset");
        if (Math.abs(utcOffset) > MAX_UTC_OFFSET) {
            throw IsxdJson.expected(footer, "timingInfo.start.utcOffset", "seconds within +-18 h", utcOffset);
        }
        return new IsxdTiming(numTimes, period, IsxdJson.ratioParts(footer, start, "secsSinceEpoch"), utcOffset, lists);
    }

    private static IsxdRanges indices(IsxdFooter footer, JsonObject timing, String key, long numTimes) {
        List<long[]> ranges = new ArrayList<>();
        for (JsonElement e : IsxdJson.optionalArray(footer, timing, key)) {
            long index = IsxdRanges.index(footer, "timingInfo." + key, e, numTimes);
            ranges.add(new long[] {index, index});
        }
        return IsxdRanges.of(ranges);
    }

    /** Time indices, valid or not. */
    public long numTimes() {
        return numTimes;
    }

    /** Time indices per second from the JSON period (den / num). */
    public double rate() {
        return rate;
    }

    /** Seconds per time index, as the JSON states it. */
    public double period() {
        return period;
    }

    /** Frames stored in the payload: numTimes minus the invalid ones. */
    public long storedFrames() {
        return numTimes - invalid.count();
    }

    /** Whether time index {@code t} has a stored frame. */
    public boolean isValid(long t) {
        return !invalid.contains(t);
    }

    /** The stored frame of time index {@code t}, or -1 when {@code t} is dropped, cropped or blank. */
    public long storedIndex(long t) {
        return invalid.contains(t) ? -1 : t - invalid.countBelow(t);
    }

    /** The first valid time index, -1 when none. */
    public long firstValid() {
        return invalid.firstOutside(0, numTimes);
    }

    /** The last valid time index, -1 when none. */
    public long lastValid() {
        return invalid.lastOutside(0, numTimes);
    }

    /** Start, invalid frames and the JSON period, as metadata. */
    public Map<String, Object> metadata() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("numTimes", numTimes);
        out.put("period", period);
        out.put("startTime", startSeconds);
        out.put("utcOffset", utcOffset);
        out.put("startTimeIso", startIso);
        out.put("dropped", dropped.indices());
        out.put("cropped", cropped.pairs());
        out.put("blank", blank.indices());
        out.put("storedFrames", storedFrames());
        return out;
    }

    /** The start as local ISO-8601 time with its UTC offset (secsSinceEpoch is UTC; the offset is for display). */
    private static String iso(long[] secondsSinceEpoch, int utcOffset) {
        BigInteger num = BigInteger.valueOf(secondsSinceEpoch[0]).multiply(BigInteger.valueOf(Long.signum(secondsSinceEpoch[1])));
        BigInteger den = BigInteger.valueOf(secondsSinceEpoch[1]).abs();
        BigInteger[] whole = num.divideAndRemainder(den);
        long nanos = whole[1].multiply(BigInteger.valueOf(1_000_000_000L)).divide(den).longValue();
        Instant instant = Instant.ofEpochSecond(whole[0].longValue(), nanos);
        return instant.atOffset(ZoneOffset.ofTotalSeconds(utcOffset)).toString();
    }
}
