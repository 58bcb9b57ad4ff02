package io.github.ophysio.fiji.command;

import io.github.ophysio.error.UnsupportedFormatException;
import io.github.ophysio.formats.FormatRegistry;
import io.github.ophysio.formats.OpenOptions;
import ij.ImagePlus;
import ij.io.OpenDialog;
import ij.plugin.PlugIn;
import ij.plugin.frame.Recorder;
import java.nio.file.Path;

/**
 * {@code File > Import > Ophys Recording...} in ImageJ 1.x and Fiji (listed in plugins.config). A macro
 * names the file and options; a user picks the file first, then sees a dialog made for it.
 */
public class OpenRecordingPlugIn implements PlugIn {

    @Override
    public void run(String arg) {
        ErrorReport.guard(Labels.RECORDING_TITLE, () -> open(FormatRegistry.load()));
    }

    private static void open(FormatRegistry registry) {
        RecordingDialog macro = RecordingDialog.fromMacro(registry);
        if (macro != null) {
            show(registry, macro);
            return;
        }
        Path path = choosePath();
        if (path != null) {
            openChosen(registry, path);
        }
    }

    /** Asks about the chosen file with the dialog made for it, then opens it. */
    static void openChosen(FormatRegistry registry, Path path) {
        RecordingDialog dialog = askAbout(registry, path);
        if (dialog != null) {
            show(registry, dialog);
        }
    }

    private static RecordingDialog askAbout(FormatRegistry registry, Path path) {
        try {
            registry.readerFor(path, OpenOptions.none());
        } catch (UnsupportedFormatException notRecognised) {
            // no reader claims it: every option, so the user can force a format (raw binary, say)
            return RecordingDialog.everyOption(registry, path.toString(), notRecognised.getMessage());
        }
        return RecordingFileDialog.ask(registry, path);
    }

    /** The file chooser, not recorded: the dialog records {@code path=}. Null when cancelled. */
    private static Path choosePath() {
        Recorder.suspendRecording();
        try {
            String chosen = new OpenDialog(Labels.RECORDING_TITLE + ": choose a file").getPath();
            return chosen == null ? null : Path.of(chosen);
        } finally {
            Recorder.resumeRecording();
        }
    }

    private static void show(FormatRegistry registry, RecordingDialog dialog) {
        ImagePlus image = new RecordingOpener(registry).open(dialog.path(), dialog.options(), dialog.virtual(),
                new IjProgress());
        if (image != null) {
            image.show();
            RelatedSeries.offer(image, dialog.path());
        }
    }
}
