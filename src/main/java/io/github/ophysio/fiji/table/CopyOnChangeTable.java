package io.github.ophysio.fiji.table;

import ij.macro.Variable;
import ij.measure.ResultsTable;
import ij.process.ImageProcessor;

/**
 * A ResultsTable whose cells live elsewhere until something changes it: every method that changes a
 * ResultsTable (a value set or added, a row or column deleted or renamed, a sort, a macro applied,
 * the precision or row numbers changed…) first copies every cell into ImageJ's own storage
 * ({@link #copyCellsIn}), after which ImageJ's code does everything. A subclass answers the reading
 * methods itself while {@link #isLazy()}.
 */
abstract class CopyOnChangeTable extends ResultsTable {

    private volatile boolean lazy = true;

    /** True until something changed the table (its cells are then ImageJ's own). */
    public boolean isLazy() {
        return lazy;
    }

    /** Puts every cell into ImageJ's storage with ResultsTable's own methods (this table is no longer lazy then). */
    abstract void copyCellsIn();

    /** Copies the cells in once; from then on this is a plain ResultsTable. */
    final synchronized void materialize() {
        if (lazy) {
            lazy = false;
            copyCellsIn();
        }
    }

    /** Needs every cell as ImageJ holds them. */
    @Override
    public ImageProcessor getTableAsImage() {
        materialize();
        return super.getTableAsImage();
    }

    /** Empties the table: nothing to copy in first. */
    @Override
    public synchronized void reset() {
        lazy = false;
        super.reset();
    }

    @Override
    public void addRow() {
        materialize();
        super.addRow();
    }

    @Override
    public synchronized void incrementCounter() {
        materialize();
        super.incrementCounter();
    }

    @Override
    public synchronized void addColumns() {
        materialize();
        super.addColumns();
    }

    @Override
    public void addValue(int column, double value) {
        materialize();
        super.addValue(column, value);
    }

    @Override
    public void addValue(String heading, double value) {
        materialize();
        super.addValue(heading, value);
    }

    @Override
    public void addValue(String heading, String value) {
        materialize();
        super.addValue(heading, value);
    }

    @Override
    public void addLabel(String label) {
        materialize();
        super.addLabel(label);
    }

    @Override
    public void addLabel(String heading, String label) {
        materialize();
        super.addLabel(heading, label);
    }

    @Override
    public void setLabel(String label, int row) {
        materialize();
        super.setLabel(label, row);
    }

    @Override
    public void setValue(String heading, int row, double value) {
        materialize();
        super.setValue(heading, row, value);
    }

    @Override
    public void setValue(int column, int row, double value) {
        materialize();
        super.setValue(column, row, value);
    }

    @Override
    public void setValue(String heading, int row, String value) {
        materialize();
        super.setValue(heading, row, value);
    }

    @Override
    public void setValue(int column, int row, String value) {
        materialize();
        super.setValue(column, row, value);
    }

    @Override
    public void setValues(String heading, double[] values) {
        materialize();
        super.setValues(heading, values);
    }

    @Override
    public void setColumn(String heading, Variable[] values) {
        materialize();
        super.setColumn(heading, values);
    }

    @Override
    public void setHeading(int column, String heading) {
        materialize();
        super.setHeading(column, heading);
    }

    @Override
    public void setDecimalPlaces(int column, int digits) {
        materialize();
        super.setDecimalPlaces(column, digits);
    }

    @Override
    public synchronized void setPrecision(int precision) {
        materialize();
        super.setPrecision(precision);
    }

    @Override
    public void setNaNEmptyCells(boolean empty) {
        materialize();
        super.setNaNEmptyCells(empty);
    }

    @Override
    public void showRowNumbers(boolean show) {
        materialize();
        super.showRowNumbers(show);
    }

    @Override
    public void showRowIndexes(boolean show) {
        materialize();
        super.showRowIndexes(show);
    }

    @Override
    public synchronized void deleteRow(int row) {
        materialize();
        super.deleteRow(row);
    }

    @Override
    public void deleteRows(int first, int last) {
        materialize();
        super.deleteRows(first, last);
    }

    @Override
    public void deleteColumn(String heading) {
        materialize();
        super.deleteColumn(heading);
    }

    @Override
    public void renameColumn(String oldName, String newName) {
        materialize();
        super.renameColumn(oldName, newName);
    }

    @Override
    public void sort(String heading) {
        materialize();
        super.sort(heading);
    }

    @Override
    public boolean applyMacro(String macro) {
        materialize();
        return super.applyMacro(macro);
    }

    @Override
    public int getFreeColumn(String heading) {
        materialize();
        return super.getFreeColumn(heading);
    }
}
