package io.github.ophysio.formats.thor;

import io.github.ophysio.error.UnsupportedFormatException;
import io.github.ophysio.io.tiff.TiffFile;
import io.github.ophysio.io.tiff.TiffPage;
import io.github.ophysio.model.PixelType;
import io.github.ophysio.model.PlaneSource;
import io.github.ophysio.model.SampleShape;
import java.nio.file.Path;

/**
 * One channel of a ThorImage folder as planes: plane z of sample t is the first page of its file,
 * opened only when read (no handle kept per file). The first file fixes the shape and type; a file of
 * another shape or type is refused when read.
 */
final class ThorPlanes extends PlaneSource {

    private final ThorFiles files;
    private final SampleShape shape;
    private final PixelType type;

    ThorPlanes(ThorFiles files) {
        this.files = files;
        TiffPage first = TiffFile.open(files.file(0, 0)).page(0);
        this.shape = new SampleShape(first.height(), first.width(), files.planes());
        this.type = first.pixelType();
    }

    @Override
    public int getNumSamples() {
        return files.times();
    }

    @Override
    public SampleShape getSampleShape() {
        return shape;
    }

    @Override
    public PixelType getPixelType() {
        return type;
    }

    @Override
    public void readPlane(int sample, int plane, Object dest) {
        checkSample(sample);
        checkPlane(plane);
        Path path = files.file(sample, plane);
        TiffFile tiff = TiffFile.open(path);
        TiffPage page = tiff.page(0);
        if (page.height() != shape.rows() || page.width() != shape.cols() || page.pixelType() != type) {
            throw new UnsupportedFormatException(path, "an image of " + page.height() + " x " + page.width() + " "
                    + page.pixelType().numpyName() + "; the acquisition's first is " + shape.rows() + " x "
                    + shape.cols() + " " + type.numpyName());
        }
        tiff.readPage(page, dest);
    }
}
