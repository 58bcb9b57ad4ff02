package io.github.ophysio.formats.scanimage;

import io.github.ophysio.error.CorruptFileException;
import io.github.ophysio.io.tiff.TiffFile;
import io.github.ophysio.io.tiff.TiffPage;
import io.github.ophysio.model.PixelType;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** The pages of an acquisition's files, numbered across them in acquisition order. */
final class PageStack {

    private final List<TiffFile> files;
    private final long[] starts;

    private PageStack(List<TiffFile> files) {
        this.files = files;
        this.starts = new long[files.size() + 1];
        for (int i = 0; i < files.size(); i++) {
            starts[i + 1] = starts[i] + files.get(i).pageCount();
        }
    }

    /** Opens every file (a few IFDs each) and checks their pages have the first file's geometry and type. */
    static PageStack open(List<Path> paths) {
        List<TiffFile> files = paths.stream().map(TiffFile::open).toList();
        TiffPage first = files.get(0).page(0);
        for (TiffFile f : files.subList(1, files.size())) {
            TiffPage p = f.page(0);
            String found = p.height() + " x " + p.width() + " " + p.pixelType().numpyName();
            String expected = first.height() + " x " + first.width() + " " + first.pixelType().numpyName();
            if (!found.equals(expected)) {
                throw CorruptFileException.expected(f.path(), "ScanImage page size and type (as "
                        + files.get(0).path().getFileName() + ")", expected, found);
            }
        }
        return new PageStack(files);
    }

    long pages() {
        return starts[files.size()];
    }

    List<TiffFile> files() {
        return files;
    }

    TiffFile first() {
        return files.get(0);
    }

    int rows() {
        return first().page(0).height();
    }

    int cols() {
        return first().page(0).width();
    }

    PixelType pixelType() {
        return first().page(0).pixelType();
    }

    TiffPage page(long page) {
        int f = fileOf(page);
        return files.get(f).page((int) (page - starts[f]));
    }

    void read(long page, Object dest) {
        int f = fileOf(page);
        TiffFile file = files.get(f);
        file.readPage((int) (page - starts[f]), dest);
    }

    private int fileOf(long page) {
        int i = Arrays.binarySearch(starts, page);
        return i >= 0 ? Math.min(i, files.size() - 1) : -i - 2;
    }
}
