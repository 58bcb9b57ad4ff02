package io.github.ophysio.fiji.stack;

import ij.process.FloatProcessor;
import ij.process.ImageProcessor;
import ij.process.ShortProcessor;

/**
 * Processors for the slices of a virtual stack that count who asks for their pixel array. The one
 * an image keeps as its processor tells the stack, when ImageJ changes slice, whether anything but
 * ImageJ's own slice change asked for the array since it was set: if not, nobody else can hold it
 * and the stack may read the next plane into it ({@link HandBack}). Only 16-bit and float slices
 * are watched: an 8-bit processor lends its array to AWT images without being asked.
 */
final class WatchedProcessors {

    private WatchedProcessors() {
    }

    /** A processor whose pixel array is watched. */
    interface Watched {

        /** The array set last (by the stack or by ImageJ's slice change). */
        Object watchedPixels();

        /** How many times the array was asked for since it was set. */
        int pixelRequests();
    }

    /** A watched processor over {@code pixels} (short[] or float[]), or null for other arrays. */
    static ImageProcessor of(Object pixels, int width, int height, HandBack handBack) {
        if (pixels instanceof short[] shorts) {
            return new Shorts(width, height, shorts, handBack);
        }
        return pixels instanceof float[] floats ? new Floats(width, height, floats, handBack) : null;
    }

    static final class Shorts extends ShortProcessor implements Watched {
        private final HandBack handBack;
        private Object watched;
        private int requests;

        Shorts(int width, int height, short[] pixels, HandBack handBack) {
            super(width, height, pixels, null);
            this.handBack = handBack;
            this.watched = pixels;
        }

        @Override
        public Object getPixels() {
            requests++;
            handBack.asked(this);
            return super.getPixels();
        }

        @Override
        public void setPixels(Object pixels) {
            super.setPixels(pixels);
            watched = pixels;
            requests = 0;
        }

        @Override
        public Object watchedPixels() {
            return watched;
        }

        @Override
        public int pixelRequests() {
            return requests;
        }
    }

    static final class Floats extends FloatProcessor implements Watched {
        private final HandBack handBack;
        private Object watched;
        private int requests;

        Floats(int width, int height, float[] pixels, HandBack handBack) {
            super(width, height, pixels, null);
            this.handBack = handBack;
            this.watched = pixels;
        }

        @Override
        public Object getPixels() {
            requests++;
            handBack.asked(this);
            return super.getPixels();
        }

        @Override
        public void setPixels(Object pixels) {
            super.setPixels(pixels);
            watched = pixels;
            requests = 0;
        }

        @Override
        public Object watchedPixels() {
            return watched;
        }

        @Override
        public int pixelRequests() {
            return requests;
        }
    }
}
