package io.github.ophysio.formats.bruker;

import io.github.ophysio.error.MissingFileException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Checks that every file the {@code .xml} lists exists, before anything is read: a folder copied in
 * part must not open as a shorter or gappy recording. One existence check per distinct file name, no
 * file opened.
 */
final class BrukerFiles {

    private BrukerFiles() {
    }

    /** "missing" naming the first listed file that does not exist (and how many more do not). */
    static void requireAll(BrukerScan scan) {
        String[] files = scan.files();
        Path folder = scan.folder();
        int missing = 0;
        int first = -1;
        for (int i = 0; i < files.length; i++) {
            boolean repeated = i > 0 && files[i].equals(files[i - 1]); // the pages of a multi-page file
            if (!repeated && !Files.isRegularFile(folder.resolve(files[i]))) {
                missing++;
                first = first < 0 ? i : first;
            }
        }
        if (first >= 0) {
            int frame = first / scan.channels();
            throw new MissingFileException(scan.xml(), "lists " + files[first] + " (frame " + (frame + 1) + ", channel "
                    + scan.channelNames().get(first % scan.channels()) + "), which does not exist in " + folder
                    + (missing > 1 ? "; " + (missing - 1) + " more listed files do not exist either" : ""));
        }
    }
}
