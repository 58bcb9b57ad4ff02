package io.github.ophysio.fiji;

import ij.gui.Roi;
import ij.measure.ResultsTable;
import ij.text.TextPanel;
import java.awt.Component;
import java.awt.Font;
import java.lang.reflect.AccessibleObject;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Vector;

/**
 * The one place that reaches into ImageJ 1.x past its public API (built against ImageJ 1.54p; guarded
 * by {@code ImageJInternalsTest}, listed with the reasons in docs/design.md "Library internals we rely
 * on"). Each member is looked up once, by name and type. A member this ImageJ lacks (renamed, retyped,
 * closed to reflection) is missing here, and its users fall back to ImageJ's public way, which is slower
 * but right: the setters and readers throw {@link NoSuchFieldException} / {@link NoSuchMethodException},
 * the yes/no answers say no. Only the guard test fails loudly.
 */
public final class ImageJInternals {

    /** One member reached by reflection, for the guard test: "Owner.name", its handle (null when gone), the fallback. */
    record Member(String name, AccessibleObject handle, String fallback) {
    }

    private static final String SHOW = "trace tables are shown by ResultsTable.show (every cell formatted)";
    private static final Field ROI_GROUP = field(Roi.class, "group", int.class);
    private static final Field PANEL_ROWS = field(TextPanel.class, "vData", Vector.class);
    private static final Field PANEL_ROW_COUNT = field(TextPanel.class, "iRowCount", int.class);
    private static final Field PANEL_ROW_HEIGHT = field(TextPanel.class, "iRowHeight", int.class);
    private static final Field PANEL_COLUMN_WIDTHS = field(TextPanel.class, "iColWidth", int[].class);
    private static final Field PANEL_SCROLL_X = field(TextPanel.class, "iX", int.class);
    private static final Method PANEL_ADJUST_V = method(TextPanel.class, "adjustVScroll");
    private static final Method PANEL_ADJUST_H = method(TextPanel.class, "adjustHScroll");
    private static final Method PANEL_GET_CHARS = method(TextPanel.class, "getChars", int.class, int.class);
    private static final Field CANVAS_FONT = field(textCanvas(), "fFont", Font.class);
    private static final Field TABLE_TITLE = field(ResultsTable.class, "title", String.class);

    private ImageJInternals() {
    }

    /** Every member reached, with what the plugin does without it. */
    static List<Member> members() {
        String cut = "wide trace tables repaint whole rows (about a second per repaint at 5 000 columns)";
        return List.of(
                new Member("ij.gui.Roi.group (int)", ROI_GROUP, "Roi.setGroup (a LUT lookup and a console line per ROI)"),
                new Member("ij.text.TextPanel.vData (Vector)", PANEL_ROWS, SHOW),
                new Member("ij.text.TextPanel.iRowCount (int)", PANEL_ROW_COUNT, SHOW),
                new Member("ij.text.TextPanel.iRowHeight (int)", PANEL_ROW_HEIGHT, SHOW),
                new Member("ij.text.TextPanel.iColWidth (int[])", PANEL_COLUMN_WIDTHS, SHOW),
                new Member("ij.text.TextPanel.adjustVScroll()", PANEL_ADJUST_V, SHOW),
                new Member("ij.text.TextPanel.adjustHScroll()", PANEL_ADJUST_H, SHOW),
                new Member("ij.text.TextCanvas.fFont (Font)", CANVAS_FONT, SHOW),
                new Member("ij.measure.ResultsTable.title (String)", TABLE_TITLE, SHOW),
                new Member("ij.text.TextPanel.iX (int)", PANEL_SCROLL_X, cut),
                new Member("ij.text.TextPanel.getChars(int, int)", PANEL_GET_CHARS, cut));
    }

    /**
     * Sets the ROI's group without {@code Roi.setGroup}'s colour lookup; false when this ImageJ hides the
     * field (the caller then uses {@code setGroup}).
     */
    public static boolean setRoiGroup(Roi roi, int group) {
        if (ROI_GROUP == null) {
            return false;
        }
        try {
            ROI_GROUP.setInt(roi, group);
            return true;
        } catch (IllegalAccessException e) {
            return false;
        }
    }

