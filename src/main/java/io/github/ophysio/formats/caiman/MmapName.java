package io.github.ophysio.formats.caiman;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The layout a CaImAn memmap states in its file name:
 * {@code <base>_d1_<d1>_d2_<d2>_d3_<d3>_order_<C|F>_frames_<T>[_].mmap}. The value of a key is the
 * token after its last occurrence, because base names may contain the keys themselves (joined
 * files, {@code -#-<n>}).
 */
record MmapName(long d1, long d2, long d3, char order, long frames) {

    static final String EXTENSION = ".mmap";

    /** The layout of {@code path}, empty when its name is not a CaImAn memmap name. */
    static Optional<MmapName> parse(Path path) {
        String name = path.getFileName() == null ? "" : path.getFileName().toString();
        if (!name.toLowerCase(Locale.ROOT).endsWith(EXTENSION)) {
            return Optional.empty();
        }
        List<String> tokens = List.of(name.substring(0, name.length() - EXTENSION.length()).split("_", -1));
        Optional<Long> d1 = number(tokens, "d1");
        Optional<Long> d2 = number(tokens, "d2");
        Optional<Long> frames = number(tokens, "frames");
        Optional<String> order = after(tokens, "order").filter(o -> o.equals("C") || o.equals("F"));
        if (d1.isEmpty() || d2.isEmpty() || frames.isEmpty() || order.isEmpty()) {
            return Optional.empty();
        }
        long d3 = after(tokens, "d3").isPresent() ? number(tokens, "d3").orElse(0L) : 1L;
        return d3 < 1 ? Optional.empty() : Optional.of(new MmapName(d1.get(), d2.get(), d3, order.get().charAt(0),
                frames.get()));
    }

    /** Pixels per frame, d1 · d2 · d3. */
    long pixels() {
        return Math.multiplyExact(Math.multiplyExact(d1, d2), d3);
    }

    /** The layout words as the name spells them, for messages. */
    String describe() {
        return "d1_" + d1 + "_d2_" + d2 + "_d3_" + d3 + "_order_" + order + "_frames_" + frames;
    }

    private static Optional<String> after(List<String> tokens, String key) {
        int at = tokens.lastIndexOf(key);
        return at < 0 || at + 1 >= tokens.size() ? Optional.empty() : Optional.of(tokens.get(at + 1));
    }

    private static Optional<Long> number(List<String> tokens, String key) {
        return after(tokens, key).filter(t -> t.matches("[0-9]{1,18}")).map(Long::parseLong);
    }
}
