package io.github.ophysio.fiji.command;

/**
 * The recording dialog lists the datasets or series of a file that holds several, each described as
 * "PATH shape type…" (by the reader) so the user sees what each is; {@code dataset=} takes the path.
 */
final class DatasetChoices {

    private DatasetChoices() {
    }

    /**
     * Candidates are described as "PATH (details…)": the path is what comes before " (", so a path with
     * spaces ({@code /processing/ophys/Backgrounds_0/mean image}) stays whole.
     */
    static String path(String description) {
        int details = description.indexOf(" (");
        return details < 0 ? description : description.substring(0, details);
    }
}