    /** The font a TextPanel's canvas paints with ({@code TextCanvas.fFont}). */
    public static Font textCanvasFont(Component canvas) throws ReflectiveOperationException {
        return (Font) require(CANVAS_FONT, "TextCanvas.fFont").get(canvas);
    }

    /** Sets the panel's row height; with it set, the canvas's first paint measures no columns itself. */
    public static void setTextPanelRowHeight(TextPanel panel, int pixels) throws ReflectiveOperationException {
        require(PANEL_ROW_HEIGHT, "TextPanel.iRowHeight").setInt(panel, pixels);
    }

    public static void setTextPanelColumnWidths(TextPanel panel, int[] pixels) throws ReflectiveOperationException {
        require(PANEL_COLUMN_WIDTHS, "TextPanel.iColWidth").set(panel, pixels);
    }

    /** Gives the panel its row list ({@code char[]} per row, tab-separated) and the number of rows. */
    public static void setTextPanelRows(TextPanel panel, Vector<?> rows, int count) throws ReflectiveOperationException {
        require(PANEL_ROWS, "TextPanel.vData").set(panel, rows);
        require(PANEL_ROW_COUNT, "TextPanel.iRowCount").setInt(panel, count);
    }

    /** Sets the title {@code ResultsTable.show} would set (macros and Save As read it). */
    public static void setResultsTableTitle(ResultsTable table, String title) throws ReflectiveOperationException {
        require(TABLE_TITLE, "ResultsTable.title").set(table, title);
    }

    /** Fits the panel's scroll bars to its rows and column widths. */
    public static void adjustTextPanelScrollBars(TextPanel panel) throws ReflectiveOperationException {
        require(PANEL_ADJUST_V, "TextPanel.adjustVScroll").invoke(panel);
        require(PANEL_ADJUST_H, "TextPanel.adjustHScroll").invoke(panel);
    }

    /** True when the panel's horizontal scroll position and column widths can be read. */
    public static boolean readsTextPanelColumns() {
        return PANEL_SCROLL_X != null && PANEL_COLUMN_WIDTHS != null;
    }

    /** The panel's horizontal scroll position in pixels. */
    public static int textPanelScrollX(TextPanel panel) throws ReflectiveOperationException {
        return require(PANEL_SCROLL_X, "TextPanel.iX").getInt(panel);
    }

    /** The panel's column widths in pixels (ImageJ's own array, not a copy: compare it by identity). */
    public static int[] textPanelColumnWidths(TextPanel panel) throws ReflectiveOperationException {
        return (int[]) require(PANEL_COLUMN_WIDTHS, "TextPanel.iColWidth").get(panel);
    }

    /** True for a frame of {@code TextPanel.getChars}, the canvas's only way to a row's characters. */
    public static boolean isTextPanelGetChars(StackWalker.StackFrame frame) {
        return frame.getDeclaringClass() == TextPanel.class && frame.getMethodName().equals("getChars");
    }

    private static <T extends AccessibleObject> T require(T member, String name) throws ReflectiveOperationException {
        if (member == null) {
            throw new NoSuchFieldException(name + " (not in this ImageJ)");
        }
        return member;
    }

    /** The package-private canvas class of a TextPanel, or null. */
    private static Class<?> textCanvas() {
        try {
            return Class.forName("ij.text.TextCanvas", false, TextPanel.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            return null;
        }
    }

    private static Field field(Class<?> owner, String name, Class<?> type) {
        try {
            Field field = owner == null ? null : owner.getDeclaredField(name);
            if (field == null || field.getType() != type) {
                return null;
            }
            field.setAccessible(true);
            return field;
        } catch (NoSuchFieldException | RuntimeException e) {
            return null;
        }
    }

    private static Method method(Class<?> owner, String name, Class<?>... parameters) {
        try {
            Method method = owner.getDeclaredMethod(name, parameters);
            method.setAccessible(true);
            return method;
        } catch (NoSuchMethodException | RuntimeException e) {
            return null;
        }
    }
}
