package io.github.ophysio.fiji.command;

import ij.IJ;
import ij.Macro;
import ij.macro.Interpreter;
import java.awt.GraphicsEnvironment;

/**
 * Shows a failure as users expect it: an error dialog in the GUI; in a macro, batch mode or
 * {@code ImageJ -batch}, a line in the Log (stdout when headless) and the macro aborted, so a
 * batch job never waits on a modal dialog.
 */
final class ErrorReport {

    private ErrorReport() {
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
