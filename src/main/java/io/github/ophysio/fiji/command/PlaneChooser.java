package io.github.ophysio.fiji.command;

import io.github.ophysio.formats.FormatRegistry;
import io.github.ophysio.formats.OpenOptions;
import ij.Macro;
import ij.gui.GenericDialog;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * When a segmentation file holds several planes (Suite2p plane folders, NWB PlaneSegmentations)
 * and none was named, lets the user pick one, or "default" (the format's own choice: Suite2p
 * combines its planes). Macros never see it: they name {@code plane=} or get the reader's rule.
 */
final class PlaneChooser {

    static final String DEFAULT = "default";

    private PlaneChooser() {
    }

    /** The options with {@code plane=} filled in when the user picked one; null when cancelled. */
    static OpenOptions choose(FormatRegistry registry, Path path, OpenOptions options) {
        if (Macro.getOptions() != null || options.get(OpenOptions.PLANE).isPresent()) {
            return options;
        }
        List<String> planes = registry.readerFor(path, options).segmentationPlanes(path, options);
        if (planes.size() < 2) {
            return options;
        }
        List<String> choices = new ArrayList<>(List.of(DEFAULT));
        choices.addAll(planes);
        GenericDialog dialog = new GenericDialog(Labels.SEGMENTATION_TITLE);
        dialog.addMessage(path.getFileName() + " holds several planes:");
        dialog.addChoice(OpenOptions.PLANE, choices.toArray(String[]::new), DEFAULT);
        dialog.showDialog();
        if (dialog.wasCanceled()) {
            return null;
        }
        String plane = dialog.getNextChoice();
        return plane.equals(DEFAULT) ? options : options.with(OpenOptions.PLANE, plane);
    }
}
