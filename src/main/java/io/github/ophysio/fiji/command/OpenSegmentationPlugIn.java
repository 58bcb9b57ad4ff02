package io.github.ophysio.fiji.command;

import io.github.ophysio.error.OphysException;
import io.github.ophysio.formats.FormatRegistry;
import io.github.ophysio.formats.OpenOptions;
import io.github.ophysio.model.SegmentationExtractor;
import ij.IJ;
import ij.ImagePlus;
import ij.WindowManager;
import ij.plugin.PlugIn;
import ij.plugin.frame.RoiManager;
import java.util.Arrays;

/** {@code File > Import > Ophys Segmentation...} in ImageJ 1.x and Fiji (listed in plugins.config). */
public class OpenSegmentationPlugIn implements PlugIn {

    @Override
    public void run(String arg) {
        FormatRegistry registry = FormatRegistry.load();
        SegmentationDialog dialog = SegmentationDialog.ask(registry);
        if (dialog == null) {
            return;
        }
        try {
            OpenOptions options = PlaneChooser.choose(registry, dialog.path(), dialog.options());
            if (options == null) {
                return;
            }
            SegmentationExtractor segmentation = registry.openSegmentation(dialog.path(), options);
            show(segmentation, String.valueOf(dialog.path().getFileName()), dialog.request());
        } catch (OphysException | IllegalArgumentException e) {
            ErrorReport.show(Labels.SEGMENTATION_TITLE, e.getMessage());
        }
    }

    /** The top of the Fiji layer: the one place that takes ImageJ's ROI Manager. */
    static void show(SegmentationExtractor segmentation, String title, SegmentationRequest request) {
        ImagePlus recording = WindowManager.getCurrentImage();
        RoiManager manager = RoiManager.getRoiManager();
        SegmentationLoader.Loaded loaded = SegmentationLoader.load(segmentation, title, request, manager,
                new IjProgress());
        if (loaded == null) {
            return;
        }
        int empty = loaded.segmentation().getNumRois() - loaded.rois().size();
        if (loaded.segmentation().getNumRois() == 0) {
            IJ.log(Labels.SEGMENTATION_TITLE + ": " + title + " holds no ROIs");
        } else if (empty > 0) {
            IJ.log(Labels.SEGMENTATION_TITLE + ": " + empty + " ROI(s) of " + title + " have an empty footprint and are"
                    + " not in the ROI Manager; their traces are in the tables");
        }
        if (loaded.footprints() != null) {
            loaded.footprints().show();
        }
        loaded.images().forEach(ImagePlus::show);
        ImagePlus target = recording != null && fits(recording, segmentation) ? recording
                : loaded.images().isEmpty() ? null : loaded.images().get(0);
        if (target != null && target.getWindow() != null) {
            target.getWindow().toFront();
            WindowManager.setCurrentWindow(target.getWindow());
            manager.runCommand(target, "Show All");
        }
    }

    /** ROIs land on the open recording when its frame is the segmentation's, else on the first summary image. */
    private static boolean fits(ImagePlus recording, SegmentationExtractor segmentation) {
        return recording.getWindow() != null && Arrays.equals(segmentation.getFrameShape(),
                new int[] {recording.getHeight(), recording.getWidth()});
    }
}
