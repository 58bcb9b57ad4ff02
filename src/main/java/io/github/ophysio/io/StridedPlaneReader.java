package io.github.ophysio.io;

import java.nio.ByteBuffer;

/**
 * Reads one (t, c) plane of an {@link ArrayLayout} into a row-major array: in one bulk copy when
 * the plane is contiguous, row by row when rows are, element by element otherwise.
 */
final class StridedPlaneReader {

    private final MappedFile file;
    private final ArrayLayout layout;
    private final int itemBytes;

    StridedPlaneReader(MappedFile file, ArrayLayout layout) {
        this.file = file;
        this.layout = layout;
        this.itemBytes = layout.type().bytes();
    }

    void read(long t, long c, Object dest) {
        long start = layout.planeStart(t, c);
        int cols = layout.cols();
        if (layout.planeContiguous()) {
            contiguous(start, dest, 0, layout.rows() * cols);
        } else if (layout.rowsContiguous()) {
            for (int r = 0; r < layout.rows(); r++) {
                contiguous(start + r * layout.rowStrideBytes(), dest, r * cols, cols);
            }
        } else {
            gather(start, dest);
        }
    }

    private void contiguous(long byteOffset, Object dest, int at, int count) {
        while (count > 0) {
            ByteBuffer window = file.from(byteOffset, layout.order());
            int n = Math.min(count, window.capacity() / itemBytes);
            PlaneCopy.bulk(window, dest, at, n);
            at += n;
            count -= n;
            byteOffset += (long) n * itemBytes;
        }
    }

    /** Element by element, re-mapping only when an element leaves the current window. */
    private void gather(long start, Object dest) {
        long windowStart = -1;
        ByteBuffer window = null;
        int cols = layout.cols();
        for (int r = 0; r < layout.rows(); r++) {
            for (int x = 0; x < cols; x++) {
                long at = start + r * layout.rowStrideBytes() + x * layout.colStrideBytes();
                if (window == null || at < windowStart || at + itemBytes > windowStart + window.capacity()) {
                    window = file.from(at, layout.order());
                    windowStart = at;
                }
                PlaneCopy.one(window, (int) (at - windowStart), dest, r * cols + x);
            }
        }
    }
}
