package io.github.ophysio.fiji.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ij.ImagePlus;
import java.io.File;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.scijava.Context;
import org.scijava.command.CommandModule;
import org.scijava.command.CommandService;

/** The SciJava command runs headless through CommandService, as scripts call it. */
class OpenRecordingCommandTest {

    @Test
    void scriptsOpenARecordingThroughCommandService() throws Exception {
        try (Context context = new Context(CommandService.class)) {
            File file = new File("src/test/resources/fixtures/npy/uint16_le_c_v10_5x7x9x3.npy");
            CommandModule module = context.getService(CommandService.class).run(OpenRecordingCommand.class, true,
                    Map.of("path", file, "fs", "15", "fourthAxis", "planes")).get();
            ImagePlus image = (ImagePlus) module.getOutput("image");
            assertTrue(image.getStack().isVirtual());
            assertEquals(3, image.getNSlices());
            assertEquals(5, image.getNFrames());
            assertEquals(1 / 15.0, image.getCalibration().frameInterval, 1e-12);
        }
    }

    @Test
    void optionTextIsKeyValuePairs() {
        assertEquals(Map.of("rows", "4", "cols", "5"), RawOptionText.parse(" rows=4  cols=5 "));
        assertEquals(Map.of(), RawOptionText.parse(""));
    }
}
