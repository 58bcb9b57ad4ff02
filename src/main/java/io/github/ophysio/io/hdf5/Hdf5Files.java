package io.github.ophysio.io.hdf5;

import io.github.ophysio.error.CorruptFileException;
import io.github.ophysio.error.OphysException;
import io.github.ophysio.io.MappedFile;
import io.jhdf.HdfFile;
import java.nio.file.Path;
import java.util.function.Function;

/**
 * Opens HDF5 files with jhdf for metadata only: the file is open while {@code work} runs and
 * closed after, so a recording keeps no file handle between reads.
 */
public final class Hdf5Files {

    private Hdf5Files() {
    }

    /** Runs {@code work} on the open file; jhdf failures become "corrupt" errors naming the file. */
    public static <T> T read(Path path, Function<HdfFile, T> work) {
        MappedFile.requireRegularFile(path);
        if (Hdf5Signature.offset(path) < 0) {
            throw new CorruptFileException(path, "no HDF5 signature (\\x89HDF\\r\\n\\x1a\\n) at byte 0 or after a user block"
                    + " of 512, 1024, … bytes");
        }
        try (HdfFile file = new HdfFile(path)) {
            return work.apply(file);
        } catch (OphysException | IllegalArgumentException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new CorruptFileException(path, "not a readable HDF5 file (truncated?): " + describe(e), e);
        }
    }

    /** True when jhdf can open the file (used by sniffers, which must never throw). */
    public static boolean test(Path path, Function<HdfFile, Boolean> check) {
        if (Hdf5Signature.offset(path) < 0) {
            return false;
        }
        try (HdfFile file = new HdfFile(path)) {
            return check.apply(file);
        } catch (RuntimeException e) {
            return false;
        }
    }

    static String describe(Throwable e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null ? "" : " " + message.replace('\n', ' '));
    }
}
