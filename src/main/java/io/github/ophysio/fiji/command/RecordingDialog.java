package io.github.ophysio.fiji.command;

import io.github.ophysio.formats.FormatReader;
import io.github.ophysio.formats.FormatRegistry;
import io.github.ophysio.formats.OpenOptions;
import ij.gui.GenericDialog;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The recording dialog. Its labels are the macro keys, so the recorder writes
 * {@code run("Ophys Recording...", "path=[...] fs=30 ...")} and macros fill it without showing it.
 */
final class RecordingDialog {

    private final Path path;
    private final OpenOptions options;
    private final boolean virtual;

    private RecordingDialog(Path path, OpenOptions options, boolean virtual) {
        this.path = path;
        this.options = options;
        this.virtual = virtual;
    }

    /** Shows the dialog (or reads the macro's options); null when cancelled. */
    static RecordingDialog ask(FormatRegistry registry) {
        GenericDialog dialog = new GenericDialog(Labels.RECORDING_TITLE);
        dialog.addFileField(Labels.PATH, "");
        dialog.addChoice(OpenOptions.FORMAT, formatChoices(registry), Labels.AUTO);
        Stream.of(Labels.TEXT_KEYS).forEach(key -> dialog.addStringField(key, ""));
        dialog.addChoice(OpenOptions.FOURTH_AXIS, Labels.FOURTH_AXIS_CHOICES, OpenOptions.FOURTH_AXIS_CHANNELS);
        dialog.addChoice(OpenOptions.NWB_X, Labels.NWB_X_CHOICES, Labels.NWB_X_CHOICES[0]);
        // A choice, not a checkbox: a checkbox missing from macro options reads false, and virtual must
        // stay the default in macros that do not mention it.
        dialog.addChoice(Labels.VIRTUAL, Labels.VIRTUAL_CHOICES, Labels.VIRTUAL_CHOICES[0]);
        dialog.addMessage("Raw binary (axes also maps HDF5 layouts, e.g. tzyx):");
        Stream.of(Labels.RAW_NUMBER_KEYS).forEach(key -> dialog.addStringField(key, ""));
        dialog.addChoice(OpenOptions.DTYPE, Labels.DTYPE_CHOICES, "uint16");
        dialog.addChoice(OpenOptions.BYTE_ORDER, Labels.BYTE_ORDER_CHOICES, "little");
        dialog.addStringField(OpenOptions.AXES, "");
        dialog.showDialog();
        return dialog.wasCanceled() ? null : read(dialog);
    }

    private static String[] formatChoices(FormatRegistry registry) {
        return Stream.concat(Stream.of(Labels.AUTO), registry.readers().stream().map(FormatReader::id))
                .toArray(String[]::new);
    }

    private static RecordingDialog read(GenericDialog dialog) {
        Path path = Path.of(dialog.getNextString().trim());
        Map<String, String> values = new LinkedHashMap<>();
        String format = dialog.getNextChoice();
        values.put(OpenOptions.FORMAT, format.equals(Labels.AUTO) ? null : format);
        Stream.of(Labels.TEXT_KEYS).forEach(key -> values.put(key, dialog.getNextString()));
        values.put(OpenOptions.FOURTH_AXIS, dialog.getNextChoice());
        values.put(OpenOptions.NWB_X, Labels.nwbX(dialog.getNextChoice()));
        boolean virtual = Boolean.parseBoolean(dialog.getNextChoice());
        Stream.of(Labels.RAW_NUMBER_KEYS).forEach(key -> values.put(key, dialog.getNextString()));
        values.put(OpenOptions.DTYPE, dialog.getNextChoice());
        values.put(OpenOptions.BYTE_ORDER, dialog.getNextChoice());
        values.put(OpenOptions.AXES, dialog.getNextString());
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
