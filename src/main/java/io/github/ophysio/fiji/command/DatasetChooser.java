package io.github.ophysio.fiji.command;

import io.github.ophysio.formats.FormatRegistry;
import io.github.ophysio.formats.OpenOptions;
import ij.Macro;
import ij.gui.GenericDialog;
import java.nio.file.Path;
import java.util.List;

/**
 * When a file holds several recordings (HDF5 datasets, NWB series) and none was named, asks the
 * user which one, listing each with its shape, type and layout. Macros never see it: there the
 * reader's error lists the candidates and names the {@code dataset=} key instead.
 */
final class DatasetChooser {

    private DatasetChooser() {
    }

    /** The options with {@code dataset=} filled in when a choice was needed; null when cancelled. */
    static OpenOptions choose(FormatRegistry registry, Path path, OpenOptions options, List<String> recordedKeys) {
        if (Macro.getOptions() != null || named(options)) {
            return options;
        }
        List<String> candidates = registry.readerFor(path, options).candidates(path, options);
        if (candidates.size() < 2) {
            return options;
        }
        GenericDialog dialog = new GenericDialog(Labels.CHOOSE_TITLE);
        dialog.addMessage(path.getFileName() + " holds several recordings:");
        dialog.addChoice(OpenOptions.DATASET, candidates.toArray(String[]::new), candidates.get(0));
        ChooserRecording.show(dialog);
        if (dialog.wasCanceled()) {
            return null;
        }
        String dataset = datasetPath(dialog.getNextChoice());
        ChooserRecording.choose(recordedKeys, OpenOptions.DATASET, dataset);
        return options.with(OpenOptions.DATASET, dataset);
    }

    private static boolean named(OpenOptions options) {
        return options.get(OpenOptions.DATASET).isPresent() || options.get(OpenOptions.SERIES).isPresent();
    }

    /** Candidates are described as "PATH details…": the path is the first word. */
    static String datasetPath(String description) {
        int space = description.indexOf(' ');
        return space < 0 ? description : description.substring(0, space);
    }
}
