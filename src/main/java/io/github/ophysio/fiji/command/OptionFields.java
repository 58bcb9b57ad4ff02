package io.github.ophysio.fiji.command;

import io.github.ophysio.formats.FormatReader;
import io.github.ophysio.formats.FormatRegistry;
import io.github.ophysio.formats.OpenOptions;
import io.github.ophysio.formats.OptionSpec;
import io.github.ophysio.formats.OptionTable;
import ij.gui.GenericDialog;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Dialog fields built from {@link OptionTable}: a choice where the table lists values, else a text
 * field; the label is the key, so macros and the recorder use the command line's names. The format
 * is a choice of the registered readers with "auto" first.
 */
final class OptionFields {

    private OptionFields() {
    }

    static void add(GenericDialog dialog, List<OptionSpec> specs, FormatRegistry registry) {
        for (OptionSpec spec : specs) {
            if (spec.key().equals(OpenOptions.FORMAT)) {
                dialog.addChoice(spec.key(), formatChoices(registry), Labels.AUTO);
            } else if (spec.isChoice()) {
                dialog.addChoice(spec.key(), spec.choices().toArray(String[]::new), spec.defaultValue());
            } else {
                dialog.addStringField(spec.key(), spec.defaultValue());
            }
        }
    }

    /** Reads the fields {@link #add} made, in the same order, into {@code values}. */
    static void read(GenericDialog dialog, List<OptionSpec> specs, Map<String, String> values) {
        for (OptionSpec spec : specs) {
            String value = spec.key().equals(OpenOptions.FORMAT) || spec.isChoice() ? dialog.getNextChoice()
                    : dialog.getNextString();
            values.put(spec.key(), given(spec.key(), value));
        }
    }

    private static String given(String key, String value) {
        return key.equals(OpenOptions.FORMAT) && value.equals(Labels.AUTO) ? null : OptionTable.given(key, value);
    }

    private static String[] formatChoices(FormatRegistry registry) {
        return Stream.concat(Stream.of(Labels.AUTO), registry.readers().stream().map(FormatReader::id))
                .toArray(String[]::new);
    }
}
