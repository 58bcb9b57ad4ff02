package io.github.ophysio.fiji.command;

import ij.Macro;
import ij.gui.GenericDialog;
import ij.plugin.frame.Recorder;
import java.util.List;

/**
 * What a dialog records is not always what replays the user's choice: the recording dialog's dataset
 * choice records its description, and its rate field the file's own rate (see RecordingFileDialog),
 * so {@link #choose} rewrites one key of the recorded line. The plane chooser is a second dialog of
 * the segmentation command: recorded as it is, its key would repeat the first dialog's
 * ({@code plane=[]}; ImageJ: "Duplicate keyword"), so it is shown with recording suspended and the
 * choice written into the first dialog's key. Either way the recorded line replays what the user chose.
 */
final class ChooserRecording {

    private ChooserRecording() {
    }

    /** Shows {@code dialog} without recording it. */
    static void show(GenericDialog dialog) {
        Recorder.suspendRecording();
        try {
            dialog.showDialog();
        } finally {
            Recorder.resumeRecording();
        }
    }

    /**
     * Records {@code key=value} in place of what the first dialog recorded for {@code key}; {@code keys}
     * are the first dialog's keys in their order, so the recorded line keeps its order.
     */
    static void choose(List<String> keys, String key, String value) {
        String recorded = Recorder.getCommandOptions();
        if (recorded == null) {
            return;
        }
        Recorder.resetCommandOptions();
        for (String each : keys) {
            String old = each.equals(key) ? value : Macro.getValue(recorded, each, null);
            if (old != null) {
                Recorder.recordOption(each, old.isEmpty() ? "[]" : old);
            }
        }
    }
}
