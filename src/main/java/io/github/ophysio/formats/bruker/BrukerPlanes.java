package io.github.ophysio.formats.bruker;

import io.github.ophysio.error.UnsupportedFormatException;
import io.github.ophysio.io.tiff.TiffFile;
import io.github.ophysio.io.tiff.TiffPage;
import io.github.ophysio.model.PixelType;
import io.github.ophysio.model.PlaneSource;
import io.github.ophysio.model.SampleShape;
import java.nio.file.Path;

/**
 * One channel of a Bruker acquisition as planes: plane p of sample s is the page the {@code .xml} names
 * for its frame, read from its file only when asked (no handle per file; the last file opened is kept,
 * for the pages of a multi-page file read one after another). The first listed image fixes the shape
 * and type; an image of another shape or type is refused when read.
 */
final class BrukerPlanes extends PlaneSource {

    private final BrukerLayout layout;
    private final int channel;
    private final SampleShape shape;
    private final PixelType type;
    private volatile TiffFile last;

    BrukerPlanes(BrukerLayout layout, int channel) {
        this.layout = layout;
        this.channel = channel;
        int frame = layout.frame(0, 0);
        TiffPage first = page(frame);
        this.shape = new SampleShape(first.height(), first.width(), layout.planes());
        this.type = first.pixelType();
    }

    @Override
    public int getNumSamples() {
        return layout.samples();
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
        int frame = layout.frame(sample, plane);
        TiffPage page = page(frame);
        if (page.height() != shape.rows() || page.width() != shape.cols() || page.pixelType() != type) {
            throw new UnsupportedFormatException(layout.scan().file(frame, channel), "page " + page.index() + " is "
                    + page.height() + " x " + page.width() + " " + page.pixelType().numpyName() + "; the acquisition's"
                    + " first image is " + shape.rows() + " x " + shape.cols() + " " + type.numpyName());
        }
        tiff(frame).readPage(page, dest);
    }

    private TiffPage page(int frame) {
        TiffFile tiff = tiff(frame);
        int page = layout.scan().page(frame, channel);
        if (page < 0 || page >= tiff.pageCount()) {
            throw new UnsupportedFormatException(tiff.path(), "the .xml names page " + (page + 1) + ", the file has "
                    + tiff.pageCount() + " pages");
        }
        return tiff.page(page);
    }

    private TiffFile tiff(int frame) {
        Path path = layout.scan().file(frame, channel);
        TiffFile current = last;
        if (current == null || !current.path().equals(path)) {
            current = TiffFile.open(path);
            last = current;
        }
        return current;
    }
}
