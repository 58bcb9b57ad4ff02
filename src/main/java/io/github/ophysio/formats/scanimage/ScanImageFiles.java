package io.github.ophysio.formats.scanimage;

import io.github.ophysio.error.MissingFileException;
import io.github.ophysio.error.UnsupportedFormatException;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The files of one acquisition: {@code <base>_<index>.tif} beside the given file ({@code <base>} is the
 * name up to its last {@code _}), in natural order of {@code <index>}; a folder stands for its first
 * TIFF in natural order. A file not so named is an acquisition of its own.
 */
final class ScanImageFiles {

    private static final Pattern INDEXED = Pattern.compile("(.*)_(\\d+)\\.(tiff?)", Pattern.CASE_INSENSITIVE);

    private ScanImageFiles() {
    }

    /** Every file of the acquisition {@code path} (a file or a folder) belongs to, in acquisition order. */
    static List<Path> of(Path path) {
        Path first = Files.isDirectory(path) ? firstScanImage(path) : path;
        Matcher m = INDEXED.matcher(first.getFileName().toString());
        if (!m.matches()) {
            return List.of(first);
        }
        Pattern sibling = Pattern.compile(Pattern.quote(m.group(1)) + "_(\\d+)\\." + Pattern.quote(m.group(3)));
        Path folder = first.toAbsolutePath().getParent();
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> sibling.matcher(f.getFileName().toString()).matches())
                    .sorted(Comparator.comparing(f -> index(sibling, f))).toList();
        } catch (IOException e) {
            throw new MissingFileException(folder, "cannot be listed (" + e.getMessage() + ")", e);
        }
    }

    /**
     * The first ScanImage TIFF of {@code folder} in natural order; its first TIFF when none is (opening it then
     * says why it is not).
     */
    static Path firstScanImage(Path folder) {
        List<Path> tiffs = tiffs(folder).toList();
        if (tiffs.isEmpty()) {
            throw new UnsupportedFormatException(folder, "a folder without .tif files; a ScanImage folder holds"
                    + " the acquisition's <base>_<index>.tif files");
        }
        return tiffs.stream().filter(ScanImageVersion::isScanImage).findFirst().orElse(tiffs.get(0));
    }

    /** The .tif/.tiff files of {@code folder} in natural order (empty when it cannot be listed). */
    static Stream<Path> tiffs(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().toLowerCase().matches(".*\\.tiff?"))
                    .filter(Files::isRegularFile).sorted(Comparator.comparing(ScanImageFiles::naturalKey)).toList()
                    .stream();
        } catch (IOException e) {
            return Stream.empty(); // an unreadable folder holds no ScanImage file (sniffing never fails)
        }
    }

    private static BigInteger index(Pattern sibling, Path f) {
        Matcher m = sibling.matcher(f.getFileName().toString());
        return m.matches() ? new BigInteger(m.group(1)) : BigInteger.ZERO;
    }

    /** A name with each digit run zero-padded, so that plain string order is natural order. */
    static String naturalKey(Path f) {
        Matcher m = Pattern.compile("\\d+").matcher(f.getFileName().toString());
        StringBuilder s = new StringBuilder();
        while (m.find()) {
            String digits = m.group().replaceFirst("^0+(?=.)", "");
            m.appendReplacement(s, "0".repeat(Math.max(0, 20 - digits.length())) + digits);
        }
        return m.appendTail(s).toString();
    }
}
