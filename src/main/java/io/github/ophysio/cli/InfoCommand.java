package io.github.ophysio.cli;

import io.github.ophysio.formats.DataKind;
import io.github.ophysio.formats.FormatReader;
import io.github.ophysio.formats.OpenOptions;
import io.github.ophysio.formats.RecordingInfo;
import io.github.ophysio.formats.SegmentationInfo;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code info PATH}: one JSON object describing the recording (fields fixed by cli.md). */
@Command(name = "info", description = "Describe a recording or a segmentation as one JSON object.")
final class InfoCommand implements Callable<Integer> {

    @ParentCommand
    OphysCli cli;

    @Parameters(index = "0", description = "the recording")
    Path path;

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() {
        OpenOptions options = common.toOpenOptions();
        FormatReader reader = cli.registry().readerFor(path, options);
        Object info;
        if (reader.kind(path, options) == DataKind.SEGMENTATION) {
            info = SegmentationInfo.of(reader.id(), reader.openSegmentation(path, options));
        } else {
            OpenedRecording opened = OpenedRecording.open(reader, path, options);
            info = RecordingInfo.of(opened.reader().id(), opened.recording(), opened.channels());
        }
        cli.out().println(RecordingInfo.toJson(info));
        return 0;
    }
}
