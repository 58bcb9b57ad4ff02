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

/**
 * {@code traces PATH OUT.npy [--name raw]}: one trace kind of a segmentation as float64 (samples, rois); with
 * {@code --rois SOURCE}, PATH is a recording and the traces are extracted from it ({@link RoiTraces}).
 */
@Command(name = "traces", description = "Write one kind of ROI traces as a float64 .npy (samples, rois).")
final class TracesCommand implements Callable<Integer> {

    @ParentCommand
    OphysCli cli;

    @Parameters(index = "0", description = "the segmentation, or with --rois the recording")
    Path path;

    @Parameters(index = "1", description = "the .npy file to write")
    Path out;

    @Option(names = "--name", defaultValue = "raw", description = "raw, dff, neuropil, deconvolved, denoised, baseline, background")
    String name;

    @Option(names = "--rois", paramLabel = "SOURCE",
            description = "extract from the recording PATH: a segmentation, a footprint .npy (N, rows, cols) or an ImageJ RoiSet.zip / .roi")
    Path rois;

    @Option(names = "--neuropil", paramLabel = "none|ring", description = "with --rois: suite2p's neuropil ring (default none; --name neuropil needs ring)")
    String neuropil;

    @Option(names = "--factor", paramLabel = "C", description = "with --rois: c in F = raw - c*Fneu (default 0.7)")
    Double factor;

    @Option(names = "--percentile", paramLabel = "P", description = "with --rois: the dF/F baseline percentile (default 8)")
    Double percentile;

    @Option(names = "--window", paramLabel = "SECONDS", description = "with --rois: the dF/F baseline window (default 60)")
    Double window;

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() throws IOException {
        if (rois != null) {
            RoiTraces.Settings settings = new RoiTraces.Settings(name, neuropil, factor, percentile, window);
            return new RoiTraces(cli.registry(), common.toOpenOptions()).write(path, rois, settings, out);
        }
        if (neuropil != null || factor != null || percentile != null || window != null) {
            throw new IllegalArgumentException("--neuropil, --factor, --percentile and --window need --rois");
        }
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
