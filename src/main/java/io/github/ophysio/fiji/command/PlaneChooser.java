package io.github.ophysio.fiji.command;

import io.github.ophysio.formats.FormatRegistry;
import io.github.ophysio.formats.OpenOptions;
import ij.Macro;
import ij.gui.GenericDialog;
import java.nio.file.Path;
import java.util.List;

/**
 * When a segmentation file holds several planes (Suite2p plane folders, NWB PlaneSegmentations)
 * and none was named, lets the user pick one of the choices the reader lists (the first is the
 * reader's default). Macros never see it: they name {@code plane=} or get the reader's rule. The
 * choice is recorded as the first dialog's {@code plane=}.
 */
final class PlaneChooser {

    private PlaneChooser() {
    }

    /** The options with {@code plane=} filled in when the user picked one; null when cancelled. */
    static OpenOptions choose(FormatRegistry registry, Path path, OpenOptions options, List<String> recordedKeys) {
        if (Macro.getOptions() != null || options.get(OpenOptions.PLANE).isPresent()) {
            return options;
        }
        List<String> planes = registry.readerFor(path, options).segmentationPlanes(path, options);
        if (planes.size() < 2) {
            return options;
        }
        GenericDialog dialog = new GenericDialog(Labels.SEGMENTATION_TITLE);
        dialog.addMessage(path.getFileName() + " holds several planes:");
        dialog.addChoice(OpenOptions.PLANE, planes.toArray(String[]::new), planes.get(0));
        ChooserRecording.show(dialog);
        if (dialog.wasCanceled()) {
            return null;
        }
        String plane = dialog.getNextChoice();
        ChooserRecording.choose(recordedKeys, OpenOptions.PLANE, plane);
        return options.with(OpenOptions.PLANE, plane);
    }
}
