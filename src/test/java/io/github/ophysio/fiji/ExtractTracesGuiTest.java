package io.github.ophysio.fiji;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ophysio.fiji.command.ExtractTracesCommand;
import io.github.ophysio.fiji.command.ExtractTracesPlugIn;
import io.github.ophysio.fiji.command.TraceFixtureImages;
import io.github.ophysio.fiji.roi.OutlineRule;
import io.github.ophysio.fiji.roi.SegmentationRois;
import io.github.ophysio.fiji.stack.Progress;
import io.github.ophysio.fiji.table.TableLifetime;
import io.github.ophysio.fiji.table.TraceTables;
import io.github.ophysio.model.TraceKind;
import io.github.ophysio.traces.ExtractedTraces;
import io.github.ophysio.traces.TraceOptions;
import ij.IJ;
import ij.ImagePlus;
import ij.WindowManager;
import ij.gui.GenericDialog;
import ij.gui.Plot;
import ij.gui.PlotWindow;
import ij.gui.Roi;
import ij.measure.ResultsTable;
import ij.plugin.frame.RoiManager;
import ij.text.TextWindow;
import java.awt.EventQueue;
import java.awt.Frame;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.scijava.Context;
import org.scijava.command.CommandModule;
import org.scijava.command.CommandService;
import org.scijava.module.ModuleItem;

/**
 * {@code Plugins > Ophys IO > Extract Traces} in a real ImageJ (xvfb): its dialog over the ROIs of a
 * loaded weighted segmentation, the tables it shows (numpy's weighted means), Plot Traces on them, the
 * SciJava twin giving the same tables, and the temporary files going with the table windows.
 */
class ExtractTracesGuiTest {

    private static final String OPTIONS = "rois=all neuropil=ring factor=0.5 dff=percentile percentile=10 window=2";

    @BeforeEach
    void startImageJ() {
        GuiSession.start();
        RoiManager.getRoiManager().reset();
    }

    @AfterEach
    void noDialogLeft() {
        GuiSession.assertNoDialogWasLeftOpen();
    }

    /** The fixture hyperstack shown, with the weighted footprints' ROIs in the ROI Manager. */
    private static ImagePlus recordingWithLoadedRois() {
        ImagePlus image = TraceFixtureImages.hyperstack();
        image.show();
        List<Roi> rois = SegmentationRois.build(TraceFixtureImages.footprints(), OutlineRule.DEFAULT, Progress.NONE);
        SegmentationRois.addAll(RoiManager.getRoiManager(), rois);
        return image;
    }

    @Test
    void theDialogMakesTablesOfWeightedMeansThatPlotTracesDraws() throws Exception {
        ImagePlus image = recordingWithLoadedRois();
        DialogDriver driver = DialogDriver.start(() -> new ExtractTracesPlugIn().run(""));
        GenericDialog dialog = driver.await("Extract Traces");
        assertEquals(List.of("rois", "neuropil", "factor", "dff", "percentile", "window"),
                DialogDriver.texts(dialog).subList(0, 6));
        DialogDriver.choice(dialog, "dff").select("percentile");
        DialogDriver.field(dialog, "window").setText("2");
        GuiSession.screenshot("extract_traces_dialog", dialog);
        driver.press(dialog, "OK");
        ResultsTable raw = table(TraceKind.RAW);
        assertNotNull(table(TraceKind.DFF), IJ.getLog());
        double[][] expected = TraceFixtureImages.expected("raw");
        for (String id : new String[] {"0", "3", "6", "7"}) {
            int k = Integer.parseInt(id);
            assertEquals(expected[5][k], raw.getValue(id, 5), 2e-3, "weighted mean of ROI " + id);
        }
        assertEquals(0.5, raw.getValue("time_s", 5), 1e-9);
        RoiManager.getRoiManager().select(0);
        IJ.run("Plot Traces", "kind=raw");
        PlotWindow plotWindow = (PlotWindow) WindowManager.getCurrentWindow();
        Plot plot = plotWindow.getPlot();
        assertEquals(expected[5][0], plot.getYValues()[5], 2e-3, "the plot draws the extracted column");
        IJ.run(image, "Set... ", "zoom=600");
        RoiManager.getRoiManager().runCommand("show all");
        arrange(image, plotWindow);
        GuiSession.screenshot("extract_traces_tables");
    }

