package io.github.ophysio.fiji.command;

import ij.plugin.frame.RoiManager;

/**
 * The ROI Manager the running macro sees. In batch mode (a GUI macro after {@code setBatchMode(true)},
 * or {@code ImageJ -batch}) a macro's {@code roiManager(...)} works on the interpreter's hidden
 * batch-mode manager, while {@code RoiManager.getRoiManager()} would make a second, detached one: ROIs
 * added there are invisible to the macro.
 */
final class MacroRoiManager {

    private MacroRoiManager() {
    }

    /** The visible manager, else the macro's batch-mode one, else a new (shown) manager. */
    static RoiManager get() {
        RoiManager manager = RoiManager.getInstance2();
        return manager != null ? manager : RoiManager.getRoiManager();
    }

    /** The manager the macro sees, or null when none exists yet (nothing to plot from). */
    static RoiManager existing() {
        return RoiManager.getInstance2();
    }
}
