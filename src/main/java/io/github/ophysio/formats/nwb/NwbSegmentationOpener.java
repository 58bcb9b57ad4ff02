package io.github.ophysio.formats.nwb;

import io.github.ophysio.error.CorruptFileException;
import io.github.ophysio.formats.OpenOptions;
import io.github.ophysio.io.hdf5.Hdf5Attributes;
import io.github.ophysio.io.hdf5.Hdf5Files;
import io.github.ophysio.model.RoiProperty;
import io.github.ophysio.model.StoredSegmentation;
import io.github.ophysio.model.TraceSource;
import io.jhdf.HdfFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/** Reads one PlaneSegmentation, its traces and images while the file is open, then closes it. */
final class NwbSegmentationOpener {

    private NwbSegmentationOpener() {
    }

    static StoredSegmentation open(Path path, OpenOptions options) {
        NwbOrientation orientation = NwbOrientation.of(options);
        OptionalDouble userFs = options.samplingFrequency();
        return Hdf5Files.read(path, file -> read(path, file, options, orientation, userFs));
    }

    private static StoredSegmentation read(Path path, HdfFile file, OpenOptions options, NwbOrientation orientation,
            OptionalDouble userFs) {
        List<NwbPlanes.Plane> planes = NwbPlanes.all(file);
        NwbPlanes.Plane plane = NwbPlanes.choose(path, file, options.get(OpenOptions.PLANE));
        List<Object> ids = ids(path, plane);
        NwbMasks masks = NwbMasks.read(path, plane.table(), ids.size(), orientation,
                () -> NwbSummaryImages.planeSize(path, file, plane, orientation.imageXIsRow()));
        Map<String, Object> metadata = metadata(file, plane, planes, masks, orientation);
        List<String> skipped = new ArrayList<>();
        List<RoiProperty> properties = new ArrayList<>(NwbColumns.read(path, plane.table(), ids.size(), skipped));
        if (masks.z() != null && properties.stream().noneMatch(p -> p.name().equals("z"))) {
            properties.add(masks.z());
        }
        List<String> unused = new ArrayList<>();
        NwbTraces traces = NwbTraces.of(path, plane, ids.size(), planes.size() == 1, unused);
        List<String> otherImages = new ArrayList<>();
        Map<String, float[]> images = NwbSummaryImages.read(path, plane.module(), masks.frame(),
                orientation.imageXIsRow(), otherImages);
        double[] times = traces.time().times(path, "traces of " + plane.path(), traces.samples());
        OptionalDouble fs = userFs.isPresent() ? userFs : traces.time().samplingFrequency();
        metadata.put("traceSeries", traces.describe());
        putIfAny(metadata, "unusedSeries", unused);
        putIfAny(metadata, "skippedColumns", skipped);
        putIfAny(metadata, "imagesOfOtherShape", otherImages);
        return StoredSegmentation.builder(path).ids(ids).frame(masks.frame()).masks(masks.masks())
                .samples(traces.samples()).samplingFrequency(fs).nativeTimes(times)
                .traces(TraceSource.of(traces.kinds(), traces::read)).properties(properties).images(images)
                .metadata(metadata).build();
    }

    /** The table's ids (Integers where they fit), checked to be unique. */
    private static List<Object> ids(Path path, NwbPlanes.Plane plane) {
        List<Object> ids = new ArrayList<>();
        for (long id : NwbTable.ids(path, plane.table())) {
            ids.add(id == (int) id ? (Object) (int) id : (Object) id);
        }
        if (new HashSet<>(ids).size() != ids.size()) {
            throw new CorruptFileException(path, plane.path() + "/id: expected unique ROI ids, found repeats in " + ids);
        }
        return List.copyOf(ids);
    }

    private static Map<String, Object> metadata(HdfFile file, NwbPlanes.Plane plane, List<NwbPlanes.Plane> planes,
            NwbMasks masks, NwbOrientation orientation) {
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("planeSegmentation", plane.path());
        metadata.put("planes", planes.stream().map(NwbPlanes.Plane::path).toList());
        metadata.put("nwbVersion", Hdf5Attributes.value(file, "nwb_version"));
        Object description = Hdf5Attributes.value(plane.table(), "description");
        if (description != null) {
            metadata.put("description", description);
        }
        metadata.put("masks", masks.column().substring(masks.column().lastIndexOf('/') + 1));
        metadata.put("frameShapeFrom", masks.frameSource());
        metadata.put("nwbX", orientation.describe());
        return metadata;
    }

    private static void putIfAny(Map<String, Object> metadata, String key, List<String> values) {
        if (!values.isEmpty()) {
            metadata.put(key, List.copyOf(values));
        }
    }
}
