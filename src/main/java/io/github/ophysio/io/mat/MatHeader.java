package io.github.ophysio.io.mat;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The 128-byte header every MAT file since v5 starts with: 116 bytes of text, the subsystem
 * offset, a version word and the endian mark "IM" (little-endian) or "MI" (big-endian).
 * 0x0100 is a level-5 file (v5, v6, v7); 0x0200 is v7.3, an HDF5 file behind a 512-byte user block.
 */
public final class MatHeader {

    /** The two file layouts. */
    public enum Version {
        V5("5"), V73("7.3");

        private final String text;

        Version(String text) {
            this.text = text;
        }

        /** "5" or "7.3", as the metadata and messages say it. */
        public String text() {
            return text;
        }
    }

    static final int SIZE = 128;
    private static final String V5_TEXT = "MATLAB 5.0 MAT-file";
    private static final String V73_TEXT = "MATLAB 7.3 MAT-file";

    private MatHeader() {
    }

    /** The version the first bytes of a file state, if they are a MAT header at all. */
    public static Optional<Version> version(byte[] head) {
        if (head.length < SIZE) {
            return Optional.empty();
        }
        String text = new String(head, 0, V5_TEXT.length(), StandardCharsets.ISO_8859_1);
        if (text.equals(V73_TEXT)) {
            return Optional.of(Version.V73);
        }
        if (text.equals(V5_TEXT)) {
            return Optional.of(Version.V5);
        }
        return versionWord(head);
    }

    /** Writers other than MATLAB (Octave, scipy) may change the text, never the version word. */
    private static Optional<Version> versionWord(byte[] head) {
        boolean little = head[126] == 'I' && head[127] == 'M';
        boolean big = head[126] == 'M' && head[127] == 'I';
        if (!little && !big || head[0] == 0 || head[1] == 0 || head[2] == 0 || head[3] == 0) {
            return Optional.empty();
        }
        int word = little ? (head[125] & 0xff) << 8 | head[124] & 0xff : (head[124] & 0xff) << 8 | head[125] & 0xff;
        return word == 0x0100 ? Optional.of(Version.V5) : word == 0x0200 ? Optional.of(Version.V73) : Optional.empty();
    }
}
