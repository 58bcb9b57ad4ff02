package io.github.ophysio.fiji.command;

import io.github.ophysio.formats.FormatRegistry;
import java.nio.file.Path;

/** Test access to the recording command after its file chooser, as if the user had picked {@code path}. */
public final class RecordingDialogAccess {

    private RecordingDialogAccess() {
    }

    public static void openChosen(Path path) {
        ErrorReport.guard(Labels.RECORDING_TITLE, () -> OpenRecordingPlugIn.openChosen(FormatRegistry.load(), path));
    }
}
