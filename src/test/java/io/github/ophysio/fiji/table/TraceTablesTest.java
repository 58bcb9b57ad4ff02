package io.github.ophysio.fiji.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ophysio.model.SyntheticSegmentation;
import io.github.ophysio.model.TraceKind;
import ij.gui.Plot;
import ij.measure.ResultsTable;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Traces as Results tables: time_s, then one column per ROI id; plots of chosen ROIs. */
class TraceTablesTest {

    @Test
    void oneRowPerSampleAndOneColumnPerRoi() {
        ResultsTable table = TraceTables.table(SyntheticSegmentation.standard(), TraceKind.DFF);
        assertEquals(9, table.size());
        assertEquals("time_s", table.getColumnHeading(0));
        assertEquals("10", table.getColumnHeading(1));
        assertEquals("15", table.getColumnHeading(6));
        assertEquals(0.4, table.getValue("time_s", 4), 1e-12);
        assertEquals(SyntheticSegmentation.expectedTrace(TraceKind.DFF, 4, 3), table.getValue("13", 4), 1e-3);
        assertEquals(SyntheticSegmentation.expectedTrace(TraceKind.DFF, 8, 5), table.getValue("15", 8), 1e-3);
    }

    @Test
    void plotsTheChosenRoisAgainstTime() {
        ResultsTable table = TraceTables.table(SyntheticSegmentation.standard(), TraceKind.RAW);
        Plot plot = TracePlots.plot("raw", List.of(new TracePlots.Column(table, "11"), new TracePlots.Column(table, "14")));
        float[][] second = plot.getDataObjectArrays(1);
        assertEquals(SyntheticSegmentation.expectedTrace(TraceKind.RAW, 2, 4), second[1][2], 1e-3);
        assertEquals(0.2f, second[0][2], 1e-6);
        assertTrue(plot.getDataObjectArrays(0)[0].length == 9);
        assertEquals("time (s)", plot.getLabel('x'));
    }

    @Test
    void withoutARateTheFirstColumnIsTheSampleAndThePlotSaysSo() {
        SyntheticSegmentation untimed = SyntheticSegmentation.standard();
        ResultsTable table = TraceTables.table(untimed.withoutRate(), TraceKind.RAW);
        assertEquals("sample", table.getColumnHeading(0));
        assertEquals(4, table.getValue("sample", 4), 0);
        Plot plot = TracePlots.plot("raw", List.of(new TracePlots.Column(table, "11")));
        assertEquals("sample", plot.getLabel('x'));
    }
}
