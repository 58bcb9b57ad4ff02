package io.github.ophysio.fiji.table;

import ij.Prefs;
import ij.io.SaveDialog;
import ij.macro.Variable;
import ij.measure.ResultsTable;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * A Results table of traces whose cells are read from the segmentation when asked for, not copied
 * in: 5 000 ROIs × 50 000 samples would be 2 GB of doubles filled in seconds and kept for the life of
 * the window. Everything that reads a table (macros' {@code Table.get}/{@code getResult}/{@code
 * Table.getColumn}, plots, Save As, the window's rows) is answered from {@link TraceCells}; anything
 * that changes it (a value set, a row or column deleted, a sort…) first copies every cell into
 * ImageJ's own storage, and from then on this is a plain ResultsTable. Cells are formatted as
 * ImageJ formats them.
 */
public final class TraceTable extends CopyOnChangeTable {

    private static final int DECIMALS = 3;

    private final transient TraceCells cells;
    private final Map<String, Integer> columnOf = new HashMap<>();

    TraceTable(TraceCells cells) {
        this.cells = cells;
        columnOf.put(cells.timeHeading(), 0);
        for (int roi = 0; roi < cells.rois(); roi++) {
            columnOf.put(cells.id(roi), roi + 1);
        }
    }

    // ---- reading: answered from the cells while lazy

    @Override
    public int size() {
        return isLazy() ? cells.samples() : super.size();
    }

    @Override
    public int getCounter() {
        return size();
    }

    @Override
    public int getLastColumn() {
        return isLazy() ? cells.rois() : super.getLastColumn();
    }

    @Override
    public String getColumnHeadings() {
        return isLazy() ? String.join("\t", headings()) : super.getColumnHeadings();
    }

    @Override
    public String[] getHeadings() {
        return isLazy() ? headings() : super.getHeadings();
    }

    @Override
    public String getColumnHeading(int column) {
        return isLazy() ? (columnExists(column) ? heading(column) : null) : super.getColumnHeading(column);
    }

    @Override
    public int getColumnIndex(String heading) {
        return isLazy() ? columnOf.getOrDefault(heading, COLUMN_NOT_FOUND) : super.getColumnIndex(heading);
    }

    @Override
    public boolean columnExists(int column) {
        return isLazy() ? column >= 0 && column <= cells.rois() : super.columnExists(column);
    }

    @Override
    public boolean columnExists(String heading) {
        return isLazy() ? columnOf.containsKey(heading) : super.columnExists(heading);
    }

    @Override
    public double getValueAsDouble(int column, int row) {
        return isLazy() ? cell(column, row) : super.getValueAsDouble(column, row);
    }

    @Override
    public float getValue(int column, int row) {
        return isLazy() ? (float) cell(column, row) : super.getValue(column, row);
    }

    @Override
    public double getValue(String heading, int row) {
        return isLazy() ? cell(existing(heading), row) : super.getValue(heading, row);
    }

    @Override
    public String getStringValue(int column, int row) {
        return isLazy() ? text(column, row) : super.getStringValue(column, row);
    }

    @Override
    public String getStringValue(String heading, int row) {
        return isLazy() ? text(existing(heading), row) : super.getStringValue(heading, row);
    }

    @Override
    public String getLabel(int row) {
        return isLazy() ? null : super.getLabel(row);
    }

    @Override
    public double[] getColumn(String heading) {
        return isLazy() ? (columnExists(heading) ? doubles(getColumnIndex(heading)) : null) : super.getColumn(heading);
    }

    @Override
    public float[] getColumn(int column) {
        return isLazy() ? (columnExists(column) ? floats(column) : null) : super.getColumn(column);
    }

    @Override
    public double[] getColumnAsDoubles(int column) {
        return isLazy() ? (columnExists(column) ? doubles(column) : null) : super.getColumnAsDoubles(column);
    }

    @Override
    public String[] getColumnAsStrings(String heading) {
        if (!isLazy()) {
            return super.getColumnAsStrings(heading);
        }
        if (!columnExists(heading)) {
            return null;
        }
        int column = getColumnIndex(heading);
        String[] texts = new String[cells.samples()];
        for (int row = 0; row < texts.length; row++) {
            texts[row] = text(column, row);
        }
        return texts;
    }

    @Override
    public Variable[] getColumnAsVariables(String heading) {
        if (!isLazy()) {
            return super.getColumnAsVariables(heading);
        }
        double[] values = doubles(existing(heading));
        Variable[] variables = new Variable[values.length];
        for (int row = 0; row < values.length; row++) {
            variables[row] = new Variable(values[row]);
        }
        return variables;
    }

