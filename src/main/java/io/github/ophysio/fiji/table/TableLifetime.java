package io.github.ophysio.fiji.table;

import ij.WindowManager;
import java.awt.Frame;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Ties what a set of table windows read (an extraction's temporary trace files) to those windows: it is
 * closed when the last of them closes (closed by the user, by {@code close()} in a macro, or replaced by a
 * new table of the same title). With no window (headless) it stays until the JVM exits, when the
 * temporary files are deleted as a fallback.
 */
public final class TableLifetime {

    private TableLifetime() {
    }

    /** Closes {@code resource} once every open window titled one of {@code titles} has closed. */
    public static void closeWithWindows(AutoCloseable resource, List<String> titles) {
        List<Frame> windows = new ArrayList<>();
        for (String title : titles) {
            Frame frame = WindowManager.getFrame(title);
            if (frame != null && frame.isDisplayable()) {
                windows.add(frame);
            }
        }
        AtomicInteger open = new AtomicInteger(windows.size());
        for (Frame window : windows) {
            window.addWindowListener(new WindowAdapter() {
                @Override
                public void windowClosed(WindowEvent e) {
                    window.removeWindowListener(this);
                    if (open.decrementAndGet() == 0) {
                        close(resource);
                    }
                }
            });
        }
    }

    private static void close(AutoCloseable resource) {
        try {
            resource.close();
        } catch (Exception e) {
            throw new IllegalStateException("cannot close the tables' trace files: " + e.getMessage(), e);
        }
    }
}
