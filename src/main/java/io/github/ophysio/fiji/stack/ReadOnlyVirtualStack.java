package io.github.ophysio.fiji.stack;

import ij.VirtualStack;

/**
 * What every stack of this plugin shares: slices made on demand by {@link #getProcessor}, never
 * written back to a file (ImageJ's edits stay in its own arrays), and no directory or file names
 * (ImageJ's virtual stacks assume one file per slice otherwise).
 */
public abstract class ReadOnlyVirtualStack extends VirtualStack {

    protected ReadOnlyVirtualStack(int width, int height, int bitDepth) {
        super(width, height, null, null);
        setBitDepth(bitDepth);
    }

    @Override
    public int size() {
        return getSize();
    }

    @Override
    public Object getPixels(int n) {
        return getProcessor(n).getPixels();
    }

    /** Edits are not written back: the file opens read-only. */
    @Override
    public void setPixels(Object pixels, int n) {
        // Intentionally empty: nothing is ever written to the file.
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
