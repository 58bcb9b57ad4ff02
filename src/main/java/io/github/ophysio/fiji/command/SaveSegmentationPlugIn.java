package io.github.ophysio.fiji.command;

import io.github.ophysio.formats.SegmentationWriter;
import io.github.ophysio.model.SegmentationExtractor;
import ij.IJ;
import ij.ImagePlus;
import ij.WindowManager;
import ij.gui.GenericDialog;
import ij.plugin.PlugIn;
import ij.plugin.frame.RoiManager;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code File > Save As > Save Ophys Segmentation...}: the ROI Manager's ROIs over the current image,
 * with their status, properties and open trace tables ({@link RoiSegmentation}), written as a Suite2p
 * plane folder, a CaImAn {@code cnm.save()} HDF5 or plain .npy arrays, whole or not at all.
 * Macro: {@code run("Save Ophys Segmentation...", "path=[/data/s2p] format=suite2p")}.
 */
public class SaveSegmentationPlugIn implements PlugIn {

    @Override
    public void run(String arg) {
        ErrorReport.guard(Labels.SAVE_SEGMENTATION_COMMAND, SaveSegmentationPlugIn::save);
    }

    private static void save() {
        ImagePlus image = WindowManager.getCurrentImage();
        if (image == null) {
            throw new IllegalArgumentException("no image is open: the ROIs are saved on the frame of the image they"
                    + " are drawn on");
        }
        RoiManager manager = MacroRoiManager.existing();
        if (manager == null || manager.getCount() == 0) {
            throw new IllegalArgumentException("the ROI Manager holds no ROIs");
        }
        GenericDialog dialog = new GenericDialog("Save Ophys Segmentation");
        dialog.addFileField(Labels.PATH, "");
        dialog.addChoice(Labels.FORMAT, Labels.SAVE_FORMATS, Labels.SAVE_FORMATS[0]);
        dialog.addMessage("suite2p: a folder with plane0/ (stat, ops, F, Fneu, spks, iscell .npy)\n"
                + "caiman: an .hdf5 file as cnm.save() writes it\nnpy: a folder of footprints, traces and rois.json\n"
                + "Traces come from the open trace tables; a missing kind is written as zeros.");
        dialog.showDialog();
        if (dialog.wasCanceled()) {
            return;
        }
        Path out = Labels.chosenPath(dialog.getNextString());
        String format = dialog.getNextChoice();
        SegmentationExtractor rois = RoiSegmentation.of(image, List.of(manager.getRoisAsArray()),
                RoiSegmentation.openTables());
        try {
            SegmentationWriter.save(format, rois, null, out);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot write " + out + ": " + e, e);
        }
        IJ.showStatus("Saved " + rois.getNumRois() + " ROIs to " + out);
    }
}
