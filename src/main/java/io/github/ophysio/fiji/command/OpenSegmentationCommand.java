package io.github.ophysio.fiji.command;

import io.github.ophysio.formats.FormatRegistry;
import io.github.ophysio.formats.OpenOptions;
import io.github.ophysio.model.SegmentationExtractor;
import java.io.File;
import java.util.LinkedHashMap;
import java.util.Map;
import org.scijava.ItemIO;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

/**
 * The segmentation loader as a SciJava command for scripts; no menu path (the menu entry is
 * {@link OpenSegmentationPlugIn}). Fills ImageJ's ROI Manager and trace tables like the menu does.
 */
@Plugin(type = Command.class, name = "Ophys Segmentation")
public class OpenSegmentationCommand implements Command {

    @Parameter(label = Labels.PATH)
    private File path;

    @Parameter(label = OpenOptions.FORMAT, required = false)
    private String format = "";

    @Parameter(label = OpenOptions.PLANE, required = false)
    private String plane = "";

    @Parameter(label = OpenOptions.CHANNEL, required = false)
    private String channel = "";

    @Parameter(label = Labels.ROIS, required = false)
    private String rois = SegmentationRequest.ALL;

    @Parameter(label = Labels.TRACES, required = false)
    private String traces = SegmentationRequest.ALL;

    @Parameter(type = ItemIO.OUTPUT)
    private int numRois;

    @Override
    public void run() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put(OpenOptions.FORMAT, format);
        values.put(OpenOptions.PLANE, plane);
        values.put(OpenOptions.CHANNEL, channel);
        SegmentationExtractor segmentation = FormatRegistry.load().openSegmentation(path.toPath(), OpenOptions.of(values));
        SegmentationRequest request = new SegmentationRequest(SegmentationRequest.ACCEPTED.equals(rois),
                SegmentationRequest.kinds(traces), true, true);
        OpenSegmentationPlugIn.show(segmentation, path.getName(), request);
        numRois = segmentation.getNumRois();
    }
}
