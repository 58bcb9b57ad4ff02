package io.github.ophysio.fiji.table;

import io.github.ophysio.fiji.ImageJInternals;
import ij.measure.ResultsTable;
import java.util.Arrays;
import java.util.Map;
import java.util.Vector;

/**
 * The rows of a TextPanel ({@code char[]} per row, tab-separated, as ImageJ keeps them) formatted
 * from a ResultsTable only when asked for: the panel paints a screenful and sizes its columns from
 * a few rows, so a table of millions of cells shows at once instead of being formatted whole
 * (which {@link ResultsTable#show(String)} does). The last rows asked for are kept, since the
 * panel asks once per painted cell. Any change the panel makes (clear, append, edit, delete)
 * first turns this into the plain list of formatted rows ImageJ expects.
 *
 * <p>A wide table (thousands of ROI columns) needs more: ImageJ's canvas asks for the row once per
 * cell of every column, on screen or not, and finds the cell by scanning the row from its start
 * (quadratic in columns: about a second per repaint at 5 000 columns). The canvas (recognised by
 * the panel method it asks through) therefore gets the row cut to what is on screen, and nothing for
 * the columns off screen, so a repaint costs what the screen shows. Every other caller (copy, save,
 * find) gets whole rows.
 */
final class LazyRows extends Vector<Object> {

    private static final long serialVersionUID = 1L;
    private static final int KEPT_ROWS = 128;
    /** Tables with more columns than this give the canvas rows cut to the screen. */
    static final int WIDE = 64;
    private static final char[] NO_CHARS = new char[0];
    private static final StackWalker WALKER = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE);

    private final transient ResultsTable table;
    private final transient ScreenColumns screen;
    private final transient Map<Integer, char[]> recent = new LruMap<>(KEPT_ROWS);
    private final transient Map<CutRow, char[]> recentOnScreen = new LruMap<>(KEPT_ROWS);
    private boolean lazy = true;
    private int paintedRow = -1;
    private int paintedCallsLeft;
    private int paintedColumn;
    private int[] paintedColumns;
    private char[] paintedChars;

    /** @param screen the columns on screen, or null to give every caller whole rows */
    LazyRows(ResultsTable table, ScreenColumns screen) {
        this.table = table;
        this.screen = screen;
    }

    @Override
    public synchronized int size() {
        return lazy ? table.size() : super.size();
    }

    private void checkRow(int index) {
        if (index < 0 || index >= table.size()) {
            throw new ArrayIndexOutOfBoundsException(index + " >= " + table.size());
        }
    }

    @Override
    public synchronized boolean isEmpty() {
        return size() == 0;
    }

    @Override
    public synchronized Object elementAt(int index) {
        if (!lazy) {
            return super.elementAt(index);
        }
        if (screen != null && table.getLastColumn() > WIDE) {
            if (index == paintedRow && paintedCallsLeft > 0 && Thread.holdsLock(screen.panel())) {
                return nextPaintedCell();
            }
            if (forPainting()) {
                return startPaintedRow(index);
            }
        }
        paintedRow = -1;
        return row(index);
    }

    /**
     * The canvas asks for a row once per column, one column after the other: the stack is looked at on
     * the first of these calls only, and the answer holds for exactly the row's other columns. As the
     * k-th call is for column k, columns off the screen get no characters at all (no scan for them).
     */
    private char[] startPaintedRow(int index) {
        int[] columns = screen.onScreen();
        paintedRow = index;
        paintedCallsLeft = table.getLastColumn();
        paintedColumn = 1;
        paintedColumns = columns == null ? new int[] {0, table.getLastColumn()} : columns;
        paintedChars = columns == null ? row(index) : rowOnScreen(index, columns);
        return paintedChars;
    }

    private char[] nextPaintedCell() {
        int column = paintedColumn++;
        paintedCallsLeft--;
        return column < paintedColumns[0] || column > paintedColumns[1] ? NO_CHARS : paintedChars;
    }

    @Override
    public synchronized Object get(int index) {
        return elementAt(index);
    }

    private char[] row(int index) {
        checkRow(index);
        return recent.computeIfAbsent(index, i -> table.getRowAsString(i).toCharArray());
    }

    /**
     * True when the panel's {@code getChars} asks (the canvas's only way to a row: painting, or measuring
     * columns). That method holds the panel's lock, so the stack is looked at only when the lock is held.
     */
    private boolean forPainting() {
        return Thread.holdsLock(screen.panel()) && WALKER.walk(frames -> frames
                .dropWhile(frame -> frame.getDeclaringClass() == LazyRows.class)
                .findFirst()
                .filter(ImageJInternals::isTextPanelGetChars)
                .isPresent());
    }

    /** Rows cut to the screen kept now (for tests: zero unless the canvas painted this wide table). */
    synchronized int rowsCutToScreen() {
        return recentOnScreen.size();
    }

    /** Cells left of the screen empty, right of it left out. */
    private char[] rowOnScreen(int index, int[] columns) {
        return recentOnScreen.computeIfAbsent(new CutRow(index, columns[0], columns[1]),
                key -> cut(index, columns[0], columns[1]));
    }

    private char[] cut(int index, int first, int last) {
        checkRow(index);
        StringBuilder text = new StringBuilder(first + 12 * (last - first + 1));
        char[] tabs = new char[first];
        Arrays.fill(tabs, '\t');
        text.append(tabs);
        for (int column = first; column <= Math.min(last, table.getLastColumn()); column++) {
            text.append(column > first ? "\t" : "").append(table.getStringValue(column, index));
        }
        return text.toString().toCharArray();
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
        recentOnScreen.clear();
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
            recentOnScreen.clear();
        }
    }

    /** A row cut to columns first..last. */
    private record CutRow(int row, int first, int last) {
    }
}
