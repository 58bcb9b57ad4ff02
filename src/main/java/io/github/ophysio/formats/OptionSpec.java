package io.github.ophysio.formats;

import java.util.List;
import java.util.Set;

/**
 * One open option as every front end shows it: the key (macro key, SciJava input name, and the CLI's
 * {@code --key}), a one-line help text, the default ("" = none: the format decides), the values a
 * dialog offers (empty = free text) and which opens it applies to. {@link OptionTable} lists them all.
 */
public record OptionSpec(String key, String help, String defaultValue, List<String> choices, Set<Use> uses) {

    /** What an option applies to: opening recordings, segmentations, or raw binary geometry only. */
    public enum Use {
        RECORDING, SEGMENTATION, RAW
    }

    public OptionSpec {
        choices = List.copyOf(choices);
        uses = Set.copyOf(uses);
    }

    /** A free-text option. */
    static OptionSpec text(String key, String help, Use... uses) {
        return new OptionSpec(key, help, "", List.of(), Set.of(uses));
    }

    /** An option with a fixed list of values; the first is the default. */
    static OptionSpec choice(String key, String help, List<String> choices, Use... uses) {
        return new OptionSpec(key, help, choices.get(0), choices, Set.of(uses));
    }

    /** Whether this option is offered when opening {@code use}. */
    public boolean appliesTo(Use use) {
        return uses.contains(use);
    }

    /** Whether the front ends offer a fixed list of values. */
    public boolean isChoice() {
        return !choices.isEmpty();
    }
}
