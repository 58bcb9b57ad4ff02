package io.github.ophysio.formats.scanimage;

/**
 * Which page of the acquisition holds (sample, plane) of one channel. Pages run channel fastest,
 * then frame of the slice, then plane; each volume is {@code withFlyback} frames per channel of which
 * the first {@code imaging} are planes × frames per slice and the rest flyback, never read. A volume
 * whose imaging frames are not all stored is dropped (an incomplete last volume), as is an incomplete
 * last frame of the channels.
 *
 * @param channels     saved channels, interleaved page by page
 * @param planes       planes of a volume (1 for planar data)
 * @param perSlice     frames per slice (1 for planar data)
 * @param withFlyback  frames per volume, flyback included (= planes · perSlice without flyback)
 * @param channel      the channel read
 * @param sliceSample  the frame of each slice kept, or -1 to keep every frame as a sample
 * @param plane        the one plane read as a planar series, or -1 for all planes
 */
record PageMap(int channels, int planes, int perSlice, int withFlyback, int channel, int sliceSample, int plane) {

    static PageMap planar(int channels, int channel) {
        return new PageMap(channels, 1, 1, 1, channel, -1, -1);
    }

    boolean volume() {
        return planes > 1 || withFlyback > 1;
    }

    /** Planes of each sample as read (1 when one plane is picked). */
    int outputPlanes() {
        return plane >= 0 ? 1 : planes;
    }

    /** Samples in {@code pages} stored pages. */
    long samples(long pages) {
        if (!volume()) {
            return pages / channels;
        }
        long imaging = (long) channels * planes * perSlice;
        long volumes = pages < imaging ? 0 : (pages - imaging) / ((long) channels * withFlyback) + 1;
        return sliceSample >= 0 ? volumes : volumes * perSlice;
    }

    /** The page of {@code sample}'s plane {@code outputPlane}. */
    long page(long sample, int outputPlane) {
        if (!volume()) {
            return sample * channels + channel;
        }
        long v = sliceSample >= 0 ? sample : sample / perSlice;
        int k = sliceSample >= 0 ? sliceSample : (int) (sample % perSlice);
        int z = plane >= 0 ? plane : outputPlane;
        return (v * withFlyback + (long) z * perSlice + k) * channels + channel;
    }

    /** The page whose time is the sample's: its last plane's (the picked plane's with {@code plane}). */
    long timePage(long sample) {
        return page(sample, outputPlanes() - 1);
    }
}
