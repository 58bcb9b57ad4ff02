package io.github.ophysio.io.tiff;

import io.github.ophysio.error.UnsupportedFormatException;
import io.github.ophysio.model.PixelType;
import io.github.ophysio.model.PlaneSource;
import io.github.ophysio.model.SampleShape;

/**
 * Planes that are TIFF pages spread over the files of an acquisition (Bruker, ThorImage): a subclass only says
 * which file and page hold a plane, opened when it is read. The first page fixes the shape and type; a page of
 * another shape or type is refused when read, naming its file.
 */
public abstract class TiffPagePlanes extends PlaneSource {

    /** The file and page that hold one plane. */
    public record PageAt(TiffFile file, TiffPage page) {
    }

    private final int samples;
    private final SampleShape shape;
    private final PixelType type;

    protected TiffPagePlanes(TiffPage first, int samples, int planes) {
        this.samples = samples;
        this.shape = new SampleShape(first.height(), first.width(), planes);
        this.type = first.pixelType();
    }

    /** Where plane {@code plane} of sample {@code sample} is stored (both already checked). */
    protected abstract PageAt locate(int sample, int plane);

    @Override
    public final int getNumSamples() {
        return samples;
    }

    @Override
    public final SampleShape getSampleShape() {
        return shape;
    }

    @Override
    public final PixelType getPixelType() {
        return type;
    }

    @Override
    public final void readPlane(int sample, int plane, Object dest) {
        checkSample(sample);
        checkPlane(plane);
        PageAt at = locate(sample, plane);
        TiffPage page = at.page();
        if (page.height() != shape.rows() || page.width() != shape.cols() || page.pixelType() != type) {
            throw new UnsupportedFormatException(at.file().path(), "page " + page.index() + " is " + page.height()
                    + " x " + page.width() + " " + page.pixelType().numpyName() + "; the acquisition's first image is "
                    + shape.rows() + " x " + shape.cols() + " " + type.numpyName());
        }
        at.file().readPage(page, dest);
    }
}
