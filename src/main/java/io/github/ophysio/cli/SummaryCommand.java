package io.github.ophysio.cli;

import io.github.ophysio.io.NpyWriter;
import io.github.ophysio.model.ImagingExtractor;
import io.github.ophysio.model.SampleShape;
import io.github.ophysio.stream.RecordingPass;
import io.github.ophysio.summary.SummaryImage;
import io.github.ophysio.summary.SummaryImages;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code summary RECORDING OUT.npy [--image mean|max|min|std|correlation] [--frames A:B]}: one summary
 * image, float64 (rows, cols), or (rows, cols, planes) for a volume, made in one pass over the frames.
 */
@Command(name = "summary", description = "Write one summary image of a recording as a float64 .npy.")
final class SummaryCommand implements Callable<Integer> {

    @ParentCommand
    OphysCli cli;

    @Parameters(index = "0", description = "the recording")
    Path path;

    @Parameters(index = "1", description = "the .npy file to write")
    Path out;

    @Option(names = "--image", defaultValue = "mean", description = "mean, max, min, std or correlation")
    String image;

    @Option(names = "--frames", description = "half-open sample range A:B")
    String frames;

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() throws IOException {
        SummaryImage kind = SummaryImage.fromKey(image);
        ImagingExtractor recording = OpenedRecording.open(cli.registry(), path, common.toOpenOptions()).recording();
        int[] range = FrameRange.parse(frames, recording.getNumSamples());
        SummaryImages made = SummaryImages.compute(RecordingPass.over(recording).samples(range[0], range[1]),
                List.of(kind));
        SampleShape shape = made.shape();
        long[] dims = shape.isVolumetric() ? new long[] {shape.rows(), shape.cols(), shape.planes()}
                : new long[] {shape.rows(), shape.cols()};
        OutputFile.write(path, out, stream -> NpyWriter.writeDoubles(dims, made.interleaved(kind), stream));
        return 0;
    }
}
