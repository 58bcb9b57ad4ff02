package io.github.ophysio.cli;

import io.github.ophysio.error.MissingFileException;
import io.github.ophysio.io.NpyWriter;
import io.github.ophysio.model.SegmentationExtractor;
import io.github.ophysio.model.TraceKind;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code traces PATH OUT.npy [--name raw]}: one trace kind as float64 (samples, rois). */
@Command(name = "traces", description = "Write one kind of ROI traces as a float64 .npy (samples, rois).")
final class TracesCommand implements Callable<Integer> {

    @ParentCommand
    OphysCli cli;

    @Parameters(index = "0", description = "the segmentation")
    Path path;

    @Parameters(index = "1", description = "the .npy file to write")
    Path out;

    @Option(names = "--name", defaultValue = "raw", description = "raw, dff, neuropil, deconvolved, denoised, baseline, background")
    String name;

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() throws IOException {
        TraceKind kind = TraceKind.fromKey(name).orElseThrow(() -> new IllegalArgumentException(
                "--name must be one of raw, dff, neuropil, deconvolved, denoised, baseline, background, not " + name));
        SegmentationExtractor segmentation = cli.registry().openSegmentation(path, common.toOpenOptions());
        if (!segmentation.hasTraces(kind)) {
            throw new MissingFileException(path, "no " + kind.key() + " traces in this segmentation (it has: "
                    + segmentation.getTraceKinds().stream().map(TraceKind::key).toList() + ")");
        }
        OutputFile.write(path, out, stream -> NpyWriter.writeTraces(segmentation, kind, stream));
        return 0;
    }
}
