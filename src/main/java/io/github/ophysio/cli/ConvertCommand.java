package io.github.ophysio.cli;

import io.github.ophysio.formats.SegmentationWriter;
import io.github.ophysio.io.StagedOutput;
import io.github.ophysio.model.SegmentationExtractor;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code convert SEGMENTATION OUT --to suite2p|caiman|npy}: a segmentation in another pipeline's own layout. */
@Command(name = "convert", description = "Write a segmentation as a Suite2p plane folder, a CaImAn cnm.save() HDF5"
        + " or plain .npy arrays.")
final class ConvertCommand implements Callable<Integer> {

    @ParentCommand
    OphysCli cli;

    @Parameters(index = "0", description = "the segmentation")
    Path path;

    @Parameters(index = "1", description = "the folder (suite2p, npy) or .hdf5 file (caiman) to write; must not exist")
    Path out;

    @Option(names = "--to", required = true, description = "suite2p, caiman or npy")
    String to;

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() throws IOException {
        SegmentationWriter.forId(to);
        StagedOutput.check(path, out);
        SegmentationExtractor segmentation = cli.registry().openSegmentation(path, common.toOpenOptions());
        SegmentationWriter.save(to, segmentation, path, out);
        return 0;
    }
}
