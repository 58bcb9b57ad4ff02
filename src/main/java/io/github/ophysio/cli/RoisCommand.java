package io.github.ophysio.cli;

import io.github.ophysio.formats.RecordingInfo;
import io.github.ophysio.formats.SegmentationInfo;
import io.github.ophysio.model.SegmentationExtractor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code rois PATH OUT.json}: every ROI's id, size, weight sum, centroid, bounds and properties. */
@Command(name = "rois", description = "Write a segmentation's ROIs as JSON.")
final class RoisCommand implements Callable<Integer> {

    @ParentCommand
    OphysCli cli;

    @Parameters(index = "0", description = "the segmentation")
    Path path;

    @Parameters(index = "1", description = "the .json file to write")
    Path out;

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() throws IOException {
        SegmentationExtractor segmentation = cli.registry().openSegmentation(path, common.toOpenOptions());
        byte[] json = RecordingInfo.toJson(SegmentationInfo.rois(segmentation)).getBytes(StandardCharsets.UTF_8);
        OutputFile.write(path, out, stream -> stream.write(json));
        return 0;
    }
}
