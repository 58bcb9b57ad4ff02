package io.github.ophysio.fiji.command;

import ij.Macro;
import ij.gui.GenericDialog;
import ij.plugin.frame.Recorder;
import java.util.List;

/**
 * Choosers (dataset, plane) are second dialogs of the same command. Recorded as they are, their key
 * repeats the first dialog's ({@code dataset=[]}; ImageJ: "Duplicate keyword") and their value is the
 * choice's description. So a chooser is shown with recording suspended, and the choice is written
 * into the first dialog's recorded key: the recorded line replays exactly what the user chose.
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
