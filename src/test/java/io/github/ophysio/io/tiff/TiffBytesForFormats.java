package io.github.ophysio.io.tiff;

/** A plain two-page BigTIFF (no vendor metadata) for the format packages' tests. */
public final class TiffBytesForFormats {

    public byte[] bytes() {
        return new TiffBytes().pages(2, "plain page #").bytes();
    }
}
