package io.github.ophysio.bench;

import io.github.ophysio.model.ImagingExtractor;
import io.github.ophysio.model.PixelType;
import ij.VirtualStack;
import ij.process.ImageProcessor;
import ij.process.ShortProcessor;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Bench-only prototype: {@link DirectVirtualStack} plus sequential read-ahead. When slice n follows
 * slice n-1, the next {@code depth} planes are read by {@code threads} background threads into
 * fresh arrays, each handed out once (so no copy is shared and no clone is needed). At most
 * {@code depth} planes are in flight: memory stays bounded and the arrays die young.
 */
final class ReadAheadVirtualStack extends VirtualStack {

    private final ImagingExtractor source;
    private final int pixels;
    private final int depth;
    private final ExecutorService workers;
    private final Map<Integer, Future<short[]>> ahead = new HashMap<>();
    private int last = -1;

    ReadAheadVirtualStack(ImagingExtractor source, int threads, int depth) {
        super(source.getSampleShape().cols(), source.getSampleShape().rows(), null, null);
        if (source.getPixelType() != PixelType.UINT16 || source.getNumPlanes() != 1) {
            throw new IllegalArgumentException("prototype handles planar uint16 only");
        }
        this.source = source;
        this.pixels = source.getSampleShape().planePixels();
        this.depth = depth;
        this.workers = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "ophys-read-ahead");
            t.setDaemon(true);
            return t;
        });
        setBitDepth(16);
    }

    @Override
    public int getSize() {
        return source.getNumSamples();
    }

    @Override
    public int size() {
        return getSize();
    }

    @Override
    public synchronized ImageProcessor getProcessor(int n) {
        return new ShortProcessor(getWidth(), getHeight(), plane(n), null);
    }

    @Override
    public synchronized Object getPixels(int n) {
        return plane(n);
    }

    private short[] plane(int n) {
        Future<short[]> ready = ahead.remove(n);
        boolean sequential = n == last + 1;
        last = n;
        if (!sequential) {
            ahead.values().forEach(f -> f.cancel(false));
            ahead.clear();
        }
        if (sequential) {
            for (int k = n + 1; k <= Math.min(getSize(), n + depth); k++) {
                if (!ahead.containsKey(k)) {
                    int slice = k;
                    ahead.put(k, workers.submit(() -> read(slice)));
                }
            }
        }
        if (ready != null) {
            try {
                return ready.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            } catch (ExecutionException e) {
                throw new IllegalStateException(e.getCause());
            }
        }
        return read(n);
    }

    private short[] read(int n) {
        short[] plane = new short[pixels];
        source.readPlane(n - 1, 0, plane);
        return plane;
    }

    @Override
    public void setPixels(Object pixels, int n) {
        // read-only
    }

    @Override
    public String getSliceLabel(int n) {
        return null;
    }

    @Override
    public String getDirectory() {
        return null;
    }

    @Override
    public String getFileName(int n) {
        return null;
    }
}
