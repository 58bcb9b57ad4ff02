package io.github.ophysio.cli;

import io.github.ophysio.formats.RecordingInfo;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code info PATH}: one JSON object describing the recording (fields fixed by cli.md). */
@Command(name = "info", description = "Describe a recording as one JSON object.")
final class InfoCommand implements Callable<Integer> {

    @ParentCommand
    OphysCli cli;

    @Parameters(index = "0", description = "the recording")
    Path path;

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() {
        Opened opened = Opened.open(cli.registry(), path, common.toOpenOptions());
        Object info = RecordingInfo.of(opened.reader().id(), opened.recording(), opened.channels());
        cli.out().println(RecordingInfo.toJson(info));
        return 0;
    }
}
