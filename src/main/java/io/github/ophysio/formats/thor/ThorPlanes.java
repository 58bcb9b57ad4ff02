package io.github.ophysio.formats.thor;

import io.github.ophysio.io.tiff.TiffFile;
import io.github.ophysio.io.tiff.TiffPagePlanes;

/**
 * One channel of a ThorImage folder as planes: plane z of sample t is the first page of its file,
 * opened only when read (no handle kept per file).
 */
final class ThorPlanes extends TiffPagePlanes {

    private final ThorFiles files;

    ThorPlanes(ThorFiles files) {
        super(TiffFile.open(files.file(0, 0)).page(0), files.times(), files.planes());
        this.files = files;
    }

    @Override
    protected PageAt locate(int sample, int plane) {
        TiffFile tiff = TiffFile.open(files.file(sample, plane));
        return new PageAt(tiff, tiff.page(0));
    }
}
