package io.github.ophysio.formats.nwb;

import io.github.ophysio.error.CorruptFileException;
import io.github.ophysio.io.hdf5.Hdf5Array;
import io.github.ophysio.io.hdf5.Hdf5Attributes;
import io.github.ophysio.io.hdf5.Hdf5Types;
import io.github.ophysio.model.RoiProperty;
import io.jhdf.api.Dataset;
import io.jhdf.api.Group;
import io.jhdf.api.Node;
import io.jhdf.object.datatype.EnumDataType;
import java.lang.reflect.Array;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every column of a PlaneSegmentation other than {@code id} and the masks, as a typed property with
 * its {@code description}: numbers, strings, booleans (h5py writes bool as an enum FALSE/TRUE), a
 * list per ROI for (N, k) columns and ragged ones (flattened per ROI through their index).
 * Columns of other types (compound, references) are not properties; their paths go to {@code skipped}.
 */
final class NwbColumns {

    private NwbColumns() {
    }

    static List<RoiProperty> read(Path path, Group table, int rows, List<String> skipped) {
        List<RoiProperty> properties = new ArrayList<>();
        for (String name : names(table)) {
            Node node = table.getChildren().get(name);
            if (!(node instanceof Dataset column) || node.isLink()) {
                continue;
            }
            if (!readable(column)) {
                skipped.add(column.getPath() + " (" + Hdf5Types.name(column.getDataType()) + ")");
                continue;
            }
            properties.add(new RoiProperty(name, NwbTable.description(column), values(path, table, column, rows)));
        }
        return properties;
    }

    /** Column names: {@code colnames} order first, then other datasets; never id, masks or index datasets. */
    private static Set<String> names(Group table) {
        Set<String> names = new LinkedHashSet<>();
        Object listed = Hdf5Attributes.value(table, "colnames");
        if (listed instanceof List<?> list) {
            list.forEach(n -> names.add(String.valueOf(n)));
        } else if (listed instanceof String one) {
            names.add(one);
        }
        table.getChildren().keySet().stream().sorted().forEach(names::add);
        names.removeIf(n -> n.equals("id") || n.endsWith(NwbTable.INDEX) || NwbMasks.COLUMNS.contains(n));
        return names;
    }

    private static boolean readable(Dataset column) {
        return !column.isCompound() && (Hdf5Types.pixelType(column.getDataType()).isPresent()
                || column.getJavaType() == String.class || column.getDataType() instanceof EnumDataType);
    }

    private static List<Object> values(Path path, Group table, Dataset column, int rows) {
        Object data = column.isEmpty() ? new Object[0] : column.getData();
        boolean bool = column.getDataType() instanceof EnumDataType;
        if (column.isScalar()) {
            data = new Object[] {data};
        }
        List<Object> elements = new ArrayList<>(Array.getLength(data));
        for (int i = 0; i < Array.getLength(data); i++) {
            elements.add(plain(Array.get(data, i), bool));
        }
        if (!NwbTable.ragged(path, table, column.getName())) {
            if (elements.size() != rows) {
                throw CorruptFileException.expected(path, column.getPath() + " length", rows + " (one value per ROI)",
                        elements.size() + " (shape " + Hdf5Array.tuple(column.getDimensionsAsLong()) + ")");
            }
            return elements;
        }
        long[] ends = NwbTable.ends(path, table, column.getName(), rows, elements.size());
        List<Object> perRoi = new ArrayList<>(rows);
        for (int i = 0; i < rows; i++) {
            perRoi.add(List.copyOf(elements.subList((int) NwbTable.start(ends, i), (int) ends[i])));
        }
        return perRoi;
    }

    /** A stored element as a property value: Number, Boolean, String, or a List of those. */
    private static Object plain(Object value, boolean bool) {
        if (value != null && value.getClass().isArray()) {
            List<Object> list = new ArrayList<>();
            for (int i = 0; i < Array.getLength(value); i++) {
                list.add(plain(Array.get(value, i), bool));
            }
            return list;
        }
        if (bool && value instanceof String word && (word.equals("TRUE") || word.equals("FALSE"))) {
            return word.equals("TRUE");
        }
        if (value instanceof Float f) {
            return f.doubleValue();
        }
        if (value instanceof Byte || value instanceof Short) {
            return ((Number) value).intValue();
        }
        return value instanceof Map<?, ?> ? String.valueOf(value) : value;
    }
}
