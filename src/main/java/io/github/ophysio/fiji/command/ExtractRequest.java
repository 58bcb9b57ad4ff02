package io.github.ophysio.fiji.command;

import io.github.ophysio.traces.TraceOptions;
import ij.gui.Roi;
import ij.plugin.frame.RoiManager;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What Extract Traces is asked, the same for the menu, a macro and the SciJava command: which ROIs
 * ({@code rois=all|selected}) and the {@link TraceOptions} ({@code neuropil=none|ring}, {@code factor},
 * {@code dff=none|percentile}, {@code percentile}, {@code window} in seconds).
 */
record ExtractRequest(boolean selected, TraceOptions options) {

    static final String[] ROI_CHOICES = {"all", "selected"};
    static final String[] NEUROPIL_CHOICES = {"none", "ring"};
    static final String[] DFF_CHOICES = {"none", "percentile"};

    /** The request from the keys' values; a usage error names a value that is not a choice. */
    static ExtractRequest of(String rois, String neuropil, double factor, String dff, double percentile, double window) {
        boolean selected = ROI_CHOICES[1].equals(choice("rois", rois, ROI_CHOICES));
        TraceOptions options = TraceOptions.rawOnly()
                .withRing(NEUROPIL_CHOICES[1].equals(choice("neuropil", neuropil, NEUROPIL_CHOICES)))
                .withNeuropilFactor(factor).withDff(DFF_CHOICES[1].equals(choice("dff", dff, DFF_CHOICES)))
                .withBaseline(percentile, window);
        return new ExtractRequest(selected, options);
    }

    private static String choice(String key, String value, String[] choices) {
        if (!Arrays.asList(choices).contains(value)) {
            throw new IllegalArgumentException(key + "=" + value + " is not one of " + String.join(", ", choices));
        }
        return value;
    }

    /** A number given as text ({@code key} names it in the message); blank gives {@code otherwise}. */
    static double number(String key, String text, double otherwise) {
        if (text == null || text.isBlank()) {
            return otherwise;
        }
        try {
            return Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + "=" + text + " is not a number", e);
        }
    }

    /** {@code manager}, when it holds ROIs; else a usage error. */
    static RoiManager holdingRois(RoiManager manager) {
        if (manager == null || manager.getCount() == 0) {
            throw new IllegalArgumentException("the ROI Manager holds no ROIs");
        }
        return manager;
    }

    /** The ROIs asked for: all the manager's, or its selected ones (a usage error when none is selected). */
    List<Roi> rois(RoiManager manager) {
        Roi[] all = holdingRois(manager).getRoisAsArray();
        if (!selected) {
            return List.of(all);
        }
        List<Roi> picked = new ArrayList<>();
        for (int index : manager.getSelectedIndexes()) {
            picked.add(all[index]);
        }
        if (picked.isEmpty()) {
            throw new IllegalArgumentException("rois=selected but no ROI is selected in the ROI Manager");
        }
        return picked;
    }
}
