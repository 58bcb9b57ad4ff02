package io.github.ophysio.fiji.stack;

import io.github.ophysio.fiji.stack.WatchedProcessors.Watched;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.WeakHashMap;

/**
 * Lets a virtual stack take back the pixel array of the slice ImageJ is leaving, so that the next
 * plane is read into memory that is already in the CPU cache instead of a new, zeroed array (≈ 13.5
 * instead of ≈ 8 GB/s in a macro's setSlice loop here). ImageJ 1.x's slice change
 * ({@code ImagePlus.setSlice}) asks its processor for the array it is leaving, passes it to
 * {@code stack.setPixels}, asks the stack for the new slice and replaces the array. The array is
 * taken back only when all of these hold:
 * <ul>
 * <li>the stack made it and gave it to ImageJ (never an array a plugin put into the processor);</li>
 * <li>the processor that passed it is the stack's own watched one, and the slice change's request
 * was the only request for the array since it was set: nobody else has it;</li>
 * <li>the stack is asked for the new slice right after, by the same thread, while that thread holds
 * the lock of an image the stack was made for ({@link #shownBy}): {@code setSlice} is ImageJ's only
 * synchronized method that passes a slice back and asks for another (looking at the stack instead
 * would cost a fifth of the time of a plane).</li>
 * </ul>
 * Anything else (a plugin that called {@code getPixels()}, a filter, statistics, another thread)
 * leaves the array alone and the stack reads into a new one, as before. Thread-safe.
 */
final class HandBack {

    private final PlanePool pool;
    private final List<WeakReference<Object>> images = new ArrayList<>();
    private final Set<Object> given = Collections.newSetFromMap(new WeakHashMap<>());
    private Watched lastAsked;
    private Object offered;
    private Thread offeredBy;
    /** The array ImageJ left at the last slice change: ImageJ holds it until that change returns. */
    private Object leftLast;
    private long takenBack;

    /** @param pool where arrays go once ImageJ has certainly dropped them */
    HandBack(PlanePool pool) {
        this.pool = pool;
    }

    /** {@code image} (its lock) shows the stack: slice changes of other images never hand arrays back. */
    synchronized void shownBy(Object image) {
        images.removeIf(reference -> reference.get() == null);
        images.add(new WeakReference<>(image));
    }

    /** The stack gives {@code pixels} to ImageJ inside a new slice's processor. */
    synchronized void given(Object pixels) {
        given.add(pixels);
    }

    /** A watched processor was asked for its pixels. */
    synchronized void asked(Watched processor) {
        lastAsked = processor;
    }

    /** ImageJ passes the slice it leaves to {@code stack.setPixels}: kept when only that asked for it. */
    synchronized void leaving(Object pixels) {
        boolean alone = lastAsked != null && lastAsked.watchedPixels() == pixels && lastAsked.pixelRequests() == 1;
        offered = alone && given.remove(pixels) ? pixels : null;
        offeredBy = Thread.currentThread();
        lastAsked = null;
    }

    /**
     * True when this request for a slice is a slice change that left its array behind for the stack
     * (see above). That array is still ImageJ's until the change returns, so it goes to the pool at
     * the next such change, when the one left before goes now. Either way an array is offered once.
     */
    synchronized boolean takeBack() {
        Object pixels = offered;
        offered = null;
        if (pixels == null || offeredBy != Thread.currentThread() || !changingSlice()) {
            return false;
        }
        pool.put(leftLast);
        leftLast = pixels;
        takenBack++;
        return true;
    }

    /** Forgets the array left last (the image is closed or emptied). */
    synchronized void forget() {
        leftLast = null;
        offered = null;
    }

    /** Arrays taken back so far. */
    synchronized long takenBack() {
        return takenBack;
    }

    private boolean changingSlice() {
        for (WeakReference<Object> reference : images) {
            Object image = reference.get();
            if (image != null && Thread.holdsLock(image)) {
                return true;
            }
        }
        return false;
    }
}
