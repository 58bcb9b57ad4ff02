package io.github.ophysio.fiji.command;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ij.Macro;
import ij.plugin.frame.Recorder;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A chooser's pick is recorded as the first dialog's key: before, the chooser recorded a second
 * {@code dataset=} (ImageJ: "Duplicate keyword") holding the choice's description, not its path.
 */
class ChooserRecordingTest {

    @AfterEach
    void forget() {
        Recorder.resetCommandOptions();
    }

    @Test
    void theChoiceReplacesTheFirstDialogsEmptyValueInPlace() {
        Recorder.resetCommandOptions();
        Recorder.recordOption("path", "/data/my movies/stills.nwb");
        Recorder.recordOption("format", "auto");
        Recorder.recordOption("dataset", "[]");
        Recorder.recordOption("fs", "30");
        ChooserRecording.choose(List.of("path", "format", "fs", "dataset", "series"), "dataset",
                "/processing/ophys/Backgrounds_0/mean image");
        String recorded = Recorder.getCommandOptions();
        assertEquals("path=[/data/my movies/stills.nwb] format=auto fs=30 dataset=[/processing/ophys/Backgrounds_0/mean"
                + " image]", recorded.trim());
        assertEquals("/processing/ophys/Backgrounds_0/mean image", Macro.getValue(recorded, "dataset", null));
        assertEquals("/data/my movies/stills.nwb", Macro.getValue(recorded, "path", null));
    }

    @Test
    void theRecordedDatasetIsTheCandidatesPathNotItsDescription() {
        assertEquals("/group/b", DatasetChoices.path("/group/b (7, 7, 9) int32 chunked (2, 7, 9) lzf"));
    }

    @Test
    void nothingRecordedNothingChanged() {
        Recorder.resetCommandOptions();
        ChooserRecording.choose(List.of("plane"), "plane", "plane1");
        assertEquals(null, Recorder.getCommandOptions());
    }
}
