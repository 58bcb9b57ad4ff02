package io.github.ophysio.formats;

import io.github.ophysio.io.mat.MatFile;
import io.github.ophysio.io.mat.MatHeader;
import java.util.List;
import java.util.function.Predicate;

/** Sniffing shared by the readers of MATLAB outputs (CNMF-E, EXTRACT): recognised by their variables. */
public final class MatOutputs {

    private MatOutputs() {
    }

    /**
     * {@link Confidence#RECOGNISED_OUTPUT} when {@code recognises} the file's variables (above the plain
     * HDF5 reader a v7.3 file also satisfies), else {@code otherMat} for any other MAT file: one reader
     * answers for those with {@link Confidence#EXTENSION_HINT} (below the plain HDF5 reader, so a v7.3
     * movie stays a recording), the others with {@link Confidence#NO}, so no two tie.
     */
    public static Confidence sniff(FileProbe probe, Predicate<List<MatFile.Variable>> recognises,
            Confidence otherMat) {
        if (probe.isDirectory() || MatHeader.version(probe.head()).isEmpty()) {
            return Confidence.NO;
        }
        return recognises.test(MatFile.list(probe.path())) ? Confidence.RECOGNISED_OUTPUT : otherMat;
    }
}