    @Override
    public String getRowAsString(int row) {
        return isLazy() ? row(row, '\t') : super.getRowAsString(row);
    }

    @Override
    public String toString() {
        return isLazy() ? getTitle() + ": " + size() + " rows x " + (cells.rois() + 1) + " columns" : super.toString();
    }

    /** A copy: another view of the same cells while lazy (so a duplicated window costs nothing). */
    @Override
    public synchronized Object clone() {
        return isLazy() ? new TraceTable(cells) : super.clone();
    }

    /** Shown as {@link TraceTables#show} shows it (rows formatted when painted); the same window if open. */
    @Override
    public void show(String windowTitle) {
        if (isLazy()) {
            TableWindows.show(this, windowTitle);
        } else {
            super.show(windowTitle);
        }
    }

    /** ImageJ's own show, every cell formatted (when this ImageJ cannot show rows as they are painted). */
    void showFormatted(String windowTitle) {
        materialize();
        super.show(windowTitle);
    }

    /** Written row by row from the cells (tab-separated, or comma-separated for .csv), never held whole. */
    @Override
    public void saveAs(String path) throws IOException {
        if (!isLazy()) {
            super.saveAs(path);
            return;
        }
        String target = path == null || path.isEmpty() ? askPath() : path;
        if (target != null) {
            write(Path.of(target), target.endsWith(".csv") ? ',' : '\t');
        }
    }

    // ---- the cells

    private double cell(int column, int row) {
        if (!columnExists(column) || row < 0 || row >= cells.samples()) {
            throw new IllegalArgumentException("Row or column out of range: row " + row + ", column " + column);
        }
        return column == 0 ? cells.time(row) : cells.value(row, column - 1);
    }

    private int existing(String heading) {
        Integer column = columnOf.get(heading);
        if (column == null) {
            throw new IllegalArgumentException("\"" + heading + "\" column not found");
        }
        return column;
    }

    private String heading(int column) {
        return column == 0 ? cells.timeHeading() : cells.id(column - 1);
    }

    private String[] headings() {
        String[] headings = new String[cells.rois() + 1];
        for (int column = 0; column < headings.length; column++) {
            headings[column] = heading(column);
        }
        return headings;
    }

    private double[] doubles(int column) {
        if (column == 0) {
            return cells.times();
        }
        return cells.column(column - 1);
    }

    private float[] floats(int column) {
        double[] read = column > 0 ? cells.column(column - 1) : cells.times();
        float[] values = new float[read.length];
        for (int row = 0; row < values.length; row++) {
            values[row] = (float) read[row];
        }
        return values;
    }

    private String row(int row, char delimiter) {
        StringBuilder text = new StringBuilder(12 * (cells.rois() + 1));
        for (int column = 0; column <= cells.rois(); column++) {
            if (column > 0) {
                text.append(delimiter);
            }
            text.append(text(column, row));
        }
        return text.toString();
    }

    /**
     * The cell as ImageJ writes it: {@value #DECIMALS} decimals (scientific notation when tiny or
     * huge), but whole numbers without decimals in a column holding only whole numbers.
     */
    private String text(int column, int row) {
        double value = cell(column, row);
        boolean whole = (int) value == value && cells.wholeNumbers(column);
        return ResultsTable.d2s(value, whole ? 0 : DECIMALS);
    }

    private String askPath() {
        SaveDialog dialog = new SaveDialog("Save Table", getTitle() == null ? "Traces" : getTitle(),
                Prefs.defaultResultsExtension());
        return dialog.getFileName() == null ? null : dialog.getDirectory() + dialog.getFileName();
    }

    private void write(Path path, char delimiter) throws IOException {
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(path))) {
            out.println(String.join(String.valueOf(delimiter), headings()));
            for (int row = 0; row < cells.samples(); row++) {
                out.println(row(row, delimiter));
            }
        }
    }

    /** Every cell into ImageJ's storage, through ResultsTable's own methods (called once, by {@link #materialize}). */
    @Override
    void copyCellsIn() {
        for (int row = 0; row < cells.samples(); row++) {
            incrementCounter();
        }
        setValues(cells.timeHeading(), cells.times());
        for (int column = 1; column <= cells.rois(); column++) {
            setValues(heading(column), doubles(column));
        }
    }
}
