package io.github.ophysio.formats.bruker;

import io.github.ophysio.error.UnsupportedFormatException;
import io.github.ophysio.io.tiff.TiffFile;
import io.github.ophysio.io.tiff.TiffPage;
import io.github.ophysio.io.tiff.TiffPagePlanes;
import java.nio.file.Path;

/**
 * One channel of a Bruker acquisition as planes: plane p of sample s is the page the {@code .xml} names
 * for its frame, read from its file only when asked (no handle per file; the last file opened is kept,
 * for the pages of a multi-page file read one after another). The first listed image fixes the shape
 * and type (the base refuses another when read).
 */
final class BrukerPlanes extends TiffPagePlanes {

    private final BrukerLayout layout;
    private final int channel;
    private volatile TiffFile last;

    BrukerPlanes(BrukerLayout layout, int channel) {
        super(firstPage(layout, channel), layout.samples(), layout.planes());
        this.layout = layout;
        this.channel = channel;
    }

    @Override
    protected PageAt locate(int sample, int plane) {
        int frame = layout.frame(sample, plane);
        TiffFile tiff = tiff(frame);
        return new PageAt(tiff, pageOf(layout, channel, frame, tiff));
    }

    private static TiffPage firstPage(BrukerLayout layout, int channel) {
        int frame = layout.frame(0, 0);
        return pageOf(layout, channel, frame, TiffFile.open(layout.scan().file(frame, channel)));
    }

    private static TiffPage pageOf(BrukerLayout layout, int channel, int frame, TiffFile tiff) {
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
