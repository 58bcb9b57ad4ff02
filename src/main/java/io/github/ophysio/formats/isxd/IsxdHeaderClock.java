package io.github.ophysio.formats.isxd;

import io.github.ophysio.io.MappedFile;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The nVista 3 frame header (isxd.md §3): 2560 uint16 words, each carrying one byte in bits
 * 4–11. Words 1272..1279 are the frame's TSC (µs, 8 bytes LSB first), words 1270..1271 its
 * e-focus. isxcore derives the frame rate from the TSCs of the first and last valid frames;
 * Inscopix's software reports that rate, so this does too.
 */
final class IsxdHeaderClock {

    private static final int TSC_WORD = 1272;
    private static final int EFOCUS_WORD = 1270;
    /** Acquisition software from which headers carry a TSC. */
    private static final int[] FIRST_TSC_VERSION = {1, 1, 1};

    private final IsxdMovieFile movie;
    private final MappedFile file;

    IsxdHeaderClock(IsxdMovieFile movie, MappedFile file) {
        this.movie = movie;
        this.file = file;
    }

    /** Whether frames carry a header with a TSC: header lines and acquisition software ≥ 1.1.1. */
    boolean hasTsc() {
        return movie.headerFooter && acquisitionVersion().map(IsxdHeaderClock::atLeastFirstTscVersion).orElse(false);
    }

    private Optional<String> acquisitionVersion() {
        Optional<String> version = IsxdJson.text(movie.footer.json(), "extraProperties", "producer", "version");
        if (version.isPresent()) {
            return version;
        }
        return IsxdJson.text(movie.footer.json(), "extraProperties", "producer", "versionBE").map(v -> v.split("-")[0]);
    }

    static boolean atLeastFirstTscVersion(String version) {
        String[] parts = version.strip().split("\\.");
        for (int i = 0; i < FIRST_TSC_VERSION.length; i++) {
            int part = i < parts.length ? leadingNumber(parts[i]) : 0;
            if (part != FIRST_TSC_VERSION[i]) {
                return part > FIRST_TSC_VERSION[i];
            }
        }
        return true;
    }

    private static int leadingNumber(String text) {
        int end = 0;
        while (end < text.length() && end < 9 && Character.isDigit(text.charAt(end))) {
            end++;
        }
        return end == 0 ? 0 : Integer.parseInt(text.substring(0, end));
    }

    /** Time indices per second from the header clock, empty when it cannot say (isxcore's rule). */
    OptionalDouble frameRate() {
        IsxdTiming timing = movie.timing;
        long first = timing.firstValid();
        long last = timing.lastValid();
        if (!hasTsc() || first < 0 || last - first <= 1) {
            return OptionalDouble.empty();
        }
        long elapsed = tsc(timing.storedIndex(last)) - tsc(timing.storedIndex(first));
        return elapsed > 0 ? OptionalDouble.of((last - first) * 1e6 / elapsed) : OptionalDouble.empty();
    }

    /** The TSC (µs) in the header of stored frame {@code k}. */
    long tsc(long k) {
        long tsc = 0;
        for (int i = 0; i < 8; i++) {
            tsc |= (long) headerByte(k, TSC_WORD + i) << (8 * i);
        }
        return tsc;
    }

    /** The e-focus value in the header of stored frame {@code k}. */
    int efocus(long k) {
        return headerByte(k, EFOCUS_WORD) | headerByte(k, EFOCUS_WORD + 1) << 8;
    }

    private int headerByte(long k, int word) {
        ByteBuffer header = file.from(movie.frameStart(k) + 2L * word, ByteOrder.LITTLE_ENDIAN);
        return (header.getShort(0) & 0xFFFF) >> 4 & 0xFF;
    }

    /** What the clock says, for metadata: first/last valid frame TSCs. */
    Map<String, Object> metadata() {
        Map<String, Object> out = new LinkedHashMap<>();
        IsxdTiming timing = movie.timing;
        if (hasTsc() && timing.firstValid() >= 0) {
            out.put("firstValidTsc", tsc(timing.storedIndex(timing.firstValid())));
            out.put("lastValidTsc", tsc(timing.storedIndex(timing.lastValid())));
        }
        return out;
    }
}
