package io.github.ophysio.fiji.command;

import io.github.ophysio.formats.FormatRegistry;
import io.github.ophysio.formats.OpenOptions;
import io.github.ophysio.formats.OptionSpec;
import io.github.ophysio.formats.OptionTable;
import ij.gui.GenericDialog;
import ij.plugin.frame.Recorder;
import java.awt.Font;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The recording dialog made for one file, which was sniffed first: a line saying what the file is,
 * the dataset/series chooser only when it holds several, the rate in Hz (filled in when the file
 * states one), a frame range, virtual, and the format's own options (raw geometry only for raw
 * files). Labels start with the macro key, so the recorder writes {@code path=[...] fs=30 frames=1-100}.
 * What is recorded is what replays the user's choice: the chosen dataset's path (not its
 * description), and no {@code fs=} when the rate the file states was left as it is.
 */
final class RecordingFileDialog {

    /** Options about the stored layout: shown only when the recording has more than (t, y, x). */
    private static final Set<String> LAYOUT = Set.of(OpenOptions.AXES, OpenOptions.FOURTH_AXIS, OpenOptions.PLANE);

    private static final Font HINT_FONT = new Font("SansSerif", Font.ITALIC, 11);

    private final SniffedFile file;
    private final Path path;
    private final List<OptionSpec> own;

    private RecordingFileDialog(SniffedFile file, Path path) {
        this.file = file;
        this.path = path;
        // the format's geometry first, then the layout options that refine it
        this.own = OptionTable.all().stream().filter(this::shows)
                .sorted(Comparator.comparing(spec -> LAYOUT.contains(spec.key()))).toList();
    }

    /** Asks about {@code path}, sniffed first; null when cancelled. */
    static RecordingDialog ask(FormatRegistry registry, Path path) {
        return new RecordingFileDialog(SniffedFile.of(registry, path), path).show(registry);
    }

    private boolean shows(OptionSpec spec) {
        return file.reader().recordingOptions().contains(spec.key())
                && (!LAYOUT.contains(spec.key()) || file.hasLayoutChoices());
    }

    private RecordingDialog show(FormatRegistry registry) {
        if (Recorder.record) {
            Recorder.recordOption(Labels.PATH, path.toString());
        }
        GenericDialog dialog = new GenericDialog(Labels.RECORDING_TITLE);
        dialog.addMessage(file.summary());
        if (!file.choices().isEmpty()) {
            dialog.addChoice(OpenOptions.DATASET, file.choices().toArray(String[]::new), file.choices().get(0));
        }
        dialog.addStringField(Labels.FS_HZ, file.rate().orElse(""), 10);
        dialog.addStringField(Labels.FRAMES, "", 10);
        dialog.addMessage(frameHint(), HINT_FONT);
        dialog.addChoice(Labels.VIRTUAL, Labels.VIRTUAL_CHOICES, Labels.VIRTUAL_CHOICES[0]);
        if (!own.isEmpty()) {
            dialog.addMessage(file.reader().description() + ":");
            OptionFields.add(dialog, own, registry);
        }
        dialog.showDialog();
        return dialog.wasCanceled() ? null : read(dialog);
    }

    private String frameHint() {
        String all = file.frames() > 0 ? "all " + file.frames() : "all";
        return "frames: first-last, 1-based, e.g. 1-" + (file.frames() > 0 ? file.frames() : 100) + " (empty: " + all + ")";
    }

    private RecordingDialog read(GenericDialog dialog) {
        Map<String, String> values = new LinkedHashMap<>();
        String dataset = file.choices().isEmpty() ? null : DatasetChoices.path(dialog.getNextChoice());
        values.put(OpenOptions.DATASET, dataset);
        String fs = dialog.getNextString().trim();
        String given = fs.equals(file.rate().orElse("")) ? null : fs;
        values.put(OpenOptions.FS, given);
        values.put(OpenOptions.FRAMES, dialog.getNextString());
        boolean virtual = Boolean.parseBoolean(dialog.getNextChoice());
        OptionFields.read(dialog, own, values);
        ChooserRecording.choose(keys(), OpenOptions.DATASET, dataset);
        ChooserRecording.choose(keys(), OpenOptions.FS, given);
        return new RecordingDialog(path, OpenOptions.of(values), virtual);
    }

    /** The recorded keys, in the dialog's order. */
    private List<String> keys() {
        List<String> keys = new ArrayList<>(List.of(Labels.PATH, OpenOptions.DATASET, OpenOptions.FS,
                OpenOptions.FRAMES, Labels.VIRTUAL));
        own.forEach(spec -> keys.add(spec.key()));
        return keys;
    }
}
