package io.github.ophysio.fiji;

import java.awt.Component;
import java.awt.Container;
import java.awt.Dialog;
import java.awt.Label;
import java.awt.Window;
import java.util.ArrayList;
import java.util.List;
import java.util.Timer;
import java.util.TimerTask;
import javax.swing.JLabel;

/**
 * GUI tests must never wait on a modal dialog (a batch job would hang the same way): a modal dialog
 * still open after a few seconds is recorded with its text and closed, so the test fails with what it
 * said instead of hanging CI.
 */
final class DialogWatchdog {

    private static final long PERIOD_MS = 3000;
    private static final List<String> SEEN = new ArrayList<>();
    private static final List<Dialog> SUSPECTS = new ArrayList<>();
    private static Timer timer;

    private DialogWatchdog() {
    }

    static synchronized void start() {
        if (timer == null) {
            timer = new Timer("dialog watchdog", true);
            timer.schedule(new TimerTask() {
                @Override
                public void run() {
                    sweep();
                }
            }, PERIOD_MS, PERIOD_MS);
        }
    }

    /** Texts of the modal dialogs closed since the last call. */
    static synchronized List<String> drain() {
        List<String> seen = new ArrayList<>(SEEN);
        SEEN.clear();
        return seen;
    }

    /** A modal dialog seen open on two sweeps in a row is closed. */
    private static synchronized void sweep() {
        List<Dialog> open = new ArrayList<>();
        for (Window window : Window.getWindows()) {
            if (window instanceof Dialog dialog && dialog.isModal() && dialog.isVisible()) {
                open.add(dialog);
            }
        }
        for (Dialog dialog : open) {
            if (SUSPECTS.contains(dialog)) {
                SEEN.add(dialog.getTitle() + ": " + text(dialog));
                dialog.dispose();
            }
        }
        SUSPECTS.clear();
        SUSPECTS.addAll(open);
    }

    private static String text(Container container) {
        StringBuilder text = new StringBuilder();
        for (Component component : container.getComponents()) {
            if (component instanceof Label label) {
                text.append(label.getText()).append(' ');
            } else if (component instanceof JLabel label) {
                text.append(label.getText()).append(' ');
            } else if (component instanceof Container inner) {
                text.append(text(inner));
            }
        }
        return text.toString().trim();
    }
}
