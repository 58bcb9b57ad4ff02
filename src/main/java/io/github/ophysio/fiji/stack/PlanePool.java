package io.github.ophysio.fiji.stack;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Pixel arrays taken back from ImageJ ({@link HandBack}), ready to be read into: at most a few per
 * stack (the read-ahead depth + 2), the last returned first since it is the likeliest in the cache.
 * Thread-safe.
 */
final class PlanePool {

    private final int capacity;
    private final Deque<Object> arrays = new ArrayDeque<>();

    PlanePool(int capacity) {
        this.capacity = capacity;
    }

    synchronized void put(Object pixels) {
        if (pixels != null && arrays.size() < capacity) {
            arrays.push(pixels);
        }
    }

    /** An array to read into, or null when none is free. */
    synchronized Object take() {
        return arrays.poll();
    }

    synchronized void clear() {
        arrays.clear();
    }
}
