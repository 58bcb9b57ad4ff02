package io.github.ophysio.formats;

import io.github.ophysio.error.UnsupportedFormatException;
import io.github.ophysio.model.ImagingExtractor;
import io.github.ophysio.model.SegmentationExtractor;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * One file format. Implementations are stateless, registered in
 * {@code META-INF/services/io.github.ophysio.formats.FormatReader}, and never import ImageJ,
 * ImgLib2 or SciJava.
 */
public interface FormatReader {

    /** The id used by {@code format=} and {@code --format}, e.g. {@code npy}. */
    String id();

    /** A few words for menus and errors, e.g. "NumPy .npy array". */
    String description();

    /**
     * How sure this reader is that it can read the probed file: the highest {@link Confidence} rung its
     * evidence reaches. Sniffing never fails: a file the reader cannot look into is {@link Confidence#NO}
     * or a hint.
     */
    Confidence sniff(FileProbe probe);

    /** Names of the channels the file holds ("0", "1", … where it names none). */
    default List<String> channelNames(Path path, OpenOptions options) {
        return List.of("0");
    }

    /**
     * The datasets or series a user may pick with {@code dataset=}, described for a dialog: each
     * starts with the path {@code dataset=} takes, then a space and details (shape, type, layout);
     * empty for formats that hold one recording per file.
     */
    default List<String> candidates(Path path, OpenOptions options) {
        return List.of();
    }

    /**
     * The {@link OptionTable} keys this format reads when opening a recording, besides those every
     * recording takes ({@code fs}, {@code frames}, {@code dataset}): a dialog shows only these for its
     * files (raw geometry for raw files, never for a .npy).
     */
    default Set<String> recordingOptions() {
        return Set.of();
    }

    /** Opens one channel (by name or index in {@code channel=}, else the first) as a lazy recording. */
    ImagingExtractor openImaging(Path path, OpenOptions options);

    /**
     * The values a user may pick with {@code plane=} when opening a segmentation, the reader's default
     * first (the dialog's chooser offers them in this order); empty when the file holds one plane.
     */
    default List<String> segmentationPlanes(Path path, OpenOptions options) {
        return List.of();
    }

    /** Whether {@code path} holds a recording or a segmentation (a format may hold either, per file). */
    default DataKind kind(Path path, OpenOptions options) {
        return DataKind.IMAGING;
    }

    /**
     * The answer of a segmentation-only file asked for as a recording, one sentence for every such
     * format: "{@code what}, not a recording: open it with Ophys Segmentation{@code hint}".
     *
     * @param what what the file is, e.g. "a CNMF-E segmentation (.mat)"
     * @param hint more advice after the sentence (e.g. "; CaImAn movies are the .mmap files"), or ""
     */
    default UnsupportedFormatException notARecording(Path path, String what, String hint) {
        return new UnsupportedFormatException(path, what + ", not a recording: open it with Ophys Segmentation" + hint);
    }

    /** Opens the segmentation (plane and channel from {@code plane=}, {@code channel=}). */
    default SegmentationExtractor openSegmentation(Path path, OpenOptions options) {
        throw new UnsupportedFormatException(path, description() + " holds a recording, not a segmentation:"
                + " open it with Ophys Recording");
    }
}
