package io.github.ophysio.fiji;

import ij.gui.GenericDialog;
import java.awt.Button;
import java.awt.Choice;
import java.awt.Component;
import java.awt.Container;
import java.awt.EventQueue;
import java.awt.Label;
import java.awt.Rectangle;
import java.awt.TextField;
import java.awt.Window;
import java.awt.event.ActionEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Drives a command's modal dialog as a user would: the command runs on its own thread, the test
 * waits for the dialog, reads its labels and fields, fills them and presses OK or Cancel.
 */
final class DialogDriver {

    private final Thread command;
    private final AtomicReference<Throwable> failure = new AtomicReference<>();

    private DialogDriver(Runnable body) {
        command = new Thread(() -> {
            try {
                body.run();
            } catch (RuntimeException | Error e) {
                failure.set(e);
            }
        }, "command under test");
        command.start();
    }

    /** Starts {@code body}, which shows a dialog. */
    static DialogDriver start(Runnable body) {
        return new DialogDriver(body);
    }

    /** The visible dialog titled {@code title}, waited for up to 10 s. */
    GenericDialog await(String title) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < end) {
            for (Window window : Window.getWindows()) {
                if (window instanceof GenericDialog dialog && dialog.isShowing() && title.equals(dialog.getTitle())) {
                    // Without a window manager (xvfb) AWT may report a stale location: place it ourselves,
                    // so a screenshot of its bounds shows it.
                    EventQueue.invokeAndWait(() -> dialog.setLocation(40, 100));
                    Thread.sleep(300); // let it lay out and paint
                    return dialog;
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no dialog '" + title + "' appeared; failure: " + failure.get());
    }

    /** Presses a button ("OK" or "Cancel") and waits for the command to finish. */
    void press(GenericDialog dialog, String label) throws Exception {
        Button button = java.util.Arrays.stream(dialog.getButtons()).filter(b -> b != null && label.equals(b.getLabel().trim()))
                .findFirst().orElseThrow();
        EventQueue.invokeAndWait(() -> dialog.actionPerformed(new ActionEvent(button, ActionEvent.ACTION_PERFORMED,
                label)));
        command.join(TimeUnit.SECONDS.toMillis(20));
        if (failure.get() != null) {
            throw new AssertionError("the command failed", failure.get());
        }
    }

    /** Every label's text (field labels and messages), in order. */
    static List<String> texts(Container container) {
        List<String> texts = new ArrayList<>();
        for (Component component : container.getComponents()) {
            if (component instanceof Label label) {
                texts.add(label.getText().trim());
            } else if (component instanceof Container inner) {
                texts.addAll(texts(inner));
            }
        }
        return texts;
    }

    /** The text field labelled {@code label}. */
    static TextField field(GenericDialog dialog, String label) {
        return (TextField) after(dialog, label);
    }

    /** The choice labelled {@code label}. */
    static Choice choice(GenericDialog dialog, String label) {
        return (Choice) after(dialog, label);
    }

    /** The first field after the label {@code label}: GenericDialog adds each label just before its field. */
    private static Component after(Container dialog, String label) {
        List<Component> all = flat(dialog);
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i) instanceof Label text && text.getText().trim().equals(label)) {
                return all.stream().skip(i + 1).filter(c -> c instanceof TextField || c instanceof Choice).findFirst()
                        .orElseThrow();
            }
        }
        throw new AssertionError("no field labelled " + label + " in " + texts(dialog));
    }

    private static List<Component> flat(Container container) {
        List<Component> all = new ArrayList<>();
        for (Component component : container.getComponents()) {
            all.add(component);
            if (component instanceof Container inner) {
                all.addAll(flat(inner));
            }
        }
        return all;
    }

    static Rectangle bounds(Window window) {
        return window.getBounds();
    }
}
