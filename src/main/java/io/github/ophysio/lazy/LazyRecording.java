package io.github.ophysio.lazy;

import io.github.ophysio.model.ImagingExtractor;
import io.github.ophysio.model.SampleShape;
import net.imglib2.RandomAccess;
import net.imglib2.img.basictypeaccess.array.ArrayDataAccess;
import net.imglib2.img.cell.Cell;
import net.imglib2.img.cell.CellGrid;
import net.imglib2.img.cell.LazyCellImg;
import net.imglib2.type.NativeType;

/**
 * A recording as an ImgLib2 image of dimensions (X = cols, Y = rows, Z = planes, T = samples),
 * one cell per plane, each read on first access through the bounded {@link PlaneCache}.
 * Opening reads nothing, and the ImgLib2 image is built on first use of {@link #img()} or
 * {@link #plane}: ImageJ's path ({@link #planeCopy}) never needs it, nor its classes.
 */
public final class LazyRecording {

    private final ImagingExtractor source;
    private final PlaneCache cache;
    private final long planeBytes;
    private volatile LazyCellImg<?, ?> img;

    private LazyRecording(ImagingExtractor source, PlaneCache cache) {
        this.source = source;
        this.cache = cache;
        SampleShape shape = source.getSampleShape();
        this.planeBytes = (long) shape.planePixels() * source.getPixelType().bytes();
    }

    /** A lazy image of {@code source} using the shared cache. */
    public static LazyRecording of(ImagingExtractor source) {
        return of(source, PlaneCache.shared());
    }

    public static LazyRecording of(ImagingExtractor source, PlaneCache cache) {
        return new LazyRecording(source, cache);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private LazyCellImg<?, ?> cellImg(SampleShape shape) {
        long[] dims = {shape.cols(), shape.rows(), shape.planes(), source.getNumSamples()};
        CellGrid grid = new CellGrid(dims, new int[] {shape.cols(), shape.rows(), 1, 1});
        LazyCellImg.Get<Cell<ArrayDataAccess<?>>> loader = this::cell;
        return new LazyCellImg(grid, (NativeType) ImgTypes.imgType(source.getPixelType()), loader);
    }

    /** Cell {@code index} = plane + planes × sample, from the cache or the file. */
    private Cell<ArrayDataAccess<?>> cell(long index) {
        return cache.get(new PlaneCache.Key(this, index), planeBytes, () -> load(index));
    }

    private Cell<ArrayDataAccess<?>> load(long index) {
        SampleShape shape = source.getSampleShape();
        int plane = (int) (index % shape.planes());
        int sample = (int) (index / shape.planes());
        Object pixels = source.getPlane(sample, plane);
        return new Cell<>(new int[] {shape.cols(), shape.rows(), 1, 1}, new long[] {0, 0, plane, sample},
                ImgTypes.wrap(pixels));
    }

    /** The ImgLib2 image (X, Y, Z, T); its pixel type follows the recording's. */
    public LazyCellImg<?, ?> img() {
        LazyCellImg<?, ?> built = img;
        return built != null ? built : build();
    }

    private synchronized LazyCellImg<?, ?> build() {
        if (img == null) {
            img = cellImg(source.getSampleShape());
        }
        return img;
    }

    public ImagingExtractor source() {
        return source;
    }

    /**
     * The pixels of one plane, row-major, as the cell holds them: shared with the cache, so
     * callers must copy before changing them.
     */
    public Object plane(int sample, int plane) {
        RandomAccess<? extends Cell<?>> cells = img().getCells().randomAccess();
        cells.setPosition(new long[] {0, 0, plane, sample});
        return ((ArrayDataAccess<?>) cells.get().getData()).getCurrentStorageArray();
    }

    /**
     * A plane the caller may keep and change: a copy of the cached cell when there is one,
     * otherwise read straight from the file into a new array that is not cached. Viewers that read
     * every plane once (ImageJ scrolling) take this path: caching planes nobody revisits only
     * costs garbage-collection time.
     */
    public Object planeCopy(int sample, int plane) {
        Object cached = cachedPlane(sample, plane);
        if (cached == null) {
            return source.getPlane(sample, plane);
        }
        Object copy = source.getPixelType().newArray(java.lang.reflect.Array.getLength(cached));
        return copyInto(cached, copy);
    }

    /** As {@link #planeCopy}, into {@code dest} (an array of the plane's type and length) instead of a new array. */
    public Object planeCopy(int sample, int plane, Object dest) {
        Object cached = cachedPlane(sample, plane);
        if (cached == null) {
            source.readPlane(sample, plane, dest);
            return dest;
        }
        return copyInto(cached, dest);
    }

    private Object cachedPlane(int sample, int plane) {
        long index = (long) sample * source.getNumPlanes() + plane;
        Object cell = cache.peek(new PlaneCache.Key(this, index));
        return cell == null ? null : ((ArrayDataAccess<?>) ((Cell<?>) cell).getData()).getCurrentStorageArray();
    }

    private static Object copyInto(Object pixels, Object dest) {
        System.arraycopy(pixels, 0, dest, 0, java.lang.reflect.Array.getLength(pixels));
        return dest;
    }

    /** Drops this recording's planes from the cache. */
    public void release() {
        cache.evict(this);
    }
}
