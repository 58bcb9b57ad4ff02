package io.github.ophysio.formats;

import io.github.ophysio.io.StagedOutput;
import io.github.ophysio.model.SegmentationExtractor;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Collectors;

/**
 * Writes a segmentation in one pipeline's own layout (the way back of a {@link FormatReader}).
 * Implementations are stateless, registered in
 * {@code META-INF/services/io.github.ophysio.formats.SegmentationWriter}, live beside their reader and
 * never import ImageJ. They write into a target {@link StagedOutput} made for them
 * (an empty folder, or a file that does not exist yet); moving it into place is not their business.
 */
public interface SegmentationWriter {

    /** The id of {@code --to} and {@code format=}, the reader's id: {@code suite2p}, {@code caiman}, {@code npy}. */
    String id();

    /** Whether the layout is a folder (else one file). */
    boolean writesFolder();

    /** Writes {@code source} into {@code target} (an existing empty folder, or a file path to create). */
    void write(SegmentationExtractor source, Path target) throws IOException;

    /**
     * Writes {@code source} as {@code layout} to OUT, whole or not at all ({@link StagedOutput}): OUT must
     * not exist nor lie in {@code input} (null when the ROIs come from no file); a segmentation with no
     * ROIs is refused, as the layouts have no place for "nothing".
     */
    static void save(String layout, SegmentationExtractor source, Path input, Path out) throws IOException {
        SegmentationWriter writer = forId(layout);
        if (source.getNumRois() == 0) {
            throw new IllegalArgumentException("no ROIs to write" + (input == null ? "" : " in " + input));
        }
        StagedOutput.write(input, out, writer.writesFolder(), staged -> writer.write(source, staged));
    }

    /** Every writer on the class path, in id order. */
    static List<SegmentationWriter> all() {
        return ServiceLoader.load(SegmentationWriter.class, SegmentationWriter.class.getClassLoader()).stream()
                .map(ServiceLoader.Provider::get).sorted((a, b) -> a.id().compareTo(b.id())).toList();
    }

    /** The writer for {@code id}; a usage error naming the ids there are otherwise. */
    static SegmentationWriter forId(String id) {
        List<SegmentationWriter> writers = all();
        return writers.stream().filter(w -> w.id().equals(id)).findFirst().orElseThrow(() ->
                new IllegalArgumentException("no layout '" + id + "' to write (layouts: "
                        + writers.stream().map(SegmentationWriter::id).collect(Collectors.joining(", ")) + ")"));
    }
}
