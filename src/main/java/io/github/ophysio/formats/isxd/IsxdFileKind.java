package io.github.ophysio.formats.isxd;

import io.github.ophysio.error.CorruptFileException;
import io.github.ophysio.error.UnsupportedFormatException;

/** isxcore's DataSet::Type codes, and which of them the movie and cell-set readers open. */
final class IsxdFileKind {

    static final int MOVIE = 0;
    static final int CELL_SET = 1;
    static final int BEHAVIOR = 2;
    static final int GPIO = 3;
    static final int IMAGE = 4;
    static final int EVENTS = 5;
    static final int METRICS = 6;
    static final int IMU = 7;
    static final int VESSEL_SET = 8;
    static final int NVISION_MOVIE = 9;

    private static final String[] NAMES = {"movie", "cell set", "behaviour movie", "GPIO set", "image", "event set",
        "metrics", "IMU set", "vessel set", "nVision movie"};

    private IsxdFileKind() {
    }

    /** "movie", "cell set", ... for a known type code. */
    static String name(int type) {
        return type >= 0 && type < NAMES.length ? NAMES[type] : "type " + type;
    }

    /** The footer's type when it is a movie or an image; otherwise unsupported (a known type) or corrupt. */
    static int requireMovie(IsxdFooter footer) {
        int type = knownType(footer);
        if (type == MOVIE || type == IMAGE) {
            return type;
        }
        if (type == CELL_SET) {
            throw new UnsupportedFormatException(footer.path(), "Inscopix cell set is a segmentation, open it with "
                    + "Ophys Segmentation (type 1, not a movie)");
        }
        throw new UnsupportedFormatException(footer.path(), "Inscopix " + name(type) + " (type " + type
                + "): only Inscopix movies (type 0) and images (type 4) open as recordings");
    }

    /** Checks that the footer is a cell set; any other known type is unsupported as a segmentation. */
    static void requireCellSet(IsxdFooter footer) {
        int type = knownType(footer);
        if (type != CELL_SET) {
            throw new UnsupportedFormatException(footer.path(), "Inscopix " + name(type) + " (type " + type
                    + ") is not a segmentation: only cell sets (type 1) are");
        }
    }

    private static int knownType(IsxdFooter footer) {
        int type = footer.type();
        if (type < 0 || type >= NAMES.length) {
            throw CorruptFileException.expected(footer.path(), "isxd footer type",
                    "a data set type 0..9 (0 movie, 1 cell set, ..., 9 nVision movie)", type);
        }
        return type;
    }
}