    @Test
    void theCommandTwinTakesTheMacroKeysAndMakesTheSameTables() throws Exception {
        ImagePlus image = recordingWithLoadedRois();
        IJ.runMacro("run(\"Extract Traces\", \"" + OPTIONS + "\");");
        Map<TraceKind, double[]> macro = Map.of(TraceKind.RAW, column(table(TraceKind.RAW), "3"),
                TraceKind.NEUROPIL, column(table(TraceKind.NEUROPIL), "3"), TraceKind.DFF, column(table(TraceKind.DFF), "3"));
        for (TraceKind kind : macro.keySet()) {
            ((TextWindow) WindowManager.getFrame("Ophys " + kind.key() + " traces")).close(false);
        }
        try (Context context = new Context(CommandService.class)) {
            CommandService commands = context.getService(CommandService.class);
            assertEquals(new TreeSet<>(List.of("image", "rois", "neuropil", "factor", "dff", "percentile", "window")),
                    names(commands.getCommand(ExtractTracesCommand.class).inputs()));
            CommandModule module = commands.run(ExtractTracesCommand.class, true, Map.of("image", image, "rois", "all",
                    "neuropil", "ring", "factor", "0.5", "dff", "percentile", "percentile", "10", "window", "2")).get();
            assertEquals(8, module.getOutput("numRois"));
            for (TraceKind kind : List.of(TraceKind.RAW, TraceKind.NEUROPIL, TraceKind.DFF)) {
                ResultsTable output = (ResultsTable) module.getOutput(kind.key() + "Traces");
                assertEquals(java.util.Arrays.toString(macro.get(kind)), java.util.Arrays.toString(column(output, "3")),
                        kind.key());
                assertTrue(output == table(kind), "the command shows the table it returns");
            }
        }
    }

    @Test
    void theTraceFilesGoWhenTheLastTableWindowCloses() throws Exception {
        ImagePlus image = recordingWithLoadedRois();
        ExtractedTraces traces = ExtractTracesPlugIn.extract(image, List.of(RoiManager.getRoiManager().getRoisAsArray()),
                TraceOptions.rawOnly().withDff(true).withBaseline(8, 2));
        TextWindow first = new TextWindow("first table", "a", "1", 200, 100);
        TextWindow second = new TextWindow("second table", "a", "1", 200, 100);
        TableLifetime.closeWithWindows(traces, List.of("first table", "second table", "no such window"));
        EventQueue.invokeAndWait(first::close);
        EventQueue.invokeAndWait(() -> { });
        assertEquals(traces.read(TraceKind.RAW, 0, 1, new int[] {0}).get(0, 0),
                traces.read(TraceKind.RAW, 0, 1, new int[] {0}).get(0, 0), "still open with one window left");
        EventQueue.invokeAndWait(second::close);
        EventQueue.invokeAndWait(() -> { });
        assertEquals("the trace file was closed", assertThrows(IllegalStateException.class,
                () -> traces.read(TraceKind.DFF, 0, 1, new int[] {0})).getMessage());
    }

    @Test
    void aNewExtractionsTablesReplaceTheOldAndDropItsFiles() throws Exception {
        ImagePlus image = recordingWithLoadedRois();
        List<Roi> rois = List.of(RoiManager.getRoiManager().getRoisAsArray());
        ExtractedTraces old = ExtractTracesPlugIn.extract(image, rois, TraceOptions.rawOnly());
        TraceTables.show(TraceTables.table(old.asSegmentation("old"), TraceKind.RAW), "Ophys raw traces");
        TableLifetime.closeWithWindows(old, List.of("Ophys raw traces"));
        ExtractTracesPlugIn.run(image, rois.subList(0, 1), TraceOptions.rawOnly());
        EventQueue.invokeAndWait(() -> { });
        assertEquals(2, table(TraceKind.RAW).getLastColumn() + 1, "time_s and one ROI");
        assertEquals("the trace file was closed", assertThrows(IllegalStateException.class,
                () -> old.read(TraceKind.RAW, 0, 1, new int[] {0})).getMessage());
    }

    private static ResultsTable table(TraceKind kind) {
        Frame frame = WindowManager.getFrame("Ophys " + kind.key() + " traces");
        return frame instanceof TextWindow window ? window.getResultsTable() : null;
    }

    private static double[] column(ResultsTable table, String heading) {
        double[] values = new double[table.size()];
        for (int row = 0; row < values.length; row++) {
            values[row] = table.getValue(heading, row);
        }
        return values;
    }

    private static Set<String> names(Iterable<ModuleItem<?>> items) {
        Set<String> names = new TreeSet<>();
        items.forEach(item -> names.add(item.getName()));
        return names;
    }

    /** Places the windows so the screenshot shows the image, the tables and the plot side by side. */
    private static void arrange(ImagePlus image, PlotWindow plot) throws Exception {
        EventQueue.invokeAndWait(() -> {
            image.getWindow().setLocation(230, 0);
            plot.setLocation(640, 90);
            int x = 0;
            for (Frame frame : WindowManager.getNonImageWindows()) {
                if (frame.getTitle().startsWith("Ophys ")) {
                    frame.setBounds(x, 520, 560, 300);
                    x += 570;
                }
            }
        });
    }
}
