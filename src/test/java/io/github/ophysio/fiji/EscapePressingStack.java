package io.github.ophysio.fiji;

import ij.IJ;
import ij.VirtualStack;
import ij.process.ImageProcessor;
import ij.process.ShortProcessor;
import java.awt.event.KeyEvent;

/** A 40-frame virtual stack that reads slowly and presses Esc once a few frames are read (cancel tests). */
final class EscapePressingStack extends VirtualStack {

    private final int millisPerFrame;

    EscapePressingStack(int millisPerFrame) {
        super(64, 48, null, null);
        this.millisPerFrame = millisPerFrame;
    }

    @Override
    public int getSize() {
        return 40;
    }

    @Override
    public ImageProcessor getProcessor(int n) {
        IJ.wait(millisPerFrame);
        if (n == 4) {
            IJ.setKeyDown(KeyEvent.VK_ESCAPE);
        }
        return new ShortProcessor(64, 48);
    }
}
