package io.github.ophysio.formats.hdf5;

import io.github.ophysio.error.UnsupportedFormatException;
import io.github.ophysio.io.hdf5.Hdf5Candidates;
import io.github.ophysio.io.hdf5.Hdf5Candidates.Candidate;
import io.jhdf.HdfFile;
import io.jhdf.api.Dataset;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Picks the dataset to open: the one {@code dataset=} names, else roiextractors' {@code /mov},
 * else the only numeric dataset of rank 3–5. Several candidates and no choice is a usage error that
 * lists them (path, shape, dtype, layout).
 */
final class DatasetChoice {

    static final int MIN_RANK = 3;
    static final int MAX_RANK = 5;
    /** roiextractors' Hdf5ImagingExtractor default dataset, (channels, T, rows, cols). */
    static final String MOV = "/mov";
    /** Datasets named in one error message at most (files with hundreds of parameters exist). */
    static final int LISTED = 12;

    private DatasetChoice() {
    }

    static Dataset choose(Path path, HdfFile file, Optional<String> wanted) {
        List<Candidate> all = Hdf5Candidates.all(file);
        List<Candidate> recordings = Hdf5Candidates.recordings(all, MIN_RANK, MAX_RANK);
        if (wanted.isPresent()) {
            return named(path, file, wanted.get(), all, recordings);
        }
        if (recordings.size() == 1) {
            return dataset(file, recordings.get(0).path());
        }
        if (recordings.stream().anyMatch(c -> c.path().equals(MOV))) {
            return dataset(file, MOV);
        }
        if (recordings.isEmpty()) {
            throw nothingToOpen(path, all);
        }
        throw new IllegalArgumentException(path + ": " + recordings.size() + " datasets could be the recording; pick one"
                + " with dataset= (" + list(recordings) + ")");
    }

    private static Dataset named(Path path, HdfFile file, String wanted, List<Candidate> all, List<Candidate> recordings) {
        Optional<Dataset> found = Hdf5Candidates.dataset(file, wanted);
        if (found.isEmpty()) {
            List<Candidate> byName = all.stream().filter(c -> c.path().endsWith("/" + wanted)).toList();
            if (byName.size() == 1) {
                return dataset(file, byName.get(0).path());
            }
            throw new IllegalArgumentException(path + ": no dataset '" + wanted + "' (candidates: "
                    + (recordings.isEmpty() ? "none" : list(recordings)) + ")");
        }
        int rank = found.get().getDimensions().length;
        if (rank < MIN_RANK || rank > MAX_RANK) {
            throw new UnsupportedFormatException(path, "dataset " + found.get().getPath() + " has " + rank
                    + " dimensions; a recording has 3 to 5");
        }
        return found.get();
    }

    private static UnsupportedFormatException nothingToOpen(Path path, List<Candidate> all) {
        List<Candidate> others = all.stream().filter(c -> c.rank() >= MIN_RANK && c.rank() <= MAX_RANK).toList();
        if (!others.isEmpty()) {
            return new UnsupportedFormatException(path, "no numeric dataset of 3 to 5 dimensions; found only "
                    + list(others) + " (recordings must be (u)int8-64, float32 or float64)");
        }
        return new UnsupportedFormatException(path, "no numeric dataset of 3 to 5 dimensions (datasets: "
                + (all.isEmpty() ? "none" : list(all)) + ")");
    }

    /** Candidates for a one-line message: the first {@link #LISTED} (highest rank first), then how many more. */
    static String list(List<Candidate> candidates) {
        List<Candidate> sorted = candidates.stream()
                .sorted(java.util.Comparator.comparingInt(Candidate::rank).reversed()).toList();
        String shown = sorted.stream().limit(LISTED).map(Candidate::describe).collect(Collectors.joining("; "));
        return sorted.size() <= LISTED ? shown : shown + "; … and " + (sorted.size() - LISTED) + " more";
    }

    private static Dataset dataset(HdfFile file, String path) {
        return Hdf5Candidates.dataset(file, path).orElseThrow();
    }
}
