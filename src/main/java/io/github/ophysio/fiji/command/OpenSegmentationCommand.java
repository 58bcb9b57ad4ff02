package io.github.ophysio.fiji.command;

import io.github.ophysio.fiji.roi.OutlineRule;
import io.github.ophysio.formats.FormatRegistry;
import io.github.ophysio.formats.OpenOptions;
import io.github.ophysio.formats.OptionSpec;
import io.github.ophysio.formats.OptionTable;
import io.github.ophysio.model.SegmentationExtractor;
import java.io.File;
import java.util.List;
import org.scijava.ItemIO;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

/**
 * The segmentation loader as a SciJava command for scripts; no menu path (the menu entry is
 * {@link OpenSegmentationPlugIn}). Fills the ROI Manager the running macro or script sees and the
 * trace tables like the menu does. Inputs: {@code path}, what to show ({@code rois}, {@code traces},
 * {@code footprints}, {@code images}, {@code outline}, {@code fraction}, {@code append}) and every segmentation option of
 * {@link OptionTable} (camel-cased, see {@link TableInputs}).
 */
@Plugin(type = Command.class, name = "Ophys Segmentation")
public class OpenSegmentationCommand implements Command {

    static final List<OptionSpec> OPTIONS = OptionTable.of(OptionSpec.Use.SEGMENTATION);

    @Parameter(label = Labels.PATH, persist = false)
    private File path;

    @Parameter(label = Labels.ROIS, required = false, persist = false)
    private String rois = SegmentationRequest.ALL;

    @Parameter(label = Labels.TRACES, required = false, persist = false)
    private String traces = SegmentationRequest.DEFAULT;

    @Parameter(label = Labels.FOOTPRINTS, required = false, persist = false)
    private boolean footprints;

    /** {@code auto} (one image for the ROIs to sit on), {@code all} or {@code none}. */
    @Parameter(label = Labels.IMAGES, required = false, persist = false)
    private String images = "auto";

    /** {@code energy} (default), {@code half-max} or {@code all}; {@code fraction} of the energy (0.9). */
    @Parameter(label = Labels.OUTLINE, required = false, persist = false)
    private String outline = "energy";

    @Parameter(label = Labels.FRACTION, required = false, persist = false)
    private String fraction = "";

    @Parameter(label = Labels.APPEND, required = false, persist = false)
    private boolean append;

    // One input per OptionTable entry of this command's kind (TableInputs; a test checks they match).
    @Parameter(label = "format", required = false, persist = false)
    private String format = "";

    @Parameter(label = "fs", required = false, persist = false)
    private String fs = "";

    @Parameter(label = "plane", required = false, persist = false)
    private String plane = "";

    @Parameter(label = "channel", required = false, persist = false)
    private String channel = "";

    @Parameter(label = "nwb-x", required = false, persist = false)
    private String nwbX = "";

    @Parameter(type = ItemIO.OUTPUT)
    private int numRois;


    @Override
    public void run() {
        OpenOptions options = TableInputs.read(this, OPTIONS);
        SegmentationExtractor segmentation = FormatRegistry.load().openSegmentation(path.toPath(), options);
        SegmentationRequest request = new SegmentationRequest(SegmentationRequest.ACCEPTED.equals(rois), traces,
                footprints, SegmentationRequest.Images.of(images), OutlineRule.of(outline, fraction), append, null);
        OpenSegmentationPlugIn.show(segmentation, path.toPath(), options, request);
        numRois = segmentation.getNumRois();
    }
}
