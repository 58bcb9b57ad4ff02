package io.github.ophysio.fiji.command;

import io.github.ophysio.fiji.roi.OutlineRule;
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
 * The segmentation dialog; labels are the macro keys:
 * {@code run("Ophys Segmentation...", "path=[...] plane=plane0 rois=accepted traces=[raw dff]")}.
 * The open options come from {@link OptionTable}; then what to show, and {@code append}.
 */
final class SegmentationDialog {

    private static final List<OptionSpec> OPTIONS = OptionTable.of(OptionSpec.Use.SEGMENTATION);

    private final Path path;
    private final OpenOptions options;
    private final SegmentationRequest request;

    private SegmentationDialog(Path path, OpenOptions options, SegmentationRequest request) {
        this.path = path;
        this.options = options;
        this.request = request;
    }

    /**
     * Shows the dialog (or reads the macro's options); null when cancelled. A bad value (no file, an
     * unknown trace kind) is an IllegalArgumentException naming it.
     */
    static SegmentationDialog ask(FormatRegistry registry) {
        GenericDialog dialog = new GenericDialog(Labels.SEGMENTATION_TITLE);
        dialog.addFileField(Labels.PATH, "");
        OptionFields.add(dialog, OPTIONS, registry);
        dialog.addChoice(Labels.ROIS, Labels.ROIS_CHOICES, SegmentationRequest.ALL);
        dialog.addStringField(Labels.TRACES, SegmentationRequest.DEFAULT, 20);
        dialog.addChoice(Labels.FOOTPRINTS, Labels.BOOLEAN_CHOICES, "false");
        // text, not a choice: macros written before "auto" say images=true or images=false
        dialog.addStringField(Labels.IMAGES, "auto", 8);
        dialog.addChoice(Labels.OUTLINE, Labels.OUTLINE_CHOICES, OutlineRule.DEFAULT.kind().key());
        dialog.addStringField(Labels.FRACTION, Double.toString(OutlineRule.DEFAULT_FRACTION), 6);
        dialog.addChoice(Labels.APPEND, Labels.BOOLEAN_CHOICES, "false");
        dialog.showDialog();
        return dialog.wasCanceled() ? null : read(dialog);
    }

    /** The dialog's keys in order (what the recorder wrote for this command). */
    static List<String> keys() {
        List<String> keys = new ArrayList<>(List.of(Labels.PATH));
        OPTIONS.forEach(spec -> keys.add(spec.key()));
        keys.addAll(List.of(Labels.ROIS, Labels.TRACES, Labels.FOOTPRINTS, Labels.IMAGES, Labels.OUTLINE,
                Labels.FRACTION, Labels.APPEND));
        return keys;
    }

    private static SegmentationDialog read(GenericDialog dialog) {
        Path path = Labels.chosenPath(dialog.getNextString());
        Map<String, String> values = new LinkedHashMap<>();
        OptionFields.read(dialog, OPTIONS, values);
        boolean acceptedOnly = dialog.getNextChoice().equals(SegmentationRequest.ACCEPTED);
        String traces = dialog.getNextString();
        boolean footprints = Boolean.parseBoolean(dialog.getNextChoice());
        SegmentationRequest.Images images = SegmentationRequest.Images.of(dialog.getNextString());
        OutlineRule outline = OutlineRule.of(dialog.getNextChoice(), dialog.getNextString());
        boolean append = Boolean.parseBoolean(dialog.getNextChoice());
        SegmentationRequest request = new SegmentationRequest(acceptedOnly, traces, footprints, images, outline, append,
                null);
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
