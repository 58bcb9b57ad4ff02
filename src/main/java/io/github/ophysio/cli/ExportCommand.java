package io.github.ophysio.cli;

import io.github.ophysio.io.NpyWriter;
import io.github.ophysio.model.ImagingExtractor;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code export PATH OUT.npy [--frames A:B]}: the recording (one channel) as a C-order .npy. */
@Command(name = "export", description = "Write a recording as a NumPy .npy file.")
final class ExportCommand implements Callable<Integer> {

    @ParentCommand
    OphysCli cli;

    @Parameters(index = "0", description = "the recording")
    Path path;

    @Parameters(index = "1", description = "the .npy file to write")
    Path out;

    @Option(names = "--frames", description = "half-open sample range A:B")
    String frames;

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() throws IOException {
        ImagingExtractor recording = OpenedRecording.open(cli.registry(), path, common.toOpenOptions()).recording();
        int[] range = FrameRange.parse(frames, recording.getNumSamples());
        OutputFile.write(path, out, stream -> NpyWriter.write(recording, range[0], range[1], stream, done -> { }));
        return 0;
    }
}
