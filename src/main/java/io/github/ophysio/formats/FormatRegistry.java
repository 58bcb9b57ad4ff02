package io.github.ophysio.formats;

import io.github.ophysio.error.CorruptFileException;
import io.github.ophysio.error.MissingFileException;
import io.github.ophysio.error.OphysException;
import io.github.ophysio.error.UnsupportedFormatException;
import io.github.ophysio.model.ImagingExtractor;
import io.github.ophysio.model.SegmentationExtractor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Collectors;

/**
 * The readers known to this installation, found through {@link ServiceLoader}. A file's reader
 * is the one that sniffs it on the highest {@link Confidence} rung, unless {@code format=} forces one.
 */
public final class FormatRegistry {

    private final List<FormatReader> readers;

    public FormatRegistry(List<FormatReader> readers) {
        this.readers = List.copyOf(readers);
    }

    /** Every reader on the class path of this class's loader. */
    public static FormatRegistry load() {
        List<FormatReader> found = new ArrayList<>();
        ServiceLoader.load(FormatReader.class, FormatRegistry.class.getClassLoader()).forEach(found::add);
        found.sort(Comparator.comparing(FormatReader::id));
        return new FormatRegistry(found);
    }

    public List<FormatReader> readers() {
        return readers;
    }

    /** The reader with this id; an {@link IllegalArgumentException} (usage error) when none has it. */
    public FormatReader byId(String id) {
        return readers.stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow(
                () -> new IllegalArgumentException("unknown format '" + id + "' (known: " + ids() + ")"));
    }

    /** The reader for {@code path}: forced by {@code format=}, else the most confident sniffer. */
    public FormatReader readerFor(Path path, OpenOptions options) {
        FileProbe probe = probe(path);
        if (options.get(OpenOptions.FORMAT).isPresent()) {
            return byId(options.get(OpenOptions.FORMAT).get());
        }
        // Each reader sniffs once: several open the file with jhdf to look inside. A tie (which the
        // ladder test rules out for every fixture) keeps the first reader in id order.
        FormatReader best = null;
        Confidence bestConfidence = Confidence.NO;
        for (FormatReader reader : readers) {
            Confidence confidence = reader.sniff(probe);
            if (confidence.above(bestConfidence)) {
                best = reader;
                bestConfidence = confidence;
            }
        }
        if (best == null) {
            throw notRecognised(probe);
        }
        return best;
    }

    /** Opens the channel named in {@code channel=} (else the first) of {@code path}. */
    public ImagingExtractor openImaging(Path path, OpenOptions options) {
        return readerFor(path, options).openImaging(path, options);
    }

    /** Opens the segmentation in {@code path}; a damaged file is reported as corrupt, not as a recording. */
    public SegmentationExtractor openSegmentation(Path path, OpenOptions options) {
        FormatReader reader = readerFor(path, options);
        try {
            return reader.openSegmentation(path, options);
        } catch (UnsupportedFormatException refusal) {
            throw damageBehind(reader, path, options, refusal);
        }
    }

    /** Opens every channel of {@code path}, in the file's order. */
    public List<ImagingExtractor> openImagingChannels(Path path, OpenOptions options) {
        FormatReader reader = readerFor(path, options);
        return reader.channelNames(path, options).stream()
                .map(name -> reader.openImaging(path, options.with(OpenOptions.CHANNEL, name)))
                .collect(Collectors.toList());
    }

    /**
     * A reader that refuses because the file "holds a recording" may be answering for a damaged file
     * that a more specific reader would have claimed intact (a truncated CaImAn file fails CaImAn's look
     * inside and falls to the plain HDF5 reader; a cut .mmap is a recording by name): opening the
     * recording it claims shows the damage, which is the real problem. Otherwise the refusal stands.
     */
    private static OphysException damageBehind(FormatReader reader, Path path, OpenOptions options,
            UnsupportedFormatException refusal) {
        if (reader.kind(path, options) != DataKind.IMAGING) {
            return refusal;
        }
        try {
            reader.openImaging(path, options);
            return refusal;
        } catch (CorruptFileException damage) {
            damage.addSuppressed(refusal);
            return damage;
        } catch (OphysException | IllegalArgumentException other) {
            // not openable as a recording either, for a reason that is no damage (options, content): the refusal says more
            refusal.addSuppressed(other);
            return refusal;
        }
    }

    private String ids() {
        return readers.stream().map(FormatReader::id).collect(Collectors.joining(", "));
    }

    private static FileProbe probe(Path path) {
        if (!Files.exists(path)) {
            throw new MissingFileException(path, "no such file or folder");
        }
        try {
            return FileProbe.of(path);
        } catch (IOException e) {
            throw new MissingFileException(path, "cannot be read (" + e.getMessage() + ")", e);
        }
    }

    private UnsupportedFormatException notRecognised(FileProbe probe) {
        String what = probe.isDirectory() ? "a folder that no reader recognises"
                : probe.head().length == 0 ? "an empty file" : "no reader recognises this file";
        return new UnsupportedFormatException(probe.path(), what + " (formats: " + ids() + "; force one with format=)");
    }
}
