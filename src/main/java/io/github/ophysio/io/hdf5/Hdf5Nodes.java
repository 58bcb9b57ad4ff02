package io.github.ophysio.io.hdf5;

import io.github.ophysio.error.MissingFileException;
import io.jhdf.api.Dataset;
import io.jhdf.api.Group;
import io.jhdf.api.Link;
import io.jhdf.api.Node;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Child lookup that follows soft and external links, and a dataset's value as a plain Java value
 * (numbers as flat arrays: {@link Hdf5Flat}).
 */
public final class Hdf5Nodes {

    private Hdf5Nodes() {
    }

    /**
     * The child {@code name} of {@code group} with links followed, if present; a link whose
     * target is gone is a "missing" error naming the link and its target.
     */
    public static Optional<Node> child(Path file, Group group, String name) {
        Node node = group.getChildren().get(name);
        for (int hops = 0; node instanceof Link link && hops < 16; hops++) {
            node = target(file, group, name, link);
        }
        return Optional.ofNullable(node);
    }

    /** The child dataset {@code name}, links followed, if present and a dataset. */
    public static Optional<Dataset> dataset(Path file, Group group, String name) {
        return child(file, group, name).filter(Dataset.class::isInstance).map(Dataset.class::cast);
    }

    /** The child group {@code name}, links followed, if present and a group. */
    public static Optional<Group> group(Path file, Group group, String name) {
        return child(file, group, name).filter(Group.class::isInstance).map(Group.class::cast);
    }

    /** A dataset's whole value as a JSON-like value (see {@link Hdf5Attributes#plain}). */
    public static Object value(Dataset dataset) {
        return Hdf5Attributes.plain(dataset.isEmpty() ? null : dataset.getData());
    }

    private static Node target(Path file, Group group, String name, Link link) {
        String where = group.getPath() + (group.getPath().endsWith("/") ? "" : "/") + name;
        try {
            if (link.isBrokenLink()) {
                throw broken(file, where, link, null);
            }
            return link.getTarget();
        } catch (MissingFileException e) {
            throw e;
        } catch (RuntimeException e) {
            throw broken(file, where, link, e);
        }
    }

    private static MissingFileException broken(Path file, String where, Link link, RuntimeException cause) {
        return new MissingFileException(file, where + " is a broken link to " + link.getTargetPath()
                + (cause == null ? "" : " (" + Hdf5Files.describe(cause) + ")"), cause);
    }
}
