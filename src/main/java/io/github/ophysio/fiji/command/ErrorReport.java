package io.github.ophysio.fiji.command;

import io.github.ophysio.error.OphysException;
import ij.IJ;
import ij.Macro;
import ij.macro.Interpreter;
import java.awt.GraphicsEnvironment;
import java.util.Optional;

/**
 * Shows a failure as users expect it: an error dialog in the GUI; in a macro, batch mode or
 * {@code ImageJ -batch}, a line in the Log (stdout when headless) and the macro aborted, so a
 * batch job never waits on a modal dialog.
 */
final class ErrorReport {

    private ErrorReport() {
    }

    /**
     * Runs a command's body: a missing library, a bad file or a bad option ends it with one line
     * (never a stack trace), as {@link #show} shows it.
     */
    static void guard(String title, Runnable body) {
        Optional<String> missing = Libraries.firstMissing();
        if (missing.isPresent()) {
            show(title, missing.get());
            return;
        }
        try {
            body.run();
        } catch (OphysException | IllegalArgumentException e) {
            show(title, e.getMessage());
        } catch (LinkageError e) {
            show(title, Libraries.missing(e));
        }
    }

    static void show(String title, String message) {
        if (inMacroOrBatch()) {
            IJ.log(title + ": " + message);
            Macro.abort();
            Interpreter.abort();
        } else {
            IJ.error(title, message);
        }
    }

    private static boolean inMacroOrBatch() {
        return IJ.isMacro() || Interpreter.isBatchMode() || GraphicsEnvironment.isHeadless() || IJ.getInstance() == null;
    }
}
