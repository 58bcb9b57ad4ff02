package io.github.ophysio.fiji.command;

import io.github.ophysio.formats.OpenOptions;
import io.github.ophysio.formats.OptionSpec;
import io.github.ophysio.formats.OptionTable;
import java.lang.reflect.Field;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The SciJava commands' open options: one optional String {@code @Parameter} per {@link OptionTable}
 * entry, named by the key in camel case ({@code fs}, {@code dataset}, {@code nwbX} for {@code nwb-x},
 * {@code fourthAxis}…), since a Java field cannot hold a hyphen. The options are read back through the
 * table, and a test checks that each command has exactly one field per table key, so a script reaches
 * every option a macro has. Nothing is persisted: a script's run must not inherit the last run's
 * options. (A DynamicCommand could add the inputs from the table at run time, but
 * {@code CommandService.run} returns no module for one, and scripts use that call.)
 */
final class TableInputs {

    private TableInputs() {
    }

    /** The SciJava input name of an option key: {@code nwb-x} → {@code nwbX}. */
    static String inputName(String key) {
        StringBuilder name = new StringBuilder();
        String[] words = key.split("-");
        name.append(words[0]);
        for (int i = 1; i < words.length; i++) {
            name.append(words[i].substring(0, 1).toUpperCase(Locale.ROOT)).append(words[i].substring(1));
        }
        return name.toString();
    }

    /** The options held by {@code command}'s fields for {@code specs} (blank ones left to the format). */
    static OpenOptions read(Object command, List<OptionSpec> specs) {
        Map<String, String> values = new LinkedHashMap<>();
        for (OptionSpec spec : specs) {
            Object value = field(command, spec.key());
            values.put(spec.key(), value == null ? null : OptionTable.given(spec.key(), value.toString()));
        }
        return OpenOptions.of(values);
    }

    private static Object field(Object command, String key) {
        try {
            Field field = command.getClass().getDeclaredField(inputName(key));
            field.setAccessible(true);
            return field.get(command);
        } catch (NoSuchFieldException | IllegalAccessException e) {
            throw new IllegalStateException(command.getClass().getSimpleName() + " lacks the input "
                    + inputName(key) + " for option " + key, e);
        }
    }
}
