package io.github.ophysio.fiji.command;

import io.github.ophysio.formats.FormatReader;
import io.github.ophysio.formats.FormatRegistry;
import io.github.ophysio.formats.OpenOptions;
import io.github.ophysio.model.ImagingExtractor;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What the recording dialog knows of a file before it is shown, so it asks only what the file
 * needs: its reader, the recordings it holds (a chooser when several), and the one recording's
 * shape and rate. Opening is lazy, so this costs a header read, not a pass over the file. A file
 * that cannot be opened without options (raw binary: no geometry yet) is described by what is missing.
 */
final class SniffedFile {

    private final Path path;
    private final FormatReader reader;
    private final List<String> candidates;
    private final List<ImagingExtractor> channels;
    private final String missing;

    private SniffedFile(Path path, FormatReader reader, List<String> candidates, List<ImagingExtractor> channels,
            String missing) {
        this.path = path;
        this.reader = reader;
        this.candidates = candidates;
        this.channels = channels;
        this.missing = missing;
    }

    /**
     * Sniffs {@code path}; a file that is no recording (a segmentation, a damaged file) fails here, before
     * any dialog, with the reader's one-line reason.
     */
    static SniffedFile of(FormatRegistry registry, Path path) {
        FormatReader reader = registry.readerFor(path, OpenOptions.none());
        List<String> candidates = reader.candidates(path, OpenOptions.none());
        if (candidates.size() > 1) {
            return new SniffedFile(path, reader, candidates, List.of(), null);
        }
        try {
            return new SniffedFile(path, reader, candidates, registry.openImagingChannels(path, OpenOptions.none()), null);
        } catch (IllegalArgumentException needsOptions) {
            // a usage error: the file needs options (raw geometry) the dialog is about to ask for
            return new SniffedFile(path, reader, candidates, List.of(), needsOptions.getMessage());
        }
    }

    FormatReader reader() {
        return reader;
    }

    /** The recordings to choose from, described ("PATH shape type…"); empty when there is one. */
    List<String> choices() {
        return candidates.size() > 1 ? candidates : List.of();
    }

    /** The rate the file states, as the dialog shows it ({@code 30}, {@code 29.97}); empty when it states none. */
    Optional<String> rate() {
        if (channels.isEmpty() || channels.get(0).getSamplingFrequency().isEmpty()) {
            return Optional.empty();
        }
        BigDecimal fs = new BigDecimal(channels.get(0).getSamplingFrequency().getAsDouble());
        return Optional.of(fs.round(new MathContext(7)).stripTrailingZeros().toPlainString());
    }

    /** The number of frames, 0 when not known before the dialog's answers. */
    int frames() {
        return channels.isEmpty() ? 0 : channels.get(0).getNumSamples();
    }

    /**
     * Whether layout options (axes, fourth axis, plane) matter: the recording has more than (t, y, x),
     * or it could not be opened without options.
     */
    boolean hasLayoutChoices() {
        if (channels.isEmpty()) {
            return choices().isEmpty();
        }
        return channels.size() > 1 || channels.get(0).isVolumetric();
    }

    /** One line for the dialog: {@code movie.npy: NumPy .npy array, 300 frames of 240 x 320, uint16, 30 Hz}. */
    String summary() {
        String head = path.getFileName() + ": " + reader.description();
        if (!choices().isEmpty()) {
            return head + ", " + candidates.size() + " recordings";
        }
        if (channels.isEmpty()) {
            return head + " (" + missing + ")";
        }
        return head + ", " + shape(channels.get(0)) + rate().map(fs -> ", " + fs + " Hz").orElse(", no rate stated");
    }

    private String shape(ImagingExtractor recording) {
        int[] image = recording.getImageShape();
        String planes = recording.isVolumetric() ? " x " + recording.getNumPlanes() + " planes" : "";
        String shownChannels = channels.size() > 1 ? ", " + channels.size() + " channels" : "";
        return recording.getNumSamples() + " frames of " + image[0] + " x " + image[1] + planes + shownChannels + ", "
                + recording.getPixelType().numpyName();
    }
}
