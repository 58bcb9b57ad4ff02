package io.github.ophysio.io.hdf5;

import io.github.ophysio.error.CorruptFileException;
import io.github.ophysio.error.UnsupportedFormatException;
import io.jhdf.api.dataset.ChunkedDataset;
import io.jhdf.exceptions.HdfFilterException;
import io.jhdf.filter.Filter;
import io.jhdf.filter.PipelineFilterWithData;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * A dataset's filter pipeline, undone chunk by chunk: deflate here (java.util.zip, sized for the
 * chunk), the other filters jhdf has (shuffle, fletcher32, lzf, lz4, bitshuffle) through jhdf's own
 * decoders. A filter neither knows is refused when the dataset is opened, by name.
 */
final class ChunkFilters {

    static final int DEFLATE = 1;
    private static final String READABLE = "deflate/gzip, shuffle, fletcher32, lzf, lz4, bitshuffle";

    private static final Map<Integer, String> KNOWN_NAMES = Map.ofEntries(
            Map.entry(1, "deflate (gzip)"), Map.entry(2, "shuffle"), Map.entry(3, "fletcher32"),
            Map.entry(4, "szip"), Map.entry(5, "nbit"), Map.entry(6, "scaleoffset"), Map.entry(307, "bzip2"),
            Map.entry(32000, "lzf"), Map.entry(32001, "blosc"), Map.entry(32004, "lz4"), Map.entry(32008, "bitshuffle"),
            Map.entry(32013, "zfp"), Map.entry(32015, "zstd"), Map.entry(32017, "sz"));

    private record Step(int id, Filter decoder, int[] data) {
    }

    private final Path file;
    private final List<Step> steps;

    private ChunkFilters(Path file, List<Step> steps) {
        this.file = file;
        this.steps = steps;
    }

    /** The decoders of {@code filters} (in the file's write order); unsupported names the first unknown filter. */
    static ChunkFilters of(Path file, String dataset, List<PipelineFilterWithData> filters) {
        List<Step> steps = new ArrayList<>();
        for (PipelineFilterWithData f : filters) {
            steps.add(new Step(f.getId(), decoder(file, dataset, f), f.getFilterData()));
        }
        return new ChunkFilters(file, steps);
    }

    /** The filters of {@code dataset}; unsupported, naming the filter, when jhdf itself cannot build the pipeline. */
    static List<PipelineFilterWithData> filtersOf(Path file, ChunkedDataset dataset) {
        try {
            return dataset.getFilters();
        } catch (HdfFilterException e) {
            throw new UnsupportedFormatException(file, "dataset " + dataset.getPath() + " uses an HDF5 filter jhdf"
                    + " cannot decode (" + e.getMessage() + "); readable filters: " + READABLE);
        }
    }

    /** The pipeline of {@code dataset} in words, e.g. "deflate (gzip)+shuffle" ("" when none). */
    static String describe(ChunkedDataset dataset) {
        try {
            return dataset.getFilters().stream().map(f -> name(f.getId(), f.getName())).collect(Collectors.joining("+"));
        } catch (HdfFilterException e) {
            return "unreadable filter (" + e.getMessage() + ")";
        }
    }

    /** Undoes the filters of one chunk whose decoded size is {@code bytes}; bit i of {@code mask} skips filter i. */
    byte[] decode(byte[] raw, int mask, int bytes) {
        byte[] data = raw;
        for (int i = steps.size() - 1; i >= 0; i--) {
            if ((mask & (1 << i)) == 0) {
                Step step = steps.get(i);
                data = step.id() == DEFLATE ? inflate(data, bytes) : step.decoder().decode(data, step.data());
            }
        }
        return data;
    }

    private byte[] inflate(byte[] in, int expected) {
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(in);
            byte[] out = new byte[Math.max(expected, 1)];
            int n = 0;
            while (!inflater.finished()) {
                if (n == out.length) {
                    out = java.util.Arrays.copyOf(out, out.length * 2);
                }
                int k = inflater.inflate(out, n, out.length - n);
                if (k == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw new CorruptFileException(file, "a deflate chunk ends early (" + n + " of " + expected + " bytes)");
                }
                n += k;
            }
            return n == out.length ? out : java.util.Arrays.copyOf(out, n);
        } catch (DataFormatException e) {
            throw new CorruptFileException(file, "a deflate chunk does not inflate: " + e.getMessage(), e);
        } finally {
            inflater.end();
        }
    }

    /** Deflate is undone here (null decoder); the others by jhdf's decoders, reached through {@link JhdfInternals}. */
    private static Filter decoder(Path file, String dataset, PipelineFilterWithData f) {
        if (f.getId() == DEFLATE) {
            return null;
        }
        Filter decoder = JhdfInternals.decoder(f.getId());
        if (decoder == null) {
            throw new UnsupportedFormatException(file, "dataset " + dataset + " uses the HDF5 filter "
                    + name(f.getId(), f.getName()) + " (id " + f.getId() + "); readable filters: " + READABLE);
        }
        return decoder;
    }

    private static String name(int id, String own) {
        String known = KNOWN_NAMES.get(id);
        return known != null ? known : own == null || own.isBlank() ? "#" + id : own;
    }
}
