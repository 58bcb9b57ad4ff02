package io.github.ophysio.cli;

import io.github.ophysio.formats.OpenOptions;
import io.github.ophysio.formats.OptionSpec;
import io.github.ophysio.formats.OptionTable;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The options every command shares (cli.md "Common options"): {@code --KEY VALUE} for each entry of
 * {@link OptionTable#commandLine}, added to every subcommand by {@link #addTo}, so the CLI, the dialogs and the
 * SciJava commands cannot drift apart; plus {@code --debug}.
 */
final class CommonOptions {

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    @Option(names = "--debug", description = "print stack traces")
    boolean debug;

    /** Adds the table's options to every subcommand of {@code line}. */
    static void addTo(CommandLine line) {
        line.getSubcommands().values().forEach(sub -> OptionTable.commandLine().forEach(spec ->
                sub.getCommandSpec().addOption(option(spec))));
    }

    private static CommandLine.Model.OptionSpec option(OptionSpec spec) {
        String choices = spec.isChoice() ? " (" + String.join(", ", spec.choices()) + ")" : "";
        return CommandLine.Model.OptionSpec.builder("--" + spec.key()).type(String.class).paramLabel("VALUE")
                .description(spec.help() + choices).build();
    }

    OpenOptions toOpenOptions() {
        Map<String, String> values = new LinkedHashMap<>();
        for (OptionSpec spec : OptionTable.commandLine()) {
            String value = command.findOption("--" + spec.key()).getValue();
            values.put(spec.key(), OptionTable.given(spec.key(), value));
        }
        return OpenOptions.of(values);
    }
}
