package io.github.ophysio.fiji.table;

import ij.measure.ResultsTable;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Vector;

/**
 * The rows of a TextPanel ({@code char[]} per row, tab-separated, as ImageJ keeps them) formatted
 * from a ResultsTable only when asked for: the panel paints a screenful and sizes its columns from
 * a few rows, so a table of millions of cells shows at once instead of being formatted whole
 * (which {@link ResultsTable#show(String)} does). The last rows asked for are kept, since the
 * panel asks once per painted cell. Any change the panel makes (clear, append, edit, delete)
 * first turns this into the plain list of formatted rows ImageJ expects.
 */
final class LazyRows extends Vector<Object> {

    private static final long serialVersionUID = 1L;
    private static final int KEPT_ROWS = 128;

    private final transient ResultsTable table;
    private final transient Map<Integer, char[]> recent = new LinkedHashMap<>(KEPT_ROWS, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, char[]> eldest) {
            return size() > KEPT_ROWS;
        }
    };
    private boolean lazy = true;

    LazyRows(ResultsTable table) {
        this.table = table;
    }

    @Override
    public synchronized int size() {
        return lazy ? table.size() : super.size();
    }

    @Override
    public synchronized boolean isEmpty() {
        return size() == 0;
    }

    @Override
    public synchronized Object elementAt(int index) {
        return lazy ? row(index) : super.elementAt(index);
    }

    @Override
    public synchronized Object get(int index) {
        return elementAt(index);
    }

    private char[] row(int index) {
        if (index < 0 || index >= table.size()) {
            throw new ArrayIndexOutOfBoundsException(index + " >= " + table.size());
        }
        return recent.computeIfAbsent(index, i -> table.getRowAsString(i).toCharArray());
    }

    @Override
    public synchronized void addElement(Object row) {
        materialize();
        super.addElement(row);
    }

    @Override
    public synchronized void setElementAt(Object row, int index) {
        materialize();
        super.setElementAt(row, index);
    }

    @Override
    public synchronized void insertElementAt(Object row, int index) {
        materialize();
        super.insertElementAt(row, index);
    }

    @Override
    public synchronized void removeElementAt(int index) {
        materialize();
        super.removeElementAt(index);
    }

    @Override
    public synchronized void removeAllElements() {
        lazy = false;
        recent.clear();
        super.removeAllElements();
    }

    /** From now on a plain list: every row formatted once (only when the panel edits the rows). */
    private void materialize() {
        if (lazy) {
            int rows = table.size();
            ensureCapacity(rows);
            for (int i = 0; i < rows; i++) {
                super.addElement(row(i));
            }
            lazy = false;
            recent.clear();
        }
    }
}
