package io.github.ophysio.fiji.command;

import io.github.ophysio.fiji.roi.FootprintStack;
import io.github.ophysio.fiji.table.TraceTables;
import ij.IJ;
import ij.ImagePlus;
import ij.WindowManager;
import ij.gui.Roi;
import ij.gui.YesNoCancelDialog;
import ij.plugin.frame.RoiManager;
import java.util.HashSet;
import java.util.Set;

/**
 * What an earlier segmentation load left: its ROIs in the ROI Manager, its trace tables and its
 * footprints. A new load replaces them (the default; the GUI asks first) or is added beside them
 * under a label of its own, so that a ROI is never plotted with another segmentation's trace.
 */
final class EarlierLoads {

    private EarlierLoads() {
    }

    /** The request to load with, labelled when added beside earlier ROIs; null when the user cancelled. */
    static SegmentationRequest settle(RoiManager manager, SegmentationRequest request, String source) {
        if (manager.getCount() == 0 && TraceTables.openWindows().isEmpty()) {
            return request;
        }
        boolean append = request.append();
        if (!append && !IJ.isMacro()) {
            YesNoCancelDialog ask = new YesNoCancelDialog(IJ.getInstance(), Labels.SEGMENTATION_TITLE,
                    "The ROI Manager holds " + manager.getCount() + " ROIs. Replace them and their trace tables?\n"
                            + "(No: add " + source + " beside them, its ROIs named " + source + "/<id>)");
            if (ask.cancelPressed()) {
                return null;
            }
            append = !ask.yesPressed();
        }
        if (!append) {
            clear(manager);
            return request;
        }
        return request.labelled(freeLabel(manager, source));
    }

    /** Empties the ROI Manager and closes every trace table and footprints image. */
    static void clear(RoiManager manager) {
        manager.reset();
        for (int id : ids()) {
            ImagePlus image = WindowManager.getImage(id);
            if (image != null && image.getStack() instanceof FootprintStack) {
                image.changes = false;
                image.close();
            }
        }
        TraceTables.openWindows().forEach(window -> window.close(false));
    }

    private static int[] ids() {
        int[] ids = WindowManager.getIDList();
        return ids == null ? new int[0] : ids;
    }

    /** {@code source}, or {@code source-2}, {@code source-3}… when ROIs already carry that label. */
    private static String freeLabel(RoiManager manager, String source) {
        Set<String> used = new HashSet<>();
        for (Roi roi : manager.getRoisAsArray()) {
            String name = roi.getName() == null ? "" : roi.getName();
            int slash = name.lastIndexOf('/');
            used.add(slash < 0 ? "" : name.substring(0, slash));
        }
        String label = source;
        for (int n = 2; used.contains(label); n++) {
            label = source + "-" + n;
        }
        return label;
    }
}
