package io.github.ophysio.formats;

import io.github.ophysio.io.mat.MatFile;
import io.github.ophysio.io.mat.MatHeader;
import java.util.List;
import java.util.function.Predicate;

/** Sniffing shared by the readers of MATLAB outputs (CNMF-E, EXTRACT): recognised by their variables. */
public final class MatOutputs {

    /** A MAT file whose variables name the reader's output: above the generic HDF5 reader. */
    public static final int RECOGNISED = FormatReader.CERTAIN + 10;
    /** Any other MAT file: below the plain HDF5 reader's signature confidence (60). */
    public static final int MAT_FILE = 50;

    private MatOutputs() {
    }

    /** {@link #RECOGNISED} when {@code recognises} the file's variables, {@link #MAT_FILE} for other MAT files. */
    public static int sniff(FileProbe probe, Predicate<List<MatFile.Variable>> recognises) {
        if (probe.isDirectory() || MatHeader.version(probe.head()).isEmpty()) {
            return FormatReader.NO;
        }
        return recognises.test(MatFile.list(probe.path())) ? RECOGNISED : MAT_FILE;
    }
}
