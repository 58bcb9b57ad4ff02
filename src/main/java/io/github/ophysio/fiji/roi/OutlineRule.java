package io.github.ophysio.fiji.roi;

import java.util.Locale;

/**
 * Where a weighted footprint's outline is drawn ({@code outline=}, {@code fraction=}): around the
 * smallest set of strongest pixels holding {@code fraction} of its energy (Σ w², CaImAn's {@code nrg}
 * contours, default 0.9), around pixels of at least half its maximum weight, or around every non-zero
 * pixel. Binary masks and pixel-set ROIs (Suite2p) are always outlined as they are; the weights are
 * kept whole for traces and saving whatever the outline.
 */
public record OutlineRule(Kind kind, double fraction) {

    /** The ways to outline a weighted footprint. */
    public enum Kind {
        ENERGY("energy"), HALF_MAX("half-max"), ALL("all");

        private final String key;

        Kind(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    public static final double DEFAULT_FRACTION = 0.9;
    public static final OutlineRule DEFAULT = new OutlineRule(Kind.ENERGY, DEFAULT_FRACTION);

    public OutlineRule {
        if (!(fraction > 0 && fraction <= 1)) {
            throw new IllegalArgumentException("fraction must be in (0, 1], not " + fraction);
        }
    }

    /** The rule named by {@code outline=} ("energy", "half-max", "all") and {@code fraction=} (blank: 0.9). */
    public static OutlineRule of(String kind, String fraction) {
        String word = kind == null || kind.isBlank() ? Kind.ENERGY.key() : kind.trim().toLowerCase(Locale.ROOT);
        for (Kind each : Kind.values()) {
            if (each.key().equals(word)) {
                return new OutlineRule(each, fraction(fraction));
            }
        }
        throw new IllegalArgumentException("outline must be energy, half-max or all, not " + kind);
    }

    private static double fraction(String text) {
        if (text == null || text.isBlank()) {
            return DEFAULT_FRACTION;
        }
        try {
            return Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("fraction must be a number in (0, 1], not " + text, e);
        }
    }

    /** How a ROI drawn by this rule was outlined, for its properties. */
    public String describe() {
        return switch (kind) {
            case ENERGY -> "strongest pixels holding " + fraction + " of the energy";
            case HALF_MAX -> "weights >= 0.5 x max";
            case ALL -> "non-zero pixels";
        };
    }
}
