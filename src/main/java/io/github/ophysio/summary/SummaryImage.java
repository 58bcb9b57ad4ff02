package io.github.ophysio.summary;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The summary images, named as cli.md and the macro option {@code images=} name them. */
public enum SummaryImage {
    MEAN, MAX, MIN, STD, CORRELATION;

    /** The lower-case name used on the command line, in macros and in image titles. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The image named {@code key}; a usage error listing the names otherwise. */
    public static SummaryImage fromKey(String key) {
        for (SummaryImage image : values()) {
            if (image.key().equals(key.trim().toLowerCase(Locale.ROOT))) {
                return image;
            }
        }
        throw new IllegalArgumentException("no summary image '" + key + "' (choose from " + keys() + ")");
    }

    /** Every key, space-separated, in declaration order. */
    public static String keys() {
        return String.join(" ", Arrays.stream(values()).map(SummaryImage::key).toList());
    }

    /** The images named in a space-separated list such as {@code "mean std correlation"}, in that order, once each. */
    public static List<SummaryImage> parseList(String text) {
        List<SummaryImage> images = Arrays.stream(text.trim().split("[\\s,]+")).filter(s -> !s.isEmpty())
                .map(SummaryImage::fromKey).distinct().toList();
        if (images.isEmpty()) {
            throw new IllegalArgumentException("no summary image named (choose from " + keys() + ")");
        }
        return images;
    }

    boolean needsSums() {
        return this == MEAN || this == STD || this == CORRELATION;
    }
}
