package io.github.ophysio.batch;

/** The macro lines the batch tests share: open the traces fixture, draw three named ROIs, Extract Traces. */
final class DrawnRoisMacro {

    /** Sets {@code title}; {@code %s} is the recording's path. */
    static final String OPEN_DRAW_AND_EXTRACT = """
            setBatchMode(true);
            run("Ophys Recording...", "path=[%s] fs=10 fourth-axis=planes");
            title = getTitle();
            Stack.setPosition(1, 1, 1);
            makeRectangle(3, 14, 7, 5);
            roiManager("add");
            makeOval(12, 3, 9, 7);
            roiManager("add");
            Stack.setPosition(1, 2, 1);
            makeRectangle(25, 19, 6, 5);
            Roi.setPosition(1, 2, 0);
            roiManager("add");
            roiManager("select", 0); roiManager("rename", "rect");
            roiManager("select", 1); roiManager("rename", "oval");
            roiManager("select", 2); roiManager("rename", "deep");
            roiManager("deselect");
            run("Extract Traces", "rois=all neuropil=none factor=0.7 dff=none percentile=8 window=60");
            """;

    private DrawnRoisMacro() {
    }
}
