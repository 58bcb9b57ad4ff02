package io.github.ophysio.io.hdf5;

import io.github.ophysio.error.CorruptFileException;
import io.github.ophysio.error.FileText;
import io.github.ophysio.error.OphysException;
import io.github.ophysio.io.MappedFile;
import io.github.ophysio.error.MissingFileException;
import io.jhdf.HdfFile;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
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
        long offset = Hdf5Signature.offset(path);
        if (offset < 0) {
            throw new CorruptFileException(path, "no HDF5 signature (\\x89HDF\\r\\n\\x1a\\n) at byte 0 or after a user block"
                    + " of 512, 1024, … bytes");
        }
        checkLength(path, offset);
        try (HdfFile file = new HdfFile(path)) {
            return work.apply(file);
        } catch (OphysException e) {
            throw e;
        } catch (RuntimeException e) {
            if (e instanceof IllegalArgumentException && !thrownByJhdf(e)) {
                throw e;
            }
            throw new CorruptFileException(path, "not a readable HDF5 file (truncated?): " + describe(e), e);
        }
    }

    /** Refuses a file shorter than its superblock's end-of-file address, as the HDF5 library does. */
    private static void checkLength(Path path, long offset) {
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
            long size = channel.size();
            // as stored by HDF5 1.8–1.14 (and read by jhdf) the end-of-file address counts the user block too
            long end = JhdfInternals.endOfFileAddress(channel, offset);
            if (end > size) {
                throw new CorruptFileException(path, "truncated: the HDF5 superblock says the file ends at byte " + end
                        + ", it has " + size + " bytes");
            }
        } catch (IOException e) {
            throw new MissingFileException(path, "cannot be read (" + e.getMessage() + ")", e);
        } catch (OphysException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new CorruptFileException(path, "the HDF5 superblock cannot be read: " + describe(e), e);
        }
    }

    /** True when jhdf threw {@code e} (its usage-looking exceptions mean a malformed file, not a bad option). */
    private static boolean thrownByJhdf(Throwable e) {
        for (StackTraceElement frame : e.getStackTrace()) {
            if (frame.getClassName().startsWith("io.github.ophysio.")) {
                return false;
            }
            if (frame.getClassName().startsWith("io.jhdf.")) {
                return true;
            }
        }
        return false;
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
        return e.getClass().getSimpleName() + (message == null ? "" : " " + FileText.quote(message));
    }
}
