package io.github.ophysio.fiji.command;

import io.github.ophysio.formats.FormatRegistry;
import io.github.ophysio.formats.OpenOptions;
import io.github.ophysio.formats.OptionSpec;
import io.github.ophysio.formats.OptionTable;
import ij.gui.GenericDialog;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The recording dialog. Its labels are the macro keys, so the recorder writes
 * {@code run("Ophys Recording...", "path=[...] fs=30 ...")} and macros fill it without showing it.
 * The fields come from {@link OptionTable}: every option the command line has.
 */
final class RecordingDialog {

    private static final List<OptionSpec> OPTIONS = OptionTable.of(OptionSpec.Use.RECORDING);
    private static final List<OptionSpec> RAW = OptionTable.of(OptionSpec.Use.RAW);

    private final Path path;
    private final OpenOptions options;
    private final boolean virtual;

    private RecordingDialog(Path path, OpenOptions options, boolean virtual) {
        this.path = path;
        this.options = options;
        this.virtual = virtual;
    }

    /** Shows the dialog (or reads the macro's options); null when cancelled; no file chosen is a usage error. */
    static RecordingDialog ask(FormatRegistry registry) {
        GenericDialog dialog = new GenericDialog(Labels.RECORDING_TITLE);
        dialog.addFileField(Labels.PATH, "");
        OptionFields.add(dialog, OPTIONS, registry);
        // A choice, not a checkbox: a checkbox missing from macro options reads false, and virtual must
        // stay the default in macros that do not mention it.
        dialog.addChoice(Labels.VIRTUAL, Labels.VIRTUAL_CHOICES, Labels.VIRTUAL_CHOICES[0]);
        dialog.addMessage("Raw binary (axes also maps HDF5 layouts, e.g. tzyx):");
        OptionFields.add(dialog, RAW, registry);
        dialog.showDialog();
        return dialog.wasCanceled() ? null : read(dialog);
    }

    /** The dialog's keys in order (what the recorder wrote for this command). */
    static List<String> keys() {
        List<String> keys = new ArrayList<>(List.of(Labels.PATH));
        OPTIONS.forEach(spec -> keys.add(spec.key()));
        keys.add(Labels.VIRTUAL);
        RAW.forEach(spec -> keys.add(spec.key()));
        return keys;
    }

    private static RecordingDialog read(GenericDialog dialog) {
        Path path = Labels.chosenPath(dialog.getNextString());
        Map<String, String> values = new LinkedHashMap<>();
        OptionFields.read(dialog, OPTIONS, values);
        boolean virtual = Boolean.parseBoolean(dialog.getNextChoice());
        OptionFields.read(dialog, RAW, values);
        return new RecordingDialog(path, OpenOptions.of(values), virtual);
    }

    Path path() {
        return path;
    }

    OpenOptions options() {
        return options;
    }

    boolean virtual() {
        return virtual;
    }
}
