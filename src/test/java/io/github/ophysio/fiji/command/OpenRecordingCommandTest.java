package io.github.ophysio.fiji.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ophysio.formats.OptionSpec;
import io.github.ophysio.formats.OptionTable;
import ij.ImagePlus;
import java.io.File;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.List;
import java.util.TreeSet;
import net.imglib2.RandomAccess;
import net.imglib2.img.Img;
import net.imglib2.type.numeric.RealType;
import org.junit.jupiter.api.Test;
import org.scijava.Context;
import org.scijava.command.CommandInfo;
import org.scijava.command.CommandModule;
import org.scijava.command.CommandService;
import org.scijava.module.ModuleItem;

/** The SciJava commands run headless through CommandService, as scripts call them, with every option. */
class OpenRecordingCommandTest {

    private static final String FIXTURES = "src/test/resources/fixtures/";

    @Test
    void scriptsOpenARecordingThroughCommandService() throws Exception {
        CommandModule module = run(Map.of("path", new File(FIXTURES + "npy/uint16_le_c_v10_5x7x9x3.npy"), "fs", "15",
                "fourthAxis", "planes"));
        ImagePlus image = (ImagePlus) module.getOutput("image");
        assertTrue(image.getStack().isVirtual());
        assertEquals(3, image.getNSlices());
        assertEquals(5, image.getNFrames());
        assertEquals(1 / 15.0, image.getCalibration().frameInterval, 1e-12);
    }

    @Test
    void theLazyImgIsXyztAndReadsWhatTheImageShows() throws Exception {
        CommandModule module = run(Map.of("path", new File(FIXTURES + "npy/uint16_le_c_v10_5x7x9x3.npy"),
                "fourthAxis", "planes"));
        ImagePlus image = (ImagePlus) module.getOutput("image");
        Img<?> img = assertInstanceOf(Img.class, module.getOutput("img"));
        assertEquals(4, img.numDimensions());
        assertEquals(9, img.dimension(0), "X = cols");
        assertEquals(7, img.dimension(1), "Y = rows");
        assertEquals(3, img.dimension(2), "Z = planes");
        assertEquals(5, img.dimension(3), "T = samples");
        RandomAccess<?> at = img.randomAccess();
        at.setPosition(new long[] {8, 6, 2, 4});
        image.setPosition(1, 3, 5);
        assertEquals(image.getProcessor().getPixelValue(8, 6), ((RealType<?>) at.get()).getRealDouble(), 0);
    }

    @Test
    void datasetReachesScripts() throws Exception {
        CommandModule module = run(Map.of("path", new File(FIXTURES + "hdf5/several_candidates.h5"), "dataset",
                "group/b"));
        ImagePlus image = (ImagePlus) module.getOutput("image");
        assertEquals("several_candidates.h5 group/b", image.getTitle(), "the title says which dataset is open");
        assertEquals(7, image.getNFrames(), image.getTitle() + " " + java.util.Arrays.toString(image.getDimensions()));
        assertEquals(32, image.getBitDepth(), "int32 shows as float");
    }

    @Test
    void framesReachScriptsAsALazySlice() throws Exception {
        CommandModule module = run(Map.of("path", new File(FIXTURES + "npy/uint16_le_c_v10_5x7x9.npy"), "frames", "3-5"));
        ImagePlus image = (ImagePlus) module.getOutput("image");
        assertEquals(3, image.getNFrames());
        assertEquals((2 * 63 + 4 * 9 + 5) * 61 + 7, image.getProcessor().getPixel(5, 4), "frame 3 first");
        Img<?> img = assertInstanceOf(Img.class, module.getOutput("img"));
        assertEquals(3, img.dimension(3), "the lazy img (X, Y, Z, T) is the slice too");
    }

    @Test
    void rawGeometryReachesScripts() throws Exception {
        Map<String, Object> inputs = new HashMap<>(Map.of("path", new File(FIXTURES + "raw/int16_be_offset37_tyx.bin"),
                "format", "raw", "rows", "7", "cols", "9", "dtype", "int16", "offset", "37", "byteOrder", "big",
                "axes", "tyx"));
        ImagePlus image = (ImagePlus) run(inputs).getOutput("image");
        assertEquals(9, image.getWidth());
        assertEquals(7, image.getHeight());
    }

    @Test
    void eachCommandHasExactlyOneInputPerTableOption() {
        try (Context context = new Context(CommandService.class)) {
            CommandService commands = context.getService(CommandService.class);
            CommandInfo recording = commands.getCommand(OpenRecordingCommand.class);
            assertEquals(expected(OpenRecordingCommand.OPTIONS, "path", "virtual"), names(recording.inputs()));
            assertNotNull(recording.getOutput("img"));
            assertNotNull(recording.getOutput("image"));
            CommandInfo segmentation = commands.getCommand(OpenSegmentationCommand.class);
            assertEquals(expected(OptionTable.of(OptionSpec.Use.SEGMENTATION), "path", "rois", "traces", "footprints",
                    "images", "outline", "fraction", "append"), names(segmentation.inputs()));
        }
    }

    private static Set<String> expected(List<OptionSpec> specs, String... own) {
        Set<String> names = new TreeSet<>(List.of(own));
        specs.forEach(spec -> names.add(TableInputs.inputName(spec.key())));
        return names;
    }

    private static Set<String> names(Iterable<ModuleItem<?>> items) {
        Set<String> names = new TreeSet<>();
        items.forEach(item -> names.add(item.getName()));
        return names;
    }

    private static CommandModule run(Map<String, Object> inputs) throws Exception {
        try (Context context = new Context(CommandService.class)) {
            return context.getService(CommandService.class).run(OpenRecordingCommand.class, true, inputs).get();
        }
    }
}
