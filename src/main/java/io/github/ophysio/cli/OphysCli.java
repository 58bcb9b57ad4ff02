package io.github.ophysio.cli;

import io.github.ophysio.error.OphysException;
import io.github.ophysio.formats.FormatRegistry;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code java -jar ophys-io-cli.jar COMMAND PATH [OUT] [OPTIONS]}; exit codes as cli.md fixes them. */
@Command(name = "ophys-io", mixinStandardHelpOptions = true, version = "Ophys IO 0.1.0",
        description = "Reads optical-physiology recordings.", subcommands = {InfoCommand.class, ExportCommand.class, RoisCommand.class,
            TracesCommand.class, SummaryCommand.class, ConvertCommand.class})
public final class OphysCli {

    public static final int OK = 0;
    public static final int USAGE = 2;
    public static final int FILE_PROBLEM = 3;

    private final FormatRegistry registry;
    private PrintWriter out;

    private OphysCli(FormatRegistry registry) {
        this.registry = registry;
    }

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs one command line, printing to {@code out} and {@code err}; returns the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return run(args, out, err, FormatRegistry.load());
    }

    /** As {@link #run(String[], PrintWriter, PrintWriter)} with the given readers (tests, embedding). */
    public static int run(String[] args, PrintWriter out, PrintWriter err, FormatRegistry registry) {
        OphysCli cli = new OphysCli(registry);
        cli.out = out;
        CommandLine line = new CommandLine(cli).setOut(out).setErr(err);
        CommonOptions.addTo(line);
        line.setExecutionExceptionHandler((e, cmd, parsed) -> failure(e, cmd, debug(parsed)));
        return line.execute(args);
    }

    private static boolean debug(CommandLine.ParseResult parsed) {
        CommandLine.ParseResult sub = parsed.subcommand();
        return sub != null && sub.hasMatchedOption("--debug");
    }

    private static int failure(Exception e, CommandLine cmd, boolean debug) {
        PrintWriter err = cmd.getErr();
        if (debug) {
            err.print(StackTraces.of(e));
        }
        if (e instanceof OphysException) {
            err.println(e.getMessage());
            return FILE_PROBLEM;
        }
        if (e instanceof IllegalArgumentException) {
            err.println("usage: " + e.getMessage());
            return USAGE;
        }
        if (e instanceof java.io.IOException) {
            err.println("cannot write: " + e.getMessage());
            return FILE_PROBLEM;
        }
        err.println("internal error: " + e);
        return 1;
    }

    FormatRegistry registry() {
        return registry;
    }

    PrintWriter out() {
        return out;
    }
}
