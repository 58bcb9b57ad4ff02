package io.github.ophysio.formats.nwb;

import io.github.ophysio.error.CorruptFileException;
import io.github.ophysio.model.ImagingExtractor;
import io.github.ophysio.model.PixelType;
import io.github.ophysio.model.PlaneSource;
import io.github.ophysio.model.SampleShape;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntFunction;

/**
 * External files played one after another at their {@code starting_frame}s, each opened on first
 * access and then kept: the first file gives the frame shape and type, the last the total count;
 * a file whose frame count, shape or type disagrees is corrupt when it is opened.
 */
final class LazyExternal extends PlaneSource {

    private final Path nwb;
    private final List<String> files;
    private final int[] starts;
    private final IntFunction<ImagingExtractor> opener;
    private final ImagingExtractor[] parts;
    private final int samples;

    LazyExternal(Path nwb, List<String> files, int[] starts, IntFunction<ImagingExtractor> opener) {
        this.nwb = nwb;
        this.files = files;
        this.starts = starts.clone();
        this.opener = opener;
        this.parts = new ImagingExtractor[files.size()];
        int last = files.size() - 1;
        parts[0] = opener.apply(0);
        parts[last] = opener.apply(last);
        this.samples = Math.addExact(starts[last], parts[last].getNumSamples());
        check(0, parts[0]);
        check(last, parts[last]);
    }

    /** How many files are open (for tests of laziness). */
    synchronized int opened() {
        return (int) Arrays.stream(parts).filter(p -> p != null).count();
    }

    @Override
    public int getNumSamples() {
        return samples;
    }

    @Override
    public SampleShape getSampleShape() {
        return parts[0].getSampleShape();
    }

    @Override
    public PixelType getPixelType() {
        return parts[0].getPixelType();
    }

    @Override
    public void readPlane(int sample, int plane, Object dest) {
        checkSample(sample);
        int found = Arrays.binarySearch(starts, sample);
        int index = found >= 0 ? found : -found - 2;
        part(index).readPlane(sample - starts[index], plane, dest);
    }

    private synchronized ImagingExtractor part(int index) {
        if (parts[index] == null) {
            ImagingExtractor part = opener.apply(index);
            check(index, part);
            parts[index] = part;
        }
        return parts[index];
    }

    private void check(int index, ImagingExtractor part) {
        String name = "external_file " + files.get(index);
        if (index < files.size() - 1 && part.getNumSamples() != starts[index + 1] - starts[index]) {
            throw CorruptFileException.expected(nwb, name + " frames (from starting_frame)",
                    starts[index + 1] - starts[index], part.getNumSamples());
        }
        ImagingExtractor first = parts[0];
        if (!first.getSampleShape().equals(part.getSampleShape()) || first.getPixelType() != part.getPixelType()) {
            throw CorruptFileException.expected(nwb, name + " frames", first.getPixelType().numpyName() + " "
                    + first.getSampleShape(), part.getPixelType().numpyName() + " " + part.getSampleShape());
        }
    }
}
