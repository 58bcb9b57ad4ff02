package io.github.ophysio.fiji.command;

import io.github.ophysio.formats.FormatRegistry;
import io.github.ophysio.formats.OpenOptions;
import io.github.ophysio.model.SegmentationExtractor;
import ij.IJ;
import ij.Prefs;
import ij.ImagePlus;
import ij.WindowManager;
import ij.plugin.PlugIn;
import ij.plugin.frame.RoiManager;
import java.nio.file.Path;
import java.util.Arrays;

/** {@code File > Import > Ophys Segmentation...} in ImageJ 1.x and Fiji (listed in plugins.config). */
public class OpenSegmentationPlugIn implements PlugIn {

    @Override
    public void run(String arg) {
        ErrorReport.guard(Labels.SEGMENTATION_TITLE, () -> open(FormatRegistry.load()));
    }

    private static void open(FormatRegistry registry) {
        SegmentationDialog dialog = SegmentationDialog.ask(registry);
        if (dialog == null) {
            return;
        }
        OpenOptions options = PlaneChooser.choose(registry, dialog.path(), dialog.options(),
                SegmentationDialog.keys());
        if (options == null) {
            return;
        }
        SegmentationExtractor segmentation = registry.openSegmentation(dialog.path(), options);
        show(segmentation, dialog.path(), options, dialog.request());
    }

    /**
     * The top of the Fiji layer: the one place that takes ImageJ's ROI Manager. Windows are titled by
     * the file's name (with the plane when one was chosen).
     */
    static void show(SegmentationExtractor segmentation, Path path, OpenOptions options, SegmentationRequest request) {
        String name = String.valueOf(path.getFileName());
        String title = options.get(OpenOptions.PLANE).map(plane -> name + " " + plane).orElse(name);
        ImagePlus recording = WindowManager.getCurrentImage();
        RoiManager manager = MacroRoiManager.get();
        SegmentationRequest settled = EarlierLoads.settle(manager, request, label(name, options));
        if (settled == null) {
            return;
        }
        boolean onRecording = recording != null && fits(recording, segmentation);
        SegmentationLoader.Loaded loaded = SegmentationLoader.load(segmentation, title, settled, manager,
                new IjProgress(), onRecording);
        if (loaded != null) {
            report(loaded, title);
            display(loaded, onRecording ? recording : null, manager);
        }
    }

    /** A label for an added load's ROI names: the plane when one was chosen, else the file name. */
    private static String label(String name, OpenOptions options) {
        return options.get(OpenOptions.PLANE).orElse(name).replace(' ', '_');
    }

    private static void report(SegmentationLoader.Loaded loaded, String title) {
        int empty = loaded.segmentation().getNumRois() - loaded.rois().size();
        if (loaded.segmentation().getNumRois() == 0) {
            IJ.log(Labels.SEGMENTATION_TITLE + ": " + title + " holds no ROIs");
        } else if (empty > 0) {
            IJ.log(Labels.SEGMENTATION_TITLE + ": " + empty + " ROI(s) of " + title + " have an empty footprint and are"
                    + " not in the ROI Manager; their traces are in the tables");
        }
        if (!loaded.tables().isEmpty() && loaded.segmentation().getTimestamps() == null) {
            IJ.log(Labels.SEGMENTATION_TITLE + ": " + title + " states no sampling rate: the trace tables' first column"
                    + " is the sample index (\"sample\"); give fs= for times in seconds");
        }
    }

    /** Shows what was loaded; the ROIs go on {@code recording} when it fits them (else null), else the first image. */
    private static void display(SegmentationLoader.Loaded loaded, ImagePlus recording, RoiManager manager) {
        if (loaded.footprints() != null) {
            loaded.footprints().show();
        }
        loaded.images().forEach(ImagePlus::show);
        ImagePlus target = recording != null ? recording : loaded.images().isEmpty() ? null : loaded.images().get(0);
        if (target != null && target.getWindow() != null) {
            target.getWindow().toFront();
            WindowManager.setCurrentWindow(target.getWindow());
            // labels show the ROI names (ids), not the manager's index + 1: ImageJ's "Use names as labels"
            Prefs.useNamesAsLabels = true;
            manager.runCommand(target, "Show All with labels");
        }
    }

    /** ROIs land on the open recording when its frame is the segmentation's, else on the first summary image. */
    private static boolean fits(ImagePlus recording, SegmentationExtractor segmentation) {
        return recording.getWindow() != null && Arrays.equals(segmentation.getFrameShape(),
                new int[] {recording.getHeight(), recording.getWidth()});
    }
}
