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
 * The segmentation dialog; labels are the macro keys:
 * {@code run("Ophys Segmentation...", "path=[...] plane=plane0 rois=accepted traces=[raw dff]")}.
 */
final class SegmentationDialog {

    private final Path path;
    private final OpenOptions options;
    private final SegmentationRequest request;

    private SegmentationDialog(Path path, OpenOptions options, SegmentationRequest request) {
        this.path = path;
        this.options = options;
        this.request = request;
    }

    /** Shows the dialog (or reads the macro's options); null when cancelled. */
    static SegmentationDialog ask(FormatRegistry registry) {
        GenericDialog dialog = new GenericDialog(Labels.SEGMENTATION_TITLE);
        dialog.addFileField(Labels.PATH, "");
        dialog.addChoice(OpenOptions.FORMAT, formatChoices(registry), Labels.AUTO);
        dialog.addStringField(OpenOptions.PLANE, "");
        dialog.addStringField(OpenOptions.CHANNEL, "");
        dialog.addStringField(OpenOptions.FS, "");
        dialog.addChoice(OpenOptions.NWB_X, Labels.NWB_X_CHOICES, Labels.NWB_X_CHOICES[0]);
        dialog.addChoice(Labels.ROIS, Labels.ROIS_CHOICES, SegmentationRequest.ALL);
        dialog.addStringField(Labels.TRACES, SegmentationRequest.ALL, 20);
        dialog.addChoice(Labels.FOOTPRINTS, Labels.BOOLEAN_CHOICES, "true");
        dialog.addChoice(Labels.IMAGES, Labels.BOOLEAN_CHOICES, "true");
        dialog.showDialog();
        return dialog.wasCanceled() ? null : read(dialog);
    }

    private static String[] formatChoices(FormatRegistry registry) {
        return Stream.concat(Stream.of(Labels.AUTO), registry.readers().stream().map(FormatReader::id))
                .toArray(String[]::new);
    }

    private static SegmentationDialog read(GenericDialog dialog) {
        Path path = Path.of(dialog.getNextString().trim());
        Map<String, String> values = new LinkedHashMap<>();
        String format = dialog.getNextChoice();
        values.put(OpenOptions.FORMAT, format.equals(Labels.AUTO) ? null : format);
        values.put(OpenOptions.PLANE, dialog.getNextString());
        values.put(OpenOptions.CHANNEL, dialog.getNextString());
        values.put(OpenOptions.FS, dialog.getNextString());
        values.put(OpenOptions.NWB_X, Labels.nwbX(dialog.getNextChoice()));
        boolean acceptedOnly = dialog.getNextChoice().equals(SegmentationRequest.ACCEPTED);
        String traces = dialog.getNextString();
        boolean footprints = Boolean.parseBoolean(dialog.getNextChoice());
        boolean images = Boolean.parseBoolean(dialog.getNextChoice());
        SegmentationRequest request = new SegmentationRequest(acceptedOnly, SegmentationRequest.kinds(traces),
                footprints, images);
        return new SegmentationDialog(path, OpenOptions.of(values), request);
    }

    Path path() {
        return path;
    }

    OpenOptions options() {
        return options;
    }

    SegmentationRequest request() {
        return request;
    }
}
