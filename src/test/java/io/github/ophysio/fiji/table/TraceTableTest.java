package io.github.ophysio.fiji.table;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ophysio.model.PixelMask;
import io.github.ophysio.model.SegmentationExtractor;
import io.github.ophysio.model.SyntheticSegmentation;
import io.github.ophysio.model.TraceBlock;
import io.github.ophysio.model.TraceKind;
import ij.macro.Variable;
import ij.measure.ResultsTable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The lazy trace table answers every read exactly as ImageJ's own ResultsTable holding the same
 * values does, reads only the tiles it needs, and becomes a plain ResultsTable when changed.
 */
class TraceTableTest {

    /** 100 ROIs (ids "r0".."r99", wider than {@link LazyRows#WIDE}) × 600 samples: value t + roi / 1000 (fractional), NaN at (7, 3), tiny at (8, 2). */
    static final class Cells extends SegmentationExtractor {
        static final int ROIS = 100;
        static final int SAMPLES = 600;
        int reads;
        long valuesRead;

        static double expected(int t, int roi) {
            if (t == 7 && roi == 3) {
                return Float.NaN;
            }
            return t == 8 && roi == 2 ? 1e-5f : (float) (t + roi / 1000.0);
        }

        @Override
        public List<Object> getRoiIds() {
            return java.util.stream.IntStream.range(0, ROIS).mapToObj(i -> (Object) ("r" + i)).toList();
        }

        @Override
        public int[] getFrameShape() {
            return new int[] {4, 5};
        }

        @Override
        public PixelMask getPixelMask(int roiIndex) {
            return SyntheticSegmentation.standard().getPixelMask(0);
        }

        @Override
        public Set<TraceKind> getTraceKinds() {
            return Set.of(TraceKind.RAW);
        }

        @Override
        public synchronized TraceBlock readTraces(TraceKind kind, int start, int end, int[] rois) {
            reads++;
            valuesRead += (long) (end - start) * rois.length;
            double[] values = new double[(end - start) * rois.length];
            for (int t = start; t < end; t++) {
                for (int j = 0; j < rois.length; j++) {
                    values[(t - start) * rois.length + j] = (float) expected(t, rois[j]);
                }
            }
            return new TraceBlock(end - start, rois.length, values);
        }

        @Override
        public int getNumSamples() {
            return SAMPLES;
        }

        @Override
        public OptionalDouble getSamplingFrequency() {
            return OptionalDouble.of(20);
        }
    }

    private static TraceTable lazy(Cells cells) {
        return TraceTables.table(cells, TraceKind.RAW);
    }

    /** The same values in ImageJ's own table, as the plugin used to build it. */
    static ResultsTable plain() {
        Cells cells = new Cells();
        ResultsTable table = new ResultsTable(Cells.SAMPLES);
        double[] time = new double[Cells.SAMPLES];
        for (int t = 0; t < time.length; t++) {
            time[t] = t / 20.0;
        }
        table.setValues("time_s", time);
        for (int roi = 0; roi < Cells.ROIS; roi++) {
            double[] values = new double[Cells.SAMPLES];
            for (int t = 0; t < values.length; t++) {
                values[t] = (float) Cells.expected(t, roi);
            }
            table.setValues("r" + roi, values);
        }
        assertEquals(0, cells.reads);
        return table;
    }

