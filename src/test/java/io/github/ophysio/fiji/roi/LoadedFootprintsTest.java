package io.github.ophysio.fiji.roi;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ophysio.fiji.stack.Progress;
import io.github.ophysio.model.PixelMask;
import io.github.ophysio.model.SyntheticSegmentation;
import ij.ImagePlus;
import ij.gui.Roi;
import ij.io.RoiDecoder;
import ij.io.RoiEncoder;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The registry of loaded footprints: tags that survive cloning, renaming and a RoiSet; edits and lifetime. */
class LoadedFootprintsTest {

    private final SyntheticSegmentation segmentation = SyntheticSegmentation.standard();

    private List<Roi> build() {
        return SegmentationRois.build(segmentation, OutlineRule.DEFAULT, Progress.NONE);
    }

    @Test
    void aLoadedRoiGivesItsMaskThroughCloneRenameAndRoiSet() {
        Roi roi = build().get(1);
        Roi copy = (Roi) roi.clone();
        copy.setName("renamed");
        copy.setPosition(3);
        Roi reopened = RoiDecoder.openFromByteArray(RoiEncoder.saveAsByteArray(copy));
        for (Roi r : List.of(roi, copy, reopened)) {
            LoadedFootprints.Footprint footprint = LoadedFootprints.footprint(r).orElseThrow();
            assertEquals(1, footprint.index());
            assertArrayEquals(segmentation.getFrameShape(), footprint.frame());
            PixelMask mask = LoadedFootprints.weights(r).orElseThrow();
            assertArrayEquals(segmentation.getPixelMask(1).weights(), mask.weights());
            assertArrayEquals(segmentation.getPixelMask(1).rows(), mask.rows());
        }
    }

    @Test
    void eachLoadHasItsOwnId() {
        String first = build().get(0).getProperty(LoadedFootprints.LOAD);
        String second = build().get(0).getProperty(LoadedFootprints.LOAD);
        assertNotEquals(first, second);
        assertEquals(36, first.length(), "a UUID: a RoiSet of another session never names a load of this one");
    }

    @Test
    void aMovedOrReshapedRoiHasNoWeights() {
        List<Roi> rois = build();
        Roi moved = rois.get(0);
        moved.setLocation(moved.getXBase() + 2, moved.getYBase());
        assertTrue(LoadedFootprints.isEdited(moved));
        assertEquals(Optional.empty(), LoadedFootprints.weights(moved));
        Roi reshaped = rois.get(1);
        reshaped.setStrokeColor(java.awt.Color.RED);
        assertFalse(LoadedFootprints.isEdited(reshaped), "colour is no edit");
    }

    @Test
    void drawnRoisAndForgottenLoadsHaveNoWeights() {
        assertEquals(Optional.empty(), LoadedFootprints.weights(new Roi(1, 1, 3, 3)));
        Roi roi = build().get(0);
        LoadedFootprints.forget(roi.getProperty(LoadedFootprints.LOAD));
        assertEquals(Optional.empty(), LoadedFootprints.weights(roi));
        Roi foreign = new Roi(1, 1, 3, 3);
        LoadedFootprints.tag(foreign, "no-such-load", 0);
        assertEquals(Optional.empty(), LoadedFootprints.weights(foreign));
    }

    @Test
    void aLoadLivesWhileItsRoisAreInUseOrItsImagesOpen() {
        Roi inManager = build().get(0);
        String used = inManager.getProperty(LoadedFootprints.LOAD);
        String unused = build().get(0).getProperty(LoadedFootprints.LOAD);
        String closedImage = build().get(0).getProperty(LoadedFootprints.LOAD);
        LoadedFootprints.keepWhileOpen(closedImage, List.of(new ImagePlus()));
        String current = build().get(0).getProperty(LoadedFootprints.LOAD);
        LoadedFootprints.releaseUnused(List.of((Roi) inManager.clone()), current);
        assertTrue(LoadedFootprints.isRegistered(used));
        assertTrue(LoadedFootprints.isRegistered(current));
        assertFalse(LoadedFootprints.isRegistered(unused));
        assertFalse(LoadedFootprints.isRegistered(closedImage), "an image never shown is not open");
    }
}
