package io.github.ophysio.io;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Writes a new file or folder so that it appears whole or not at all: the content goes to
 * {@code OUT.partial} beside OUT, which is moved to OUT when complete and deleted when writing fails
 * or is cancelled. OUT must not exist (nothing is ever replaced) and must not lie in the input.
 */
public final class StagedOutput {

    /** Writes the content into the staged path (an empty folder, or a file to create). */
    public interface Content {
        void writeTo(Path staged) throws IOException;
    }

    private StagedOutput() {
    }

    /** Writes OUT, a folder when {@code folder}, from {@code content}; {@code input} is what it was made from (or null). */
    public static void write(Path input, Path out, boolean folder, Content content) throws IOException {
        check(input, out);
        Path staged = out.resolveSibling(out.getFileName() + ".partial");
        if (Files.exists(staged)) {
            throw new IllegalArgumentException(staged + " exists (left by an earlier write?); remove it first");
        }
        try {
            if (folder) {
                Files.createDirectory(staged);
            }
            content.writeTo(staged);
            Files.move(staged, out, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException | Error e) {
            removeAfterFailure(staged, e);
            throw e;
        }
    }

    /** Refuses an OUT that exists, or that is the input or lies inside it, with one line. */
    public static void check(Path input, Path out) {
        if (Files.exists(out, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            throw new IllegalArgumentException(out + " exists; choose a name that does not (nothing is overwritten)");
        }
        if (input != null && out.toAbsolutePath().normalize().startsWith(input.toAbsolutePath().normalize())) {
            throw new IllegalArgumentException(out + " lies in the input " + input + "; write it elsewhere");
        }
    }

    private static void removeAfterFailure(Path staged, Throwable failure) {
        try {
            deleteTree(staged);
        } catch (IOException e) {
            failure.addSuppressed(e);
        }
    }

    /** Deletes a file or a folder with everything in it; nothing when it is not there. */
    public static void deleteTree(Path path) throws IOException {
        if (!Files.exists(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.walkFileTree(path, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                if (e != null) {
                    throw e;
                }
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
