package io.github.ophysio.fiji.command;

import io.github.ophysio.formats.FormatRegistry;
import io.github.ophysio.formats.OpenOptions;
import io.github.ophysio.formats.OptionSpec;
import io.github.ophysio.formats.OptionTable;
import ij.Macro;
import ij.gui.GenericDialog;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The recording dialog's answers. Macros fill every option of {@link OptionTable} by its key (the
 * dialog is not shown, so a macro may name any option, {@code series=} as well as {@code dataset=}).
 * A user sees a dialog made for the chosen file ({@link RecordingFileDialog}); a file no reader recognises
 * gets every option with a format choice, so it can still be opened as raw binary.
 */
final class RecordingDialog {

    private static final List<OptionSpec> OPTIONS = OptionTable.of(OptionSpec.Use.RECORDING);
    private static final List<OptionSpec> RAW = OptionTable.of(OptionSpec.Use.RAW);

    private final Path path;
    private final OpenOptions options;
    private final boolean virtual;

    RecordingDialog(Path path, OpenOptions options, boolean virtual) {
        this.path = path;
        this.options = options;
        this.virtual = virtual;
    }

    /** A macro's options; null when there is no macro (a user is asked instead). */
    static RecordingDialog fromMacro(FormatRegistry registry) {
        return Macro.getOptions() == null ? null : everyOption(registry, "", null);
    }

    /**
     * Every option, as macros have them; shown (with {@code why} on top) only for a file no reader
     * recognises. Null when cancelled.
     */
    static RecordingDialog everyOption(FormatRegistry registry, String path, String why) {
        GenericDialog dialog = new GenericDialog(Labels.RECORDING_TITLE);
        if (why != null) {
            dialog.addMessage(why);
        }
        dialog.addFileField(Labels.PATH, path);
        OptionFields.add(dialog, OPTIONS, registry);
        // A choice, not a checkbox: a checkbox missing from macro options reads false, and virtual must
        // stay the default in macros that do not mention it.
        dialog.addChoice(Labels.VIRTUAL, Labels.VIRTUAL_CHOICES, Labels.VIRTUAL_CHOICES[0]);
        dialog.addMessage("Raw binary (axes also maps HDF5 layouts, e.g. tzyx):");
        OptionFields.add(dialog, RAW, registry);
        dialog.showDialog();
        return dialog.wasCanceled() ? null : read(dialog);
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
