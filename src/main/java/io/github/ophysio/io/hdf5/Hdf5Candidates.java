package io.github.ophysio.io.hdf5;

import io.jhdf.api.Dataset;
import io.jhdf.api.Group;
import io.jhdf.api.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The datasets of a file, walked in path order without following links (a link can point back up
 * and loop), described as a user would choose between them.
 */
public final class Hdf5Candidates {

    /** One dataset: path, shape, type name, whether it is numeric, and its layout. */
    public record Candidate(String path, long[] shape, String dtype, boolean numeric, String layout) {

        /** "/movie (6, 7, 9) uint16 chunked (4, 4, 5) deflate (gzip)". */
        public String describe() {
            return path + " " + Hdf5Array.tuple(shape) + " " + dtype + (layout.isEmpty() ? "" : " " + layout);
        }

        public int rank() {
            return shape.length;
        }
    }

    private Hdf5Candidates() {
    }

    /** Every dataset under {@code group}. */
    public static List<Candidate> all(Group group) {
        List<Candidate> found = new ArrayList<>();
        walk(group, found);
        return found;
    }

    /** The numeric datasets of rank {@code minRank} … {@code maxRank}. */
    public static List<Candidate> recordings(List<Candidate> all, int minRank, int maxRank) {
        return all.stream().filter(c -> c.numeric() && c.rank() >= minRank && c.rank() <= maxRank).toList();
    }

    /** The dataset at {@code path} (leading slash optional), if there is one and it is not behind a broken link. */
    public static Optional<Dataset> dataset(Group root, String path) {
        String absolute = path.startsWith("/") ? path : "/" + path;
        try {
            Node node = root.getByPath(absolute);
            return node instanceof Dataset d ? Optional.of(d) : Optional.empty();
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static void walk(Group group, List<Candidate> found) {
        for (Node node : group.getChildren().values()) {
            if (node.isLink()) {
                continue;
            }
            if (node instanceof Group child) {
                walk(child, found);
            } else if (node instanceof Dataset dataset) {
                found.add(describe(dataset));
            }
        }
    }

    private static Candidate describe(Dataset dataset) {
        boolean numeric = Hdf5Types.pixelType(dataset.getDataType()).isPresent();
        String layout = dataset.getDataLayout().name().toLowerCase(java.util.Locale.ROOT);
        if (dataset instanceof io.jhdf.api.dataset.ChunkedDataset chunked) {
            String filters = ChunkFilters.describe(chunked);
            layout = "chunked " + Hdf5Array.tuple(chunked.getChunkDimensions()) + (filters.isEmpty() ? "" : " " + filters);
        }
        return new Candidate(dataset.getPath(), dataset.getDimensionsAsLong(), Hdf5Types.name(dataset.getDataType()),
                numeric, layout);
    }
}
