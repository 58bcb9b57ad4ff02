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

        Watch watch();

        /** The array set last (by the stack or by ImageJ's slice change). */
        default Object watchedPixels() {
            return watch().pixels;
        }

        /** How many times the array was asked for since it was set. */
        default int pixelRequests() {
            return watch().requests;
        }
    }

    /** What a watched processor knows of its array (HandBack synchronises what it keeps of it). */
    static final class Watch {
        private final HandBack handBack;
        private Object pixels;
        private int requests;

        Watch(HandBack handBack, Object pixels) {
            this.handBack = handBack;
            this.pixels = pixels;
        }

        void asked(Watched processor) {
            requests++;
            handBack.asked(processor);
        }

        void set(Object newPixels) {
            pixels = newPixels;
            requests = 0;
        }
    }

    /** A watched processor over {@code pixels} (short[] or float[]), or null for other arrays. */
    static ImageProcessor of(Object pixels, int width, int height, HandBack handBack) {
        if (pixels instanceof short[] shorts) {
            return new Shorts(width, height, shorts, new Watch(handBack, shorts));
        }
        return pixels instanceof float[] floats ? new Floats(width, height, floats, new Watch(handBack, floats)) : null;
    }

    static final class Shorts extends ShortProcessor implements Watched {
        private final Watch watch;

        Shorts(int width, int height, short[] pixels, Watch watch) {
            super(width, height, pixels, null);
            this.watch = watch;
        }

        @Override
        public Watch watch() {
            return watch;
        }

        @Override
        public Object getPixels() {
            if (watch != null) {
                watch.asked(this);
            }
            return super.getPixels();
        }

        @Override
        public void setPixels(Object pixels) {
            super.setPixels(pixels);
            if (watch != null) { // not set yet if ImageJ's constructor calls this
                watch.set(pixels);
            }
        }
    }

    static final class Floats extends FloatProcessor implements Watched {
        private final Watch watch;

        Floats(int width, int height, float[] pixels, Watch watch) {
            super(width, height, pixels, null);
            this.watch = watch;
        }

        @Override
        public Watch watch() {
            return watch;
        }

        @Override
        public Object getPixels() {
            if (watch != null) {
                watch.asked(this);
            }
            return super.getPixels();
        }

        @Override
        public void setPixels(Object pixels) {
            super.setPixels(pixels);
            if (watch != null) { // not set yet if ImageJ's constructor calls this
                watch.set(pixels);
            }
        }
    }
}