    @Test
    void readsAsImageJsOwnTableWithTheSameValues() {
        TraceTable table = lazy(new Cells());
        ResultsTable plain = plain();
        assertEquals(plain.size(), table.size());
        assertEquals(plain.getCounter(), table.getCounter());
        assertEquals(plain.getLastColumn(), table.getLastColumn());
        assertEquals(plain.getColumnHeadings(), table.getColumnHeadings());
        assertArrayEquals(plain.getHeadings(), table.getHeadings());
        for (int row = 0; row < plain.size(); row++) {
            assertEquals(plain.getRowAsString(row), table.getRowAsString(row), "row " + row);
        }
        assertEquals(plain.getColumnIndex("r17"), table.getColumnIndex("r17"));
        assertEquals(ResultsTable.COLUMN_NOT_FOUND, table.getColumnIndex("nope"));
        assertEquals(plain.getColumnHeading(5), table.getColumnHeading(5));
        assertEquals(plain.getValue("r9", 123), table.getValue("r9", 123));
        assertEquals(plain.getValueAsDouble(3, 77), table.getValueAsDouble(3, 77));
        assertEquals(plain.getValue(3, 77), table.getValue(3, 77));
        assertEquals(plain.getStringValue("r2", 8), table.getStringValue("r2", 8));
        assertEquals(plain.getStringValue(4, 7), table.getStringValue(4, 7));
        assertArrayEquals(plain.getColumn("r39"), table.getColumn("r39"));
        assertArrayEquals(plain.getColumn(0), table.getColumn(0));
        assertArrayEquals(plain.getColumnAsDoubles(12), table.getColumnAsDoubles(12));
        assertArrayEquals(plain.getColumnAsStrings("r1"), table.getColumnAsStrings("r1"));
        assertVariablesEqual(plain.getColumnAsVariables("r30"), table.getColumnAsVariables("r30"));
        assertTrue(table.columnExists("time_s") && table.columnExists(100) && !table.columnExists(101));
        assertNull(table.getLabel(3));
        assertNull(table.getColumn("nope"));
        assertTrue(table.isLazy(), "reading never copies the cells in");
    }

    @Test
    void aMissingColumnOrRowIsRefusedAsImageJRefusesIt() {
        TraceTable table = lazy(new Cells());
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class, () -> table.getValue("x", 0));
        assertEquals("\"x\" column not found", missing.getMessage());
        assertThrows(IllegalArgumentException.class, () -> table.getValueAsDouble(1, Cells.SAMPLES));
        assertThrows(IllegalArgumentException.class, () -> table.getValueAsDouble(102, 0));
    }

    @Test
    void aCellReadsOneTileAndAColumnOneRun() {
        Cells cells = new Cells();
        TraceTable table = lazy(cells);
        assertEquals(0, cells.reads, "making the table reads no trace");
        table.getValue("r20", 300);
        table.getValue("r21", 301);
        assertEquals(1, cells.reads);
        assertEquals((long) TraceCells.TILE_SAMPLES * TraceCells.TILE_ROIS, cells.valuesRead);
        table.getColumn("r5");
        assertEquals(2, cells.reads);
        assertEquals(TraceCells.TILE_SAMPLES * TraceCells.TILE_ROIS + Cells.SAMPLES, cells.valuesRead);
    }

    @Test
    void aChangeCopiesTheCellsInAndKeepsThem() {
        TraceTable table = lazy(new Cells());
        table.setValue("r4", 10, 99.5);
        assertFalse(table.isLazy());
        assertEquals(99.5, table.getValue("r4", 10));
        assertEquals((float) Cells.expected(11, 4), table.getValue("r4", 11), 1e-9);
        assertEquals(0.5, table.getValue("time_s", 10), 1e-12);
        ResultsTable plain = plain();
        plain.setValue("r4", 10, 99.5);
        assertEquals(plain.getRowAsString(10), table.getRowAsString(10));
        table.deleteColumn("r0");
        assertFalse(table.columnExists("r0"));
    }

    @Test
    void aCloneIsAnotherLazyViewOfTheSameCells() {
        Cells cells = new Cells();
        TraceTable table = lazy(cells);
        ResultsTable copy = (ResultsTable) table.clone();
        assertTrue(copy instanceof TraceTable clone && clone.isLazy());
        assertEquals(table.getRowAsString(5), copy.getRowAsString(5));
    }

    @Test
    void savesWhatImageJWouldSaveForTheSameValues(@TempDir Path dir) throws Exception {
        for (String name : List.of("traces.csv", "traces.txt")) {
            Path mine = dir.resolve("lazy-" + name);
            Path theirs = dir.resolve("plain-" + name);
            TraceTable table = lazy(new Cells());
            table.saveAs(mine.toString());
            plain().saveAs(theirs.toString());
            assertTrue(Files.readString(theirs).equals(Files.readString(mine)), name + " differs from ImageJ's");
            assertTrue(table.isLazy());
        }
    }

    private static void assertVariablesEqual(Variable[] expected, Variable[] actual) {
        assertEquals(expected.length, actual.length);
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i].getValue(), actual[i].getValue(), "row " + i);
        }
    }
}
