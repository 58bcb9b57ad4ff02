package io.github.ophysio.fiji.command;

import io.github.ophysio.fiji.stack.Progress;
import ij.IJ;

/** ImageJ's progress bar; Esc cancels. */
final class IjProgress implements Progress {

    IjProgress() {
        IJ.resetEscape();
    }

    @Override
    public void show(int done, int total) {
        IJ.showProgress(done, total);
    }

    @Override
    public boolean isCancelled() {
        boolean cancelled = IJ.escapePressed();
        if (cancelled) {
            IJ.showProgress(1.0);
            IJ.showStatus("Ophys Recording: cancelled");
        }
        return cancelled;
    }
}
