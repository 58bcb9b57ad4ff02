package io.github.ophysio.fiji.stack;

import ij.ImageListener;
import ij.ImagePlus;

/**
 * Cancels a closed image's reads ahead and drops its planes from the shared cache, so closed
 * recordings hold no memory.
 */
final class ReleaseOnClose implements ImageListener {

    private static final ReleaseOnClose INSTANCE = new ReleaseOnClose();
    private static boolean registered;

    private ReleaseOnClose() {
    }

    /** Registers the listener with ImageJ once. */
    static synchronized void register() {
        if (!registered) {
            ImagePlus.addImageListener(INSTANCE);
            registered = true;
        }
    }

    @Override
    public void imageClosed(ImagePlus image) {
        if (image.getStack() instanceof Releasable stack) {
            stack.release();
        }
    }

    @Override
    public void imageOpened(ImagePlus image) {
        // only closing matters
    }

    @Override
    public void imageUpdated(ImagePlus image) {
        // only closing matters
    }
}
