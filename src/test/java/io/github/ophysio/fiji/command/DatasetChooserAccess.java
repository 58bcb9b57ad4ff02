package io.github.ophysio.fiji.command;

/** Test access to the package-private chooser parsing. */
public final class DatasetChooserAccess {

    private DatasetChooserAccess() {
    }

    public static String path(String description) {
        return DatasetChoices.path(description);
    }
}
