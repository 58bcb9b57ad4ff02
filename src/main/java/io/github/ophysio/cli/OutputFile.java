package io.github.ophysio.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a command's output file safely: never over the input, through a ".partial" file that is
 * moved into place only when complete (and deleted on failure).
 */
final class OutputFile {

    /** Writes the content to the stream it is given. */
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private OutputFile() {
    }

    static void write(Path input, Path out, Content content) throws IOException {
        if (Files.exists(out) && Files.isSameFile(out, input)) {
            throw new IllegalArgumentException("OUT is the input file " + input + "; choose another name");
        }
        Path partial = out.resolveSibling(out.getFileName() + ".partial");
        try (OutputStream stream = new BufferedOutputStream(Files.newOutputStream(partial), 1 << 20)) {
            content.writeTo(stream);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(partial);
            throw e;
        }
        Files.move(partial, out, StandardCopyOption.REPLACE_EXISTING);
    }
}
