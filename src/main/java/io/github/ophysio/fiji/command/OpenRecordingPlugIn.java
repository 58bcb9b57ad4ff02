package io.github.ophysio.fiji.command;

import io.github.ophysio.formats.FormatRegistry;
import io.github.ophysio.formats.OpenOptions;
import ij.ImagePlus;
import ij.plugin.PlugIn;

/** {@code File > Import > Ophys Recording...} in ImageJ 1.x and Fiji (listed in plugins.config). */
public class OpenRecordingPlugIn implements PlugIn {

    @Override
    public void run(String arg) {
        ErrorReport.guard(Labels.RECORDING_TITLE, () -> open(FormatRegistry.load()));
    }

    private static void open(FormatRegistry registry) {
        RecordingDialog dialog = RecordingDialog.ask(registry);
        if (dialog == null) {
            return;
        }
        OpenOptions options = DatasetChooser.choose(registry, dialog.path(), dialog.options(), RecordingDialog.keys());
        if (options == null) {
            return;
        }
        ImagePlus image = new RecordingOpener(registry).open(dialog.path(), options, dialog.virtual(),
                new IjProgress());
        if (image != null) {
            image.show();
            RelatedSeries.offer(image, dialog.path());
        }
    }
}
