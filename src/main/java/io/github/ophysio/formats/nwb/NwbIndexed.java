package io.github.ophysio.formats.nwb;

import io.github.ophysio.io.hdf5.Hdf5Flat;
import io.github.ophysio.error.CorruptFileException;
import io.github.ophysio.error.UnsupportedFormatException;
import io.github.ophysio.formats.OpenOptions;
import io.github.ophysio.io.AxisMap;
import io.github.ophysio.io.hdf5.Hdf5Array;
import io.github.ophysio.io.hdf5.Hdf5Attributes;
import io.github.ophysio.io.hdf5.Hdf5Nodes;
import io.github.ophysio.model.ImagingExtractor;
import io.jhdf.api.Dataset;
import io.jhdf.api.Group;
import io.jhdf.api.Node;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An IndexSeries: the frames of its {@code indexed_timeseries}, or the images of its
 * {@code indexed_images} group in {@code order_of_images} order, that its data indices name, on the
 * IndexSeries' own time base. Pixel values (unit, conversion, offset) are the target's.
 */
final class NwbIndexed {

    /** The indices and what they index ("frames" or "images" of {@code target}), for the check on opening. */
    record Indexing(long[] indices, String target, String what) {
    }

    private NwbIndexed() {
    }

    static NwbSeriesParts.Found find(Path path, NwbSeries.Found series, OpenOptions options, boolean xIsRow, NwbTime time,
            Map<String, Object> metadata) {
        long[] indices = Arrays.stream(Hdf5Flat.doubles(NwbSeriesParts.data(path, series))).mapToLong(v -> (long) v)
                .toArray();
        Group group = series.group();
        if (group.getChildren().containsKey("indexed_images")) {
            Group images = Hdf5Nodes.group(path, group, "indexed_images").orElseThrow(() -> new CorruptFileException(
                    path, "IndexSeries " + series.path() + "/indexed_images: expected a link to an Images group"));
            metadata.put("indexedImages", NwbSeries.pathOf(images));
            return overImages(path, images, options, xIsRow, time, metadata)
                    .indexed(new Indexing(indices, NwbSeries.pathOf(images), "images"));
        }
        NwbSeries.Found target = timeseries(path, series);
        metadata.put("indexedSeries", target.path());
        NwbFacts.dataAttributes(path, target.group(), metadata);
        return NwbSeriesParts.frames(path, target, options, xIsRow, time, metadata)
                .indexed(new Indexing(indices, target.path(), "frames"));
    }

    private static NwbSeries.Found timeseries(Path path, NwbSeries.Found series) {
        Optional<Group> target = Hdf5Nodes.group(path, series.group(), "indexed_timeseries");
        if (target.isEmpty()) {
            throw new CorruptFileException(path, "IndexSeries " + series.path() + ": expected an indexed_timeseries"
                    + " or indexed_images link, found neither");
        }
        String type = Hdf5Attributes.text(target.get(), "neurodata_type").orElse("");
        if (!NwbSeries.SERIES_TYPES.contains(type) || type.equals(NwbSeries.INDEX_SERIES)) {
            throw new UnsupportedFormatException(path, "IndexSeries " + series.path() + " indexes a " + type
                    + ", not an image series");
        }
        return new NwbSeries.Found(target.get(), type);
    }

    /** The group's images in order_of_images order, one frame each, all of one shape and type. */
    private static NwbSeriesParts.Found overImages(Path path, Group group, OpenOptions options, boolean xIsRow,
            NwbTime time, Map<String, Object> metadata) {
        List<Dataset> images = ordered(path, group);
        List<Hdf5Array> arrays = new ArrayList<>();
        for (Dataset image : images) {
            arrays.add(sameAsFirst(path, arrays, Hdf5Array.of(path, image)));
        }
        String type = Hdf5Attributes.text(images.get(0), "neurodata_type").orElse("GrayscaleImage");
        AxisMap map = NwbSeriesParts.stillAxes(path, arrays.get(0), type, options, xIsRow);
        metadata.put("dataShape", arrays.get(0).shape());
        metadata.put(OpenOptions.AXES, map.axes());
        metadata.put("unit", "n.a.");
        metadata.put("conversion", 1.0);
        metadata.put("offset", 0.0);
        return new NwbSeriesParts.Found(channel -> ImagingExtractor.concatenate(arrays.stream()
                .map(a -> a.open(map, channel)).toList()), NwbSeriesParts.stillChannels(arrays.get(0).shape()), null, time,
                NwbFacts.imagePixelSize(images.get(0)), metadata);
    }

    /** {@code array}, when it has the shape and type of the first of {@code arrays} (a stack needs one of each). */
    private static Hdf5Array sameAsFirst(Path path, List<Hdf5Array> arrays, Hdf5Array array) {
        Hdf5Array first = arrays.isEmpty() ? array : arrays.get(0);
        if (!Arrays.equals(array.shape(), first.shape()) || array.type() != first.type()) {
            throw new UnsupportedFormatException(path, "image " + array.path() + " is " + array.type().numpyName() + " "
                    + Hdf5Array.tuple(array.shape()) + ", " + first.path() + " is " + first.type().numpyName() + " "
                    + Hdf5Array.tuple(first.shape()) + "; an IndexSeries shows images of one shape and type");
        }
        return array;
    }

    /** The datasets order_of_images refers to (object references: addresses), in its order. */
    private static List<Dataset> ordered(Path path, Group group) {
        String where = NwbSeries.pathOf(group);
        Dataset order = Hdf5Nodes.dataset(path, group, "order_of_images").orElseThrow(() -> new CorruptFileException(
                path, where + ": expected order_of_images (the Images an IndexSeries indexes are ordered), found none"));
        Object addresses = order.getDataFlat();
        if (!(addresses instanceof long[] refs) || refs.length == 0) {
            throw new CorruptFileException(path, where + "/order_of_images: expected object references to images,"
                    + " found " + (addresses instanceof long[] ? "none" : addresses.getClass().getSimpleName()));
        }
        List<Dataset> images = new ArrayList<>();
        for (int i = 0; i < refs.length; i++) {
            images.add(image(path, group, refs[i], where + "/order_of_images[" + i + "]"));
        }
        return images;
    }

    private static Dataset image(Path path, Group group, long address, String where) {
        for (String name : group.getChildren().keySet()) {
            Optional<Node> node = Hdf5Nodes.child(path, group, name);
            if (node.isPresent() && node.get().getAddress() == address && node.get() instanceof Dataset image) {
                return image;
            }
        }
        throw new CorruptFileException(path, where + ": expected a reference to an image of the group, found address "
                + address);
    }
}
