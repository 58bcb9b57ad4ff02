package io.github.ophysio.fiji;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ophysio.testing.SyntheticSegmentationFormat;
import ij.IJ;
import ij.WindowManager;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16, titles: every image a segmentation load makes starts with the file's name; the trace
 * tables are named by kind ("Ophys raw traces"), as macros find them with {@code Table.get}.
 */
class LoadTitlesGuiTest {

    @TempDir
    Path dir;

    @BeforeEach
    void startImageJ() {
        GuiSession.start();
    }

    @AfterEach
    void noDialogWasLeftOpen() {
        GuiSession.assertNoDialogWasLeftOpen();
    }

    @Test
    void everyImageOfALoadCarriesTheFileNameAndTablesTheirKind() throws Exception {
        Path file = SyntheticSegmentationFormat.file(dir);
        IJ.runMacro("run(\"Ophys Segmentation...\", \"path=[" + file + "] traces=all images=all footprints=true\");");
        List<String> images = Stream.of(WindowManager.getImageTitles()).toList();
        assertTrue(images.size() >= 3, images + " " + IJ.getLog());
        images.forEach(title -> assertTrue(title.startsWith("cells.synthseg "), title));
        Set<String> tables = new TreeSet<>(Stream.of(WindowManager.getNonImageTitles())
                .filter(title -> title.contains("traces")).toList());
        assertEquals(Set.of("Ophys deconvolved traces", "Ophys dff traces", "Ophys raw traces"), tables);
        GuiSession.screenshot("load_titles");
    }
}
